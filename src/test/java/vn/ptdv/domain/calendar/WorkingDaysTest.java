package vn.ptdv.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDaysTest {
    private final WorkingDays days = new WorkingDays(PublicHolidays.defaultsFor(2026));

    @ParameterizedTest(name = "{1} working days after {0} end on {2}")
    @CsvSource(textBlock = """
            2026-11-27, 0,  2026-11-27
            2026-11-27, 1,  2026-11-30
            2026-11-23, 5,  2026-11-30
            2026-02-12, 1,  2026-02-13
            2026-02-12, 2,  2026-02-23
            2026-02-10, 30, 2026-03-31
            2026-04-24, 1,  2026-04-28
            2026-04-29, 1,  2026-05-04
            """)
    void countsOnlyWorkingDays(LocalDate start, int count, LocalDate end) {
        assertThat(days.plus(start, count)).isEqualTo(end);
        assertThat(days.between(start, end)).isEqualTo(count);
    }

    @ParameterizedTest(name = "{0} is a working day: {1}")
    @CsvSource(textBlock = """
            2026-11-27, true
            2026-11-28, false
            2026-02-17, false
            2026-04-27, false
            2026-09-01, false
            2026-09-03, true
            """)
    void knowsTheDaysOff(LocalDate day, boolean working) {
        assertThat(days.isWorkingDay(day)).isEqualTo(working);
    }

    @org.junit.jupiter.api.Test
    void aCorrectedListIsWhatCounts() {
        WorkingDays corrected = new WorkingDays(List.of(new Holiday(LocalDate.of(2026, 11, 30), "Nghỉ thêm")));
        assertThat(corrected.plus(LocalDate.of(2026, 11, 27), 1)).isEqualTo(LocalDate.of(2026, 12, 1));
    }
}
