package vn.ptdv.domain.rules;

import static vn.ptdv.domain.DisplayDates.format;

import java.time.LocalDate;
import java.util.Optional;
import vn.ptdv.domain.CandidateStatus;
import vn.ptdv.domain.StepCode;

/**
 * The deadlines of the procedure: what is due, by when, and what came late. An open deadline is
 * reported with its due date (INFO while there is time, WARNING or ERROR once passed) so the to-do
 * list can sort it; a step done late stays reported until the file moves past that stage.
 */
final class DeadlineChecks {
    private DeadlineChecks() {
    }

    static void run(CheckContext c) {
        helperAssigned(c);
        decision(c);
        ceremony(c);
        fullMembership(c);
        stalled(c);
    }

    private static void helperAssigned(CheckContext c) {
        if (!c.before(CandidateStatus.IN_POOL) || c.has(StepCode.HELPER_ASSIGNED)) {
            return;
        }
        c.date(StepCode.SOURCE_LISTED).ifPresent(listed -> {
            LocalDate due = c.onWorkingDay(listed.plusDays(c.value(RuleCode.HELPER_ASSIGNED_IN_TIME)));
            open(c, RuleCode.HELPER_ASSIGNED_IN_TIME, due, Severity.WARNING, format(listed));
        });
    }

    private static void decision(CheckContext c) {
        if (!c.before(CandidateStatus.PROPOSED)) {
            return;
        }
        c.date(StepCode.CELL_RESOLUTION).ifPresent(vote -> {
            LocalDate due = c.workingDays.plus(vote, c.value(RuleCode.DECISION_DEADLINE));
            open(c, RuleCode.DECISION_DEADLINE, due, Severity.WARNING, format(vote));
        });
    }

    /** Within the deadline after the decision was received (its date when the receipt is not recorded). */
    private static void ceremony(CheckContext c) {
        if (!c.before(CandidateStatus.ADMITTED, CandidateStatus.PROBATIONARY)) {
            return;
        }
        c.latest(StepCode.ADMISSION_DECISION).ifPresent(decision -> {
            LocalDate from = decision.receivedDate().orElse(decision.date());
            LocalDate due = c.workingDays.plus(from, c.value(RuleCode.CEREMONY_DEADLINE));
            Optional<LocalDate> held = c.date(StepCode.CEREMONY);
            if (held.isEmpty()) {
                // The message says "received" only when the receipt was recorded.
                RuleCode rule = RuleCode.CEREMONY_DEADLINE;
                String variant = decision.receivedDate().isPresent() ? "" : "FromDecision";
                if (c.today.isAfter(due)) {
                    c.add(rule, Severity.ERROR, Optional.of(due), "overdue" + variant, format(from), format(due));
                } else {
                    c.add(rule, Severity.INFO, Optional.of(due), "due" + variant, format(from), format(due));
                }
            } else if (held.get().isAfter(due) && c.before(CandidateStatus.PROBATIONARY)) {
                // Done, but late: nothing is left to do by a date, so no due date (it is no to-do).
                c.add(RuleCode.CEREMONY_DEADLINE, Severity.WARNING, Optional.empty(), "late", format(held.get()),
                        format(due));
            }
        });
    }

    /** Probation runs from the ceremony; the cell then considers, and the committee above decides. */
    private static void fullMembership(CheckContext c) {
        if (!c.before(CandidateStatus.PROBATIONARY)) {
            return;
        }
        c.date(StepCode.CEREMONY).ifPresent(ceremony -> {
            LocalDate end = ceremony.plusMonths(c.value(RuleCode.PROBATION_LENGTH));
            Optional<LocalDate> resolution = c.date(StepCode.OFFICIAL_RESOLUTION);
            LocalDate reviewDue = c.workingDays.plus(end, c.value(RuleCode.OFFICIAL_REVIEW_DEADLINE));
            if (resolution.isEmpty()) {
                if (!c.today.isBefore(end.minusDays(60))) {
                    open(c, RuleCode.OFFICIAL_REVIEW_DEADLINE, reviewDue, Severity.ERROR, format(end));
                }
                return;
            }
            c.latest(StepCode.OFFICIAL_RESOLUTION).ifPresent(vote -> VoteCheck.check(c, vote));
            if (resolution.get().isAfter(reviewDue)) {
                c.add(RuleCode.OFFICIAL_REVIEW_DEADLINE, Severity.WARNING, Optional.empty(), "late",
                        format(resolution.get()), format(reviewDue));
            }
            LocalDate decisionDue = c.workingDays.plus(resolution.get(), c.value(RuleCode.OFFICIAL_DECISION_DEADLINE));
            open(c, RuleCode.OFFICIAL_DECISION_DEADLINE, decisionDue, Severity.WARNING, format(resolution.get()));
        });
    }

    private static void stalled(CheckContext c) {
        if (!c.before(CandidateStatus.IN_POOL, CandidateStatus.CULTIVATED)) {
            return;
        }
        c.steps.stream().map(s -> s.date()).max(LocalDate::compareTo).ifPresent(last -> {
            if (last.plusMonths(c.value(RuleCode.STALLED)).isBefore(c.today)) {
                c.add(RuleCode.STALLED, Severity.INFO, Optional.empty(), "since", format(last));
            }
        });
    }

    /** A deadline not met yet: a reminder while there is time, {@code late} once it has passed. */
    private static void open(CheckContext c, RuleCode rule, LocalDate due, Severity late, Object from) {
        if (c.today.isAfter(due)) {
            c.add(rule, late, Optional.of(due), "overdue", from, format(due));
        } else {
            c.add(rule, Severity.INFO, Optional.of(due), "due", from, format(due));
        }
    }
}
