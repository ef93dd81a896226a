package vn.ptdv.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisplayDatesTest {

    @ParameterizedTest(name = "\"{0}\" reads as {1}")
    @CsvSource(textBlock = """
            05/03/1998, 1998-03-05
            5/3/1998,   1998-03-05
            29/02/2024, 2024-02-29
            05.03.1998, 1998-03-05
            31/12/2026, 2026-12-31
            """)
    void acceptsRealDates(String typed, LocalDate expected) {
        assertThat(DisplayDates.parse(typed)).contains(expected);
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @CsvSource(textBlock = """
            31/02/2020
            29/02/2023
            32/01/2020
            12/13/2020
            1998-03-05
            hôm qua
            ''
            """)
    void refusesWhatIsNotADate(String typed) {
        assertThat(DisplayDates.parse(typed)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void writesEveryDayAsItsPatternDoes() {
        for (LocalDate d = LocalDate.of(1899, 12, 25); d.isBefore(LocalDate.of(2101, 1, 7)); d = d.plusDays(1)) {
            assertThat(DisplayDates.format(d)).isEqualTo(DisplayDates.FORMAT.format(d));
        }
        for (LocalDate d : java.util.List.of(LocalDate.of(1, 2, 3), LocalDate.of(999, 12, 31), LocalDate.of(9999, 12, 31),
                LocalDate.of(10_000, 1, 1), LocalDate.of(-5, 6, 7), LocalDate.MIN, LocalDate.MAX)) {
            assertThat(DisplayDates.format(d)).isEqualTo(DisplayDates.FORMAT.format(d));
        }
    }

    @org.junit.jupiter.api.Test
    void formatsAsDayMonthYear() {
        assertThat(DisplayDates.format(LocalDate.of(2026, 1, 5))).isEqualTo("05/01/2026");
    }
}
