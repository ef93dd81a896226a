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
    /**
     * Overdue and most serious first, then by due date, name, rule and message. Written out rather than
     * chained: a ward's 30,000 findings are sorted at every check of the cell, and the five nested
     * comparators were about a twentieth of the yearly report's time in a profile (December 2026).
     */
    public static final Comparator<Finding> URGENCY = RuleEngine::byUrgency;

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
        return checkInAnyOrder(candidate, steps, journal, today).stream().sorted(URGENCY).toList();
    }

    /**
     * The same findings as {@link #check}, in the order the checks made them: for work that puts the
     * findings of many files in order together, once (see {@link UrgencyOrder}).
     */
    public List<Finding> checkInAnyOrder(Candidate candidate, List<Step> steps, List<JournalEntry> journal,
                                         LocalDate today) {
        // A closed file has nothing to check: known before the context is made (a ward has thousands).
        CandidateStatus status = vn.ptdv.domain.CandidateFile.status(steps);
        if (status == CandidateStatus.STOPPED || status == CandidateStatus.MOVED_AWAY
                || status == CandidateStatus.FULL_MEMBER) {
            return List.of();
        }
        CheckContext c = new CheckContext(candidate, steps, status, journal, settings, workingDays, today);
        OrderChecks.run(c);
        AdmissionChecks.run(c);
        DeadlineChecks.run(c);
        JournalChecks.run(c);
        return java.util.Collections.unmodifiableList(c.findings());
    }

    private static int byUrgency(Finding a, Finding b) {
        int c = a.severity().compareTo(b.severity());
        if (c == 0) {
            c = a.due().orElse(LocalDate.MAX).compareTo(b.due().orElse(LocalDate.MAX));
        }
        return c != 0 ? c : UrgencyOrder.TIES.compare(a, b);
    }
}
