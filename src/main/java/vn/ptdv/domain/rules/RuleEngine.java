package vn.ptdv.domain.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import vn.ptdv.domain.Candidate;
import vn.ptdv.domain.CandidateStatus;
import vn.ptdv.domain.Step;
import vn.ptdv.domain.calendar.WorkingDays;
import vn.ptdv.domain.journal.JournalEntry;

/**
 * Checks a candidate's file against the rules as of a day. Works on any subset of steps. Closed files
 * (stopped, moved away) and full members have nothing left to check.
 */
public final class RuleEngine {
    /** Overdue and most serious first, then by due date. */
    public static final Comparator<Finding> URGENCY = Comparator
            .comparing((Finding f) -> f.severity())
            .thenComparing(f -> f.due().orElse(LocalDate.MAX))
            .thenComparing(Finding::candidateName)
            .thenComparing(Finding::rule)
            .thenComparing(Finding::messageKey);

    private final RuleSettings settings;
    private final WorkingDays workingDays;

    public RuleEngine(RuleSettings settings, WorkingDays workingDays) {
        this.settings = settings;
        this.workingDays = workingDays;
    }

    public List<Finding> check(Candidate candidate, List<Step> steps, LocalDate today) {
        return check(candidate, steps, List.of(), today);
    }

    /** The file's checks and those of its training journal (reviews due, tasks overdue). */
    public List<Finding> check(Candidate candidate, List<Step> steps, List<JournalEntry> journal, LocalDate today) {
        CheckContext c = new CheckContext(candidate, steps, journal, settings, workingDays, today);
        if (c.status == CandidateStatus.STOPPED || c.status == CandidateStatus.MOVED_AWAY
                || c.status == CandidateStatus.FULL_MEMBER) {
            return List.of();
        }
        OrderChecks.run(c);
        AdmissionChecks.run(c);
        DeadlineChecks.run(c);
        JournalChecks.run(c);
        return c.findings().stream().sorted(URGENCY).toList();
    }
}
