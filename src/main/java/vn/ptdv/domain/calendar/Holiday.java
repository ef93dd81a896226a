package vn.ptdv.domain.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** A day off for everyone: a public holiday or the substitute for one that fell on a weekend. */
public record Holiday(LocalDate date, String name) implements Comparable<Holiday> {
    public Holiday {
        Objects.requireNonNull(date);
        name = name == null ? "" : name.strip();
    }

    @Override
    public int compareTo(Holiday other) {
        return date.compareTo(other.date);
    }
}
