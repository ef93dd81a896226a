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

    /**
     * What identifies the finding for an acknowledgement: its rule, its message and the details in
     * it. When the file changes so that the finding says something else, the key changes too.
     */
    public String key() {
        return rule.name() + "|" + messageKey + "|" + due.map(LocalDate::toString).orElse("") + "|"
                + args.stream().skip(1).map(String::valueOf).reduce((a, b) -> a + ";" + b).orElse("");
    }
}
