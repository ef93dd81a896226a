package vn.ptdv.domain.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a rule found in a candidate's file: the rule, how much it matters, the due date where a
 * deadline is involved, and the message as a key of the resource bundle with its arguments (the
 * candidate's name first), so that each language says it in its own words.
 */
public record Finding(long candidateId, String candidateName, RuleCode rule, Severity severity,
                      Optional<LocalDate> due, String messageKey, List<Object> args) {
    public Finding {
        args = List.copyOf(args);
    }
}
