package vn.ptdv.domain.checklist;

/**
 * The file's progress toward its next decision, for the candidate list: documents present out of
 * those needed, and whether everything the cell's vote needs is there and usable.
 */
public record FileProgress(int present, int needed, boolean readyForCellVote) {
    /** A closed file: nothing is needed. */
    public static final FileProgress NONE = new FileProgress(0, 0, false);

    public FileProgress {
        if (present < 0 || needed < 0 || present > needed) {
            throw new IllegalArgumentException(present + "/" + needed);
        }
    }

    /** Between 0 and 1; 0 when nothing is needed. */
    public double fraction() {
        return needed == 0 ? 0 : (double) present / needed;
    }
}
