package vn.ptdv.domain.journal;

/** What a journal entry records. Stored as text; the names are part of the command line's JSON. */
public enum JournalKind {
    /** A task the cell or the helper gave the candidate, and later how it went. */
    TASK,
    /** A helper's periodic review on the four usual headings. */
    REVIEW,
    /** Youth Union or association work, a class other than the awareness class. */
    ACTIVITY,
    /** Anything else the committee wants to remember. */
    NOTE
}
