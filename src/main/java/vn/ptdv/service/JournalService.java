package vn.ptdv.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ptdv.domain.Candidate;
import vn.ptdv.domain.journal.JournalEntry;
import vn.ptdv.domain.journal.JournalKind;
import vn.ptdv.domain.rules.ReviewSchedule;
import vn.ptdv.persistence.CandidateRepository;
import vn.ptdv.persistence.Database;
import vn.ptdv.persistence.JournalRepository;

/**
 * The training journal (Nhật ký bồi dưỡng) of each candidate: reading it newest first, saving and
 * deleting entries, and when the helper's next review is due.
 */
public final class JournalService {
    private final Database database;
    private final Clock clock;
    private final CheckService checks;
    private final CalendarService calendar;
    private final JournalRepository journal = new JournalRepository();
    private final CandidateRepository candidates = new CandidateRepository();

    public JournalService(Database database, Clock clock, CheckService checks, CalendarService calendar) {
        this.database = database;
        this.clock = clock;
        this.checks = checks;
        this.calendar = calendar;
    }

    /** The candidate's entries, newest first. */
    public List<JournalEntry> entries(long candidateId) {
        return database.inTransaction(c -> journal.forCandidate(c, candidateId));
    }

    /** Every candidate's entries (newest first), by candidate id; for reports and the whole cell's checks. */
    public Map<Long, List<JournalEntry>> all() {
        return database.inTransaction(journal::all);
    }

    /** The candidate's latest review (its date, helper, ratings and opinion on readiness), if any. */
    public Optional<JournalEntry> latestReview(long candidateId) {
        return latestReview(entries(candidateId));
    }

    public static Optional<JournalEntry> latestReview(List<JournalEntry> entries) {
        return entries.stream().filter(e -> e.kind() == JournalKind.REVIEW).min(JournalEntry.NEWEST_FIRST);
    }

    /** When the candidate's helper next reviews them; empty without a helper or once the cell has voted. */
    public Optional<ReviewSchedule.NextReview> nextReview(CandidateWithSteps file, List<JournalEntry> entries) {
        return schedule().next(file.steps(), entries);
    }

    /** The schedule with the cell's cadence and days off, for computing many candidates' next reviews. */
    public ReviewSchedule schedule() {
        int year = LocalDate.now(clock).getYear();
        return new ReviewSchedule(checks.settings(), calendar.workingDays(year - 3, year + 2));
    }

    /** Stores a new entry (id 0) or updates one; a refused entry writes nothing. */
    public JournalEntry save(JournalEntry entry) {
        JournalEntry clean = clean(entry);
        return database.inTransaction(c -> {
            Candidate owner = candidates.find(c, clean.candidateId())
                    .orElseThrow(() -> new NotFoundException("candidate " + clean.candidateId()));
            List<FieldError> errors = new ArrayList<>(JournalValidator.check(clean, owner.birthDate(), LocalDate.now(clock)));
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            if (clean.id() == 0) {
                return clean.withId(journal.insert(c, clean));
            }
            journal.update(c, clean);
            return clean;
        });
    }

    public void delete(long entryId) {
        database.inTransaction(c -> {
            journal.delete(c, entryId);
            return null;
        });
    }

    /** When an entry's kind is changed in the editor, fields of the old kind must not linger unseen. */
    private static JournalEntry clean(JournalEntry e) {
        boolean task = e.kind() == JournalKind.TASK;
        boolean review = e.kind() == JournalKind.REVIEW;
        return new JournalEntry(e.id(), e.candidateId(), e.kind(), e.date(),
                task || review ? e.person() : "", e.text(),
                task ? e.due() : Optional.empty(), task ? e.outcome() : Optional.empty(),
                review ? e.assessments() : Map.of(), review ? e.ready() : Optional.empty());
    }
}
