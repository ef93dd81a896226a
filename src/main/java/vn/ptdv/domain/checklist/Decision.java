package vn.ptdv.domain.checklist;

/**
 * The decisions a candidate's file is put together for, in the order they come: the cell's vote on
 * admission, the admission decision of the committee above, and recognition as a full member.
 */
public enum Decision {
    CELL_VOTE,
    ADMISSION,
    FULL_MEMBERSHIP;

    /** Whether this decision comes after the other one. */
    public boolean isAfter(Decision other) {
        return compareTo(other) > 0;
    }
}
