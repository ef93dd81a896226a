package vn.ptdv.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.ptdv.domain.journal.Assessment;
import vn.ptdv.domain.journal.JournalEntry;
import vn.ptdv.domain.journal.JournalKind;
import vn.ptdv.domain.journal.ReviewHeading;

/**
 * The checks a journal entry must pass before it is stored. Entries record what happened, so their
 * dates are not in the future nor before the candidate's birth; only a task's due date looks ahead.
 * Fields are named as the editor names them: date, person, text, due, resultDate, resultComment,
 * ready, and each heading's name for its rating.
 */
final class JournalValidator {
    private JournalValidator() {
    }

    static List<FieldError> check(JournalEntry e, LocalDate birthDate, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        DateRules.pastDate("date", e.date(), birthDate, today, errors);
        if (e.kind() != JournalKind.REVIEW && e.text().isBlank()) {
            errors.add(FieldError.of("text", "validation.journal.text." + e.kind().name()));
        }
        if (e.kind() == JournalKind.TASK) {
            e.due().filter(due -> due.isBefore(e.date()))
                    .ifPresent(due -> errors.add(FieldError.of("due", "validation.journal.dueBeforeGiven")));
            e.outcome().ifPresent(o -> {
                DateRules.pastDate("resultDate", o.date(), birthDate, today, errors);
                if (o.date().isBefore(e.date())) {
                    errors.add(FieldError.of("resultDate", "validation.journal.resultBeforeGiven"));
                }
                TextRules.check("resultComment", o.comment(), TextRules.NOTE_MAX, errors);
            });
        }
        if (e.kind() == JournalKind.REVIEW) {
            if (e.person().isBlank()) {
                errors.add(FieldError.of("person", "validation.journal.helper"));
            }
            for (ReviewHeading h : ReviewHeading.values()) {
                Assessment a = e.assessments().get(h);
                if (a == null) {
                    errors.add(FieldError.of(h.name(), "validation.journal.rating"));
                } else {
                    TextRules.check(h.name(), a.comment(), TextRules.NOTE_MAX, errors);
                }
            }
            if (e.ready().isEmpty()) {
                errors.add(FieldError.of("ready", "validation.journal.ready"));
            }
        }
        TextRules.check("person", e.person(), TextRules.NAME_MAX, errors);
        TextRules.check("text", e.text(), TextRules.NOTE_MAX, errors);
        return errors;
    }
}
