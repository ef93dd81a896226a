package vn.ptdv.domain.checklist;

import java.util.Arrays;
import java.util.List;
import vn.ptdv.domain.StepCode;

/**
 * A document the party file must hold, the step that records it, and the decision that needs it. A
 * decision needs its own documents and those of every decision before it: the committee above reads
 * the whole file. The names are stable (exports, JSON): never rename them.
 */
public enum DocumentKind {
    AWARENESS_CERTIFICATE(StepCode.AWARENESS_CLASS, Decision.CELL_VOTE),
    APPLICATION(StepCode.APPLICATION, Decision.CELL_VOTE),
    BIOGRAPHY(StepCode.BIOGRAPHY, Decision.CELL_VOTE),
    VERIFICATION(StepCode.VERIFICATION, Decision.CELL_VOTE),
    INTRODUCTION(StepCode.INTRODUCTION, Decision.CELL_VOTE),
    COMMENTS(StepCode.COMMENTS, Decision.CELL_VOTE),
    CELL_RESOLUTION(StepCode.CELL_RESOLUTION, Decision.ADMISSION),
    COMMITTEE_RESOLUTION(StepCode.COMMITTEE_RESOLUTION, Decision.ADMISSION),
    ADMISSION_DECISION(StepCode.ADMISSION_DECISION, Decision.FULL_MEMBERSHIP),
    NEW_MEMBER_CERTIFICATE(StepCode.NEW_MEMBER_CLASS, Decision.FULL_MEMBERSHIP),
    PROBATION_REVIEW(StepCode.PROBATION_REVIEW, Decision.FULL_MEMBERSHIP),
    OFFICIAL_RESOLUTION(StepCode.OFFICIAL_RESOLUTION, Decision.FULL_MEMBERSHIP);

    private final StepCode step;
    private final Decision neededFor;

    DocumentKind(StepCode step, Decision neededFor) {
        this.step = step;
        this.neededFor = neededFor;
    }

    /** The step whose record is this document. */
    public StepCode step() {
        return step;
    }

    /** The first decision that needs the document. */
    public Decision neededFor() {
        return neededFor;
    }

    /** The documents a decision adds to the file, in the procedure's order. */
    public static List<DocumentKind> addedFor(Decision decision) {
        return Arrays.stream(values()).filter(k -> k.neededFor == decision).toList();
    }
}
