package vn.ptdv.service;

import java.time.LocalDate;
import java.util.List;

/** Checks of a date recorded in a file: what happened cannot lie in the future, nor before the birth. */
final class DateRules {
    private DateRules() {
    }

    static void pastDate(String field, LocalDate date, LocalDate birthDate, LocalDate today, List<FieldError> errors) {
        if (date.isAfter(today)) {
            errors.add(FieldError.of(field, "validation.date.future"));
        } else if (date.isBefore(birthDate)) {
            errors.add(FieldError.of(field, "validation.date.beforeBirth"));
        }
    }
}
