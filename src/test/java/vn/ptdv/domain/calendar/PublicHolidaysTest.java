package vn.ptdv.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublicHolidaysTest {

    private static List<LocalDate> days(int year) {
        return PublicHolidays.defaultsFor(year).stream().map(Holiday::date).toList();
    }

    @Test
    void twentyTwentySixHasTheElevenHolidaysAndTheirSubstitutes() {
        List<Holiday> y2026 = PublicHolidays.defaultsFor(2026);
        assertThat(days(2026)).contains(
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17), LocalDate.of(2026, 2, 18),
                LocalDate.of(2026, 2, 19), LocalDate.of(2026, 2, 20),
                LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 2));
        // Giỗ Tổ, 10/3 lunar, is Sunday 26/04/2026: Monday 27/04 is the substitute day off.
        assertThat(y2026).contains(new Holiday(LocalDate.of(2026, 4, 26), "Giỗ Tổ Hùng Vương (10/3 âm lịch)"),
                new Holiday(LocalDate.of(2026, 4, 27), "Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch)"));
        assertThat(y2026).isSorted();
    }

    @Test
    void aWeekendHolidayInsideABlockIsMadeUpAfterTheBlock() {
        // Tết 2025: 28/01 (30 Tết) to 01/02 (mùng 4), a Saturday: the substitute is Monday 03/02.
        assertThat(days(2025)).contains(LocalDate.of(2025, 1, 28), LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 3))
                .doesNotContain(LocalDate.of(2025, 2, 2));
    }

    @ParameterizedTest(name = "2/9/{0} is a {1}: the day beside it is {2}")
    @CsvSource(textBlock = """
            2024, MONDAY,   2024-09-03
            2025, TUESDAY,  2025-09-01
            2026, WEDNESDAY, 2026-09-01
            2027, THURSDAY, 2027-09-03
            """)
    void theDayBesideTheNationalDayJoinsTheWeekend(int year, String weekday, LocalDate beside) {
        assertThat(LocalDate.of(year, 9, 2).getDayOfWeek().name()).isEqualTo(weekday);
        assertThat(PublicHolidays.dayBesideNationalDay(LocalDate.of(year, 9, 2))).isEqualTo(beside);
    }

    @Test
    void everyYearHasElevenHolidaysPlusOneSubstitutePerWeekendHoliday() {
        for (int year = 2020; year <= 2040; year++) {
            List<Holiday> all = PublicHolidays.defaultsFor(year);
            long weekend = all.stream().filter(h -> !h.name().startsWith("Nghỉ bù") && WorkingDays.isWeekend(h.date())).count();
            assertThat(all).as("year %d", year).hasSize(11 + (int) weekend);
            assertThat(all.stream().map(Holiday::date).distinct().count()).isEqualTo(all.size());
        }
    }
}
