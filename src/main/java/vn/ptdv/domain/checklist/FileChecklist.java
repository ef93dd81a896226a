package vn.ptdv.domain.checklist;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.ptdv.domain.CandidateStatus;
import vn.ptdv.domain.Step;
import vn.ptdv.domain.rules.RuleSettings;

/**
 * The documents of a candidate's file, derived from its steps and the committee's rules, never
 * stored: one item per {@link DocumentKind} in the procedure's order.
 *
 * @param status     the file's status, from its steps
 * @param items      every document kind, in order
 * @param next       the decision the file is being put together for; empty for a full member and a
 *                   closed file
 * @param cellVote   the day of the cell's vote when it has been held: the time limits are judged on
 *                   that day, otherwise on {@code today}
 * @param today      the day the checklist was made
 */
public record FileChecklist(
        CandidateStatus status,
        List<ChecklistItem> items,
        Optional<Decision> next,
        Optional<LocalDate> cellVote,
        LocalDate today) {

    public FileChecklist {
        Objects.requireNonNull(status);
        items = List.copyOf(items);
        Objects.requireNonNull(next);
        Objects.requireNonNull(cellVote);
        Objects.requireNonNull(today);
    }

    /** The checklist of a file (all its steps, any order) as of the day, under the committee's rules. */
    public static FileChecklist of(List<Step> steps, RuleSettings settings, LocalDate today) {
        return ChecklistDerivation.derive(steps, settings, today);
    }

    public ChecklistItem item(DocumentKind kind) {
        return items.stream().filter(i -> i.kind() == kind).findFirst().orElseThrow();
    }

    /** The documents a decision adds to the file, in order. */
    public List<ChecklistItem> addedFor(Decision decision) {
        return items.stream().filter(i -> i.kind().neededFor() == decision).toList();
    }

    /** Whether the file was closed (stopped, moved away). */
    public boolean closed() {
        return status == CandidateStatus.STOPPED || status == CandidateStatus.MOVED_AWAY;
    }

    /**
     * The documents the progress counts: those the next decision needs; for a full member the whole
     * file; for a closed file none.
     */
    public List<ChecklistItem> counted() {
        if (closed()) {
            return List.of();
        }
        return items.stream().filter(i -> next.isEmpty() || !i.kind().neededFor().isAfter(next.get())).toList();
    }

    /** What the file still lacks for its next decision: missing, expired or stale documents, in order. */
    public List<ChecklistItem> lacking() {
        return counted().stream().filter(i -> i.status().lacking()).toList();
    }

    /** Everything the cell's vote needs is there and usable, and the cell has not voted yet. */
    public boolean readyForCellVote() {
        return next.equals(Optional.of(Decision.CELL_VOTE))
                && addedFor(Decision.CELL_VOTE).stream().allMatch(i -> i.status() == DocumentStatus.PRESENT);
    }

    public FileProgress progress() {
        List<ChecklistItem> counted = counted();
        int present = (int) counted.stream().filter(i -> i.status() == DocumentStatus.PRESENT).count();
        return new FileProgress(present, counted.size(), readyForCellVote());
    }
}
