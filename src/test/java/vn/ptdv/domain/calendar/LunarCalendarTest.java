package vn.ptdv.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LunarCalendarTest {

    /** 1985, 2007 and 2030 differ from the Chinese calendar: the new moon falls late in the evening at UTC+7. */
    @ParameterizedTest(name = "Tết {0} is {1}")
    @CsvSource(textBlock = """
            1985, 1985-01-21
            2007, 2007-02-17
            2020, 2020-01-25
            2023, 2023-01-22
            2024, 2024-02-10
            2025, 2025-01-29
            2026, 2026-02-17
            2027, 2027-02-06
            2028, 2028-01-26
            2029, 2029-02-13
            2030, 2030-02-02
            """)
    void tetFallsOnTheKnownDays(int year, LocalDate tet) {
        assertThat(LunarCalendar.newYear(year)).isEqualTo(tet);
    }

    @ParameterizedTest(name = "Giỗ Tổ {0} is {1}")
    @CsvSource(textBlock = """
            2024, 2024-04-18
            2025, 2025-04-07
            2026, 2026-04-26
            """)
    void hungKingsDayIsTheTenthOfTheThirdMonth(int year, LocalDate day) {
        assertThat(LunarCalendar.toSolar(year, 3, 10)).isEqualTo(day);
    }

    @Test
    void everyLunarNewYearFallsBetweenTheTwentyFirstOfJanuaryAndTheTwentiethOfFebruary() {
        for (int year = 1900; year <= 2100; year++) {
            MonthDay tet = MonthDay.from(LunarCalendar.newYear(year));
            assertThat(tet).as("Tết %d", year).isBetween(MonthDay.of(1, 21), MonthDay.of(2, 20));
        }
    }

    @Test
    void lunarYearsHaveTwelveOrThirteenMonths() {
        for (int year = 1900; year <= 2100; year++) {
            long days = LunarCalendar.newYear(year + 1).toEpochDay() - LunarCalendar.newYear(year).toEpochDay();
            assertThat(days).as("lunar year %d", year).isIn(353L, 354L, 355L, 383L, 384L, 385L);
        }
    }
}
