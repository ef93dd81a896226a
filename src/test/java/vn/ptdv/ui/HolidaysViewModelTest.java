package vn.ptdv.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ptdv.TestData;
import vn.ptdv.service.Services;
import vn.ptdv.ui.common.CurrentThreadTaskRunner;
import vn.ptdv.ui.settings.HolidaysViewModel;

class HolidaysViewModelTest {
    @TempDir
    Path folder;

    private Services services;
    private final FakeDialogs dialogs = new FakeDialogs();
    private HolidaysViewModel vm;

    @BeforeEach
    void open() {
        services = TestData.services(folder);
        vm = new HolidaysViewModel(services.calendar(), new CurrentThreadTaskRunner(), dialogs, TestData.CLOCK);
        vm.load();
    }

    @Test
    void showsTheCurrentYearFirst() {
        assertThat(vm.yearProperty().get()).isEqualTo(2026);
        assertThat(vm.rows()).extracting(r -> r.holiday().date()).contains(LocalDate.of(2026, 2, 17));
        vm.yearProperty().set(2027);
        assertThat(vm.rows()).extracting(r -> r.holiday().date()).contains(LocalDate.of(2027, 2, 6))
                .allMatch(d -> d.getYear() == 2027);
    }

    @Test
    void anAddedDayIsListedAsCorrectedAndCanBeUndone() {
        vm.newDateProperty().set("31/12/2026");
        vm.newNameProperty().set("Nghỉ cuối năm theo thông báo");
        vm.addDayOff();
        HolidaysViewModel.Row added = vm.rows().get(vm.rows().size() - 1);
        assertThat(added.holiday().date()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(added.corrected()).isTrue();

        vm.reset(added);
        assertThat(vm.rows()).extracting(r -> r.holiday().date()).doesNotContain(LocalDate.of(2026, 12, 31));
    }

    @Test
    void makingAWorkingDayAsksFirst() {
        HolidaysViewModel.Row giotTo = vm.rows().stream()
                .filter(r -> r.holiday().date().equals(LocalDate.of(2026, 4, 27))).findFirst().orElseThrow();
        dialogs.answer = false;
        vm.makeWorkingDay(giotTo);
        assertThat(services.calendar().correctedDays(2026)).isEmpty();
        dialogs.answer = true;
        vm.makeWorkingDay(giotTo);
        assertThat(vm.rows()).extracting(r -> r.holiday().date()).doesNotContain(LocalDate.of(2026, 4, 27));
    }

    @Test
    void aBadDateOrMissingNameIsShownOnTheFields() {
        vm.newDateProperty().set("30/02/2026");
        vm.addDayOff();
        assertThat(vm.errors()).containsOnlyKeys("holidayDate", "holidayName");
        assertThat(services.calendar().correctedDays(2026)).isEmpty();
    }
}
