package vn.ptdv.domain.journal;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.ptdv.domain.TextTidy;

/**
 * One entry of a candidate's training journal (Nhật ký bồi dưỡng). {@code id} is 0 until stored.
 * {@code person} is who gave a task, or the helper of a review; {@code text} is the task, the
 * activity, the note, or a review's overall comment. Only a task has a due date and an outcome; only
 * a review has assessments and an opinion on readiness ({@code ready}: whether the helper thinks the
 * candidate can be proposed for admission).
 */
public record JournalEntry(
        long id,
        long candidateId,
        JournalKind kind,
        LocalDate date,
        String person,
        String text,
        Optional<LocalDate> due,
        Optional<TaskOutcome> outcome,
        Map<ReviewHeading, Assessment> assessments,
        Optional<Boolean> ready) {

    /** Newest first; the later-stored first among entries of one day. */
    public static final Comparator<JournalEntry> NEWEST_FIRST = Comparator.comparing(JournalEntry::date)
            .thenComparingLong(JournalEntry::id).reversed();

    public JournalEntry {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(date);
        person = TextTidy.tidy(Objects.requireNonNull(person));
        text = TextTidy.tidy(Objects.requireNonNull(text));
        Objects.requireNonNull(due);
        Objects.requireNonNull(outcome);
        Objects.requireNonNull(ready);
        EnumMap<ReviewHeading, Assessment> copy = new EnumMap<>(ReviewHeading.class);
        copy.putAll(assessments);
        assessments = Collections.unmodifiableMap(copy);
    }

    /** An activity or a note: a date and a text. */
    public static JournalEntry simple(long candidateId, JournalKind kind, LocalDate date, String text) {
        return new JournalEntry(0, candidateId, kind, date, "", text, Optional.empty(), Optional.empty(),
                Map.of(), Optional.empty());
    }

    public static JournalEntry task(long candidateId, LocalDate given, String by, String what,
                                    Optional<LocalDate> due, Optional<TaskOutcome> outcome) {
        return new JournalEntry(0, candidateId, JournalKind.TASK, given, by, what, due, outcome, Map.of(),
                Optional.empty());
    }

    public static JournalEntry review(long candidateId, LocalDate date, String helper,
                                      Map<ReviewHeading, Assessment> assessments, boolean ready, String opinion) {
        return new JournalEntry(0, candidateId, JournalKind.REVIEW, date, helper, opinion, Optional.empty(),
                Optional.empty(), assessments, Optional.of(ready));
    }

    public JournalEntry withId(long newId) {
        return new JournalEntry(newId, candidateId, kind, date, person, text, due, outcome, assessments, ready);
    }

    public JournalEntry withCandidateId(long newCandidateId) {
        return new JournalEntry(id, newCandidateId, kind, date, person, text, due, outcome, assessments, ready);
    }

    /** A task the candidate has not reported on yet. */
    public boolean isOpenTask() {
        return kind == JournalKind.TASK && outcome.isEmpty();
    }
}
