package vn.ptdv.domain.rules;

import static vn.ptdv.domain.DisplayDates.format;

import java.time.LocalDate;
import java.util.Optional;
import vn.ptdv.domain.journal.JournalEntry;

/**
 * What the training journal makes due: the helper's next review (HELPER_REVIEW_DUE), on the to-do list
 * from {@link #REVIEW_NOTICE_DAYS} days ahead so a three-monthly cycle does not keep every candidate on
 * it, and each task whose due date has passed without a result (TASK_OVERDUE).
 */
final class JournalChecks {
    /** How early a coming review shows: the to-do list's nearest group. */
    static final int REVIEW_NOTICE_DAYS = 30;

    private JournalChecks() {
    }

    static void run(CheckContext c) {
        review(c);
        tasks(c);
    }

    private static void review(CheckContext c) {
        new ReviewSchedule(c.settings, c.workingDays).next(c.allSteps, c.journal).ifPresent(next -> {
            String helpers = String.join(", ", next.helpers());
            String last = next.lastReview().map(d -> format(d)).orElse("");
            String variant = next.lastReview().isPresent() ? "" : "First";
            if (c.today.isAfter(next.due())) {
                c.add(RuleCode.HELPER_REVIEW_DUE, Severity.WARNING, Optional.of(next.due()), "overdue" + variant,
                        helpers, format(next.due()), last);
            } else if (!c.today.plusDays(REVIEW_NOTICE_DAYS).isBefore(next.due())) {
                c.add(RuleCode.HELPER_REVIEW_DUE, Severity.INFO, Optional.of(next.due()), "due" + variant,
                        helpers, format(next.due()), last);
            }
        });
    }

    private static void tasks(CheckContext c) {
        for (JournalEntry task : c.journal) {
            if (!task.isOpenTask() || task.due().isEmpty()) {
                continue;
            }
            LocalDate due = task.due().get();
            if (c.today.isAfter(due)) {
                c.add(RuleCode.TASK_OVERDUE, Severity.WARNING, Optional.of(due), "overdue", task.text(),
                        format(task.date()), format(due), task.person());
            }
        }
    }
}
