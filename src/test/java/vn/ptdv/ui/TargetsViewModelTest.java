package vn.ptdv.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ptdv.TestData;
import vn.ptdv.domain.Candidate;
import vn.ptdv.service.Services;
import vn.ptdv.ui.common.CurrentThreadTaskRunner;
import vn.ptdv.ui.target.TargetsViewModel;

class TargetsViewModelTest {
    @TempDir
    Path folder;

    private Services services;
    private TargetsViewModel vm;

    @BeforeEach
    void open() {
        services = TestData.services(folder);
        services.demo().fill();
        vm = new TargetsViewModel(services.targets(), new CurrentThreadTaskRunner(), new FakeDialogs(), TestData.CLOCK);
        vm.load();
    }

    @Test
    void theYearShowsItsTargetAndWhoCounts() {
        assertThat(vm.yearProperty().get()).isEqualTo(2026);
        assertThat(vm.setProperty().get()).isFalse();
        assertThat(vm.number("cultivatedMin").get()).isEqualTo("3");
        assertThat(vm.admitted()).extracting(Candidate::fullName)
                .containsExactly("Phạm Thị Hồng Nhung", "Nguyễn Thị Thảo", "Đỗ Anh Vinh");
        assertThat(vm.recognised()).extracting(Candidate::fullName).containsExactly("Lê Văn Hoàng");
        assertThat(vm.history()).hasSize(5);
        assertThat(vm.history().get(4).admitted()).isEqualTo(3);
        assertThat(vm.history().get(2).admitted()).isEqualTo(1); // 2024: Lê Văn Hoàng
    }

    @Test
    void aSavedTargetIsTheYearsOwnAndCarriesForward() {
        vm.number("admittedMin").set("2");
        vm.number("admittedMax").set("3");
        vm.number("recognisedMin").set("1");
        vm.number("recognisedMax").set("1");
        vm.noteProperty().set("Nghị quyết 01-NQ/CB");
        vm.save();
        assertThat(vm.setProperty().get()).isTrue();
        assertThat(services.targets().target(2026).admitted().max()).isEqualTo(3);
        assertThat(services.targets().target(2027).recognised()).isPresent();
    }

    @Test
    void wrongNumbersAreShownAndNothingIsSaved() {
        vm.number("cultivatedMax").set("2");
        vm.number("recognisedMin").set("1");
        vm.number("admittedMin").set("một");
        vm.save();
        assertThat(vm.errors()).containsOnlyKeys("cultivatedMax", "recognisedMax", "admittedMin");
        assertThat(services.targets().origin(2026)).isNotEqualTo(vn.ptdv.service.TargetService.Origin.SET);
    }
}
