package vn.ptdv.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ptdv.TestData;
import vn.ptdv.domain.calendar.Holiday;

/** The committee's corrections are stored and used, on a real database. */
class CalendarServiceTest {
    @TempDir
    Path folder;

    private CalendarService calendar;

    @BeforeEach
    void open() {
        calendar = TestData.services(folder).calendar();
    }

    @Test
    void addedAndRemovedDaysChangeTheListAndTheDeadlines() {
        LocalDate swapped = LocalDate.of(2026, 9, 1);
        LocalDate extra = LocalDate.of(2026, 9, 3);
        calendar.makeWorkingDay(swapped);
        calendar.addDayOff(extra, "Nghỉ Quốc khánh theo thông báo của Chính phủ");

        assertThat(calendar.holidays(2026)).extracting(Holiday::date).doesNotContain(swapped).contains(extra);
        assertThat(calendar.correctedDays(2026)).containsExactlyInAnyOrder(swapped, extra);
        assertThat(calendar.workingDays(2026, 2026).isWorkingDay(swapped)).isTrue();
        assertThat(calendar.workingDays(2026, 2026).plus(LocalDate.of(2026, 9, 2), 1)).isEqualTo(LocalDate.of(2026, 9, 4));

        calendar.resetDay(swapped);
        assertThat(calendar.holidays(2026)).extracting(Holiday::date).contains(swapped);
    }

    @Test
    void aDayOffNeedsAName() {
        assertThatThrownBy(() -> calendar.addDayOff(LocalDate.of(2026, 12, 31), " "))
                .isInstanceOf(ValidationException.class);
        assertThat(calendar.correctedDays(2026)).isEmpty();
    }

    @Test
    void correctionsOfOtherYearsDoNotLeakIn() {
        calendar.addDayOff(LocalDate.of(2027, 1, 4), "Nghỉ thêm");
        assertThat(calendar.holidays(2026)).extracting(Holiday::date).doesNotContain(LocalDate.of(2027, 1, 4));
        assertThat(calendar.holidays(2027)).extracting(Holiday::date).contains(LocalDate.of(2027, 1, 4));
    }

    @Test
    void aSaturdayWorkedInExchangeCountsAsAWorkingDay() {
        LocalDate saturday = LocalDate.of(2026, 12, 5);
        assertThat(calendar.workingDays(2026, 2026).isWorkingDay(saturday)).isFalse();
        calendar.makeWorkingDay(saturday);
        assertThat(calendar.workingDays(2026, 2026).isWorkingDay(saturday)).isTrue();
        assertThat(calendar.workingDays(2026, 2026).plus(LocalDate.of(2026, 12, 4), 1)).isEqualTo(saturday);
    }
}
