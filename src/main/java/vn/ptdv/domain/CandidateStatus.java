package vn.ptdv.domain;

/** Where a candidate stands, derived from the file's steps (domain.md, "Derived status"). */
public enum CandidateStatus {
    /** No step recorded yet. */
    NO_STEPS,
    IN_POOL,
    CULTIVATED,
    PROPOSED,
    ADMITTED,
    PROBATIONARY,
    FULL_MEMBER,
    STOPPED,
    MOVED_AWAY
}
