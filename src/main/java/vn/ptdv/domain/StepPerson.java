package vn.ptdv.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A person on a step: a helper or an introducer. {@code knownSince} is when an introducer started
 * working or living with the candidate; it may be unknown.
 */
public record StepPerson(PersonRole role, String name, Optional<LocalDate> knownSince) {
    public StepPerson {
        Objects.requireNonNull(role);
        name = TextTidy.tidy(Objects.requireNonNull(name));
        Objects.requireNonNull(knownSince);
    }

    public static StepPerson of(PersonRole role, String name) {
        return new StepPerson(role, name, Optional.empty());
    }
}
