package vn.ptdv.domain.journal;

/** How a candidate carried out a task. */
public enum TaskResult {
    DONE_WELL, DONE, NOT_DONE
}
