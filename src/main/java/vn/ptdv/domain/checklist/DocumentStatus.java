package vn.ptdv.domain.checklist;

/** Where one document of the file stands. */
public enum DocumentStatus {
    /** Recorded, and usable for the decision it is needed for. */
    PRESENT,
    /** Needed for the next decision (or an earlier one) and not recorded. */
    MISSING,
    /** The awareness certificate ran out before the cell's vote (or before today, while it has not voted). */
    EXPIRED,
    /** The introduction or the comments became too old for the cell's vote: they must be redone. */
    STALE,
    /** Needed only for a decision after the next one. */
    NOT_YET_NEEDED,
    /** The file was closed (stopped, moved away): nothing more is gathered. */
    NOT_NEEDED;

    /** Whether the file must still get (or redo) the document. */
    public boolean lacking() {
        return this == MISSING || this == EXPIRED || this == STALE;
    }
}
