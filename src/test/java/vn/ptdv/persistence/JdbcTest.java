package vn.ptdv.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Stored dates read by hand give what the general parser gives, and refuse what it refuses. */
class JdbcTest {
    @Test
    void storedDatesAreReadExactly() {
        for (LocalDate d = LocalDate.of(1899, 12, 25); d.isBefore(LocalDate.of(1901, 3, 5)); d = d.plusDays(1)) {
            assertThat(Jdbc.isoDate(d.toString())).isEqualTo(d);
        }
        assertThat(Jdbc.isoDate("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(Jdbc.isoDate("2200-12-31")).isEqualTo(LocalDate.of(2200, 12, 31));
    }

    @Test
    void impossibleDatesAreRefusedAsBefore() {
        assertThatThrownBy(() -> Jdbc.isoDate("2023-02-29")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> Jdbc.isoDate("2023-13-01")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> Jdbc.isoDate("2023-1a-01")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> Jdbc.isoDate("20230101")).isInstanceOf(DateTimeException.class);
    }
}
