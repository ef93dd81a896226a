package vn.ptdv.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.ptdv.domain.StepCode.Fields;
import vn.ptdv.domain.Step;
import vn.ptdv.domain.StepPerson;

/**
 * The checks a step must pass before it is stored: a step records what has happened, so it is not in
 * the future nor before the candidate was born. Whether steps come in a sound order is the rule
 * engine's business, not a reason to refuse a record.
 */
final class StepValidator {
    private StepValidator() {
    }

    static List<FieldError> check(Step step, LocalDate birthDate, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        DateRules.pastDate("date", step.date(), birthDate, today, errors);
        step.receivedDate().ifPresent(received -> {
            DateRules.pastDate("receivedDate", received, birthDate, today, errors);
            if (received.isBefore(step.date())) {
                errors.add(FieldError.of("receivedDate", "validation.step.receivedBeforeDecision"));
            }
        });
        if (step.code().records(Fields.VOTES)) {
            int members = step.officialMembers().orElse(-1);
            int present = step.membersPresent().orElse(-1);
            int votes = step.votesFor().orElse(-1);
            if (step.officialMembers().isPresent() && members <= 0) {
                errors.add(FieldError.of("officialMembers", "validation.step.members"));
            }
            if (step.membersPresent().isPresent() && present <= 0) {
                errors.add(FieldError.of("membersPresent", "validation.step.present"));
            }
            if (members > 0 && present > members) {
                errors.add(FieldError.of("membersPresent", "validation.step.presentAboveMembers", present, members));
            }
            if (step.votesFor().isPresent() && votes < 0) {
                errors.add(FieldError.of("votesFor", "validation.step.votesNegative"));
            }
            // Those in favour are among those present; when the number present is not given, among the
            // cell's official members.
            if (present > 0 && votes > present) {
                errors.add(FieldError.of("votesFor", "validation.step.votesAbovePresent", votes, present));
            } else if (members > 0 && votes > members) {
                errors.add(FieldError.of("votesFor", "validation.step.votesAboveMembers", votes, members));
            }
        }
        TextRules.check("documentNumber", step.documentNumber(), TextRules.TEXT_MAX, errors);
        TextRules.check("issuingBody", step.issuingBody(), TextRules.TEXT_MAX, errors);
        TextRules.check("result", step.result(), TextRules.TEXT_MAX, errors);
        TextRules.check("note", step.note(), TextRules.NOTE_MAX, errors);
        for (int i = 0; i < step.people().size(); i++) {
            StepPerson person = step.people().get(i);
            if (person.name().isBlank()) {
                errors.add(FieldError.of("people", "validation.step.personName", i + 1));
            }
            TextRules.check("people", person.name(), TextRules.NAME_MAX, errors);
            int row = i + 1;
            person.knownSince().ifPresent(since -> {
                if (since.isAfter(today)) {
                    errors.add(FieldError.of("people", "validation.step.knownSinceFuture", row));
                }
            });
        }
        return errors;
    }
}
