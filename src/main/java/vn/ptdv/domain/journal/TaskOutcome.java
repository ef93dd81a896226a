package vn.ptdv.domain.journal;

import java.time.LocalDate;
import java.util.Objects;
import vn.ptdv.domain.TextTidy;

/** How a task went, recorded when the candidate reported on it. */
public record TaskOutcome(TaskResult result, LocalDate date, String comment) {
    public TaskOutcome {
        Objects.requireNonNull(result);
        Objects.requireNonNull(date);
        comment = TextTidy.tidy(Objects.requireNonNull(comment));
    }
}
