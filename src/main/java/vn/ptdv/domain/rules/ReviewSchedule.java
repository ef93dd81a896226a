package vn.ptdv.domain.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.ptdv.domain.CandidateFile;
import vn.ptdv.domain.CandidateStatus;
import vn.ptdv.domain.PersonRole;
import vn.ptdv.domain.Step;
import vn.ptdv.domain.StepCode;
import vn.ptdv.domain.StepPerson;
import vn.ptdv.domain.calendar.WorkingDays;
import vn.ptdv.domain.journal.JournalEntry;
import vn.ptdv.domain.journal.JournalKind;

/**
 * When a candidate's helper should next review them (rule HELPER_REVIEW_DUE): the cadence counts from
 * the later of the latest helper assignment and the latest review, so a new helper starts a new cycle.
 * A due date that falls on a day off moves to the next working day, as every calendar deadline does
 * (Civil Code 2015, art. 148); changing the cadence moves every next review at once, since the date is
 * never stored. Only candidates still being cultivated are reviewed: in the pool or cultivated (before
 * the cell's vote); once the cell has voted the file follows the admission deadlines instead, and a
 * stopped or moved file has no helper any more.
 */
public final class ReviewSchedule {
    private static final List<CandidateStatus> REVIEWED = List.of(CandidateStatus.IN_POOL, CandidateStatus.CULTIVATED);

    /** The next review: the helpers who make it, the last review if any, and the working day it is due. */
    public record NextReview(List<String> helpers, Optional<LocalDate> lastReview, LocalDate due) {
        public NextReview {
            helpers = List.copyOf(helpers);
        }
    }

    private final RuleSettings settings;
    private final WorkingDays workingDays;

    public ReviewSchedule(RuleSettings settings, WorkingDays workingDays) {
        this.settings = settings;
        this.workingDays = workingDays;
    }

    /** The next review, or empty when the candidate has no helper or is no longer cultivated. */
    public Optional<NextReview> next(List<Step> steps, List<JournalEntry> journal) {
        if (!REVIEWED.contains(CandidateFile.status(steps))) {
            return Optional.empty();
        }
        Optional<Step> assignment = openFile(steps).stream().filter(s -> s.code() == StepCode.HELPER_ASSIGNED)
                .max(CandidateFile.CHRONOLOGICAL);
        if (assignment.isEmpty()) {
            return Optional.empty();
        }
        LocalDate assigned = assignment.get().date();
        Optional<LocalDate> lastReview = journal.stream().filter(e -> e.kind() == JournalKind.REVIEW)
                .map(JournalEntry::date).max(LocalDate::compareTo);
        LocalDate from = lastReview.filter(r -> r.isAfter(assigned)).orElse(assigned);
        LocalDate due = onWorkingDay(from.plusMonths(settings.value(RuleCode.HELPER_REVIEW_DUE)));
        List<String> helpers = assignment.get().people().stream().filter(p -> p.role() == PersonRole.HELPER)
                .map(StepPerson::name).distinct().toList();
        return Optional.of(new NextReview(helpers, lastReview, due));
    }

    /** The steps since the file was last closed: a reopened file starts again. */
    private static List<Step> openFile(List<Step> steps) {
        Optional<Step> lastClosing = steps.stream().filter(s -> s.code().closesFile()).max(CandidateFile.CHRONOLOGICAL);
        return steps.stream()
                .filter(s -> lastClosing.isEmpty() || CandidateFile.CHRONOLOGICAL.compare(s, lastClosing.get()) > 0)
                .toList();
    }

    private LocalDate onWorkingDay(LocalDate day) {
        LocalDate d = day;
        while (!workingDays.isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }
}
