package vn.ptdv.domain.checklist;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import vn.ptdv.domain.Step;

/**
 * One document of the file: its status, the step that records it (the latest record when a step was
 * redone), and for documents with a time limit the last day it may be used and whether that day is
 * near.
 */
public record ChecklistItem(
        DocumentKind kind,
        DocumentStatus status,
        Optional<Step> step,
        Optional<LocalDate> usableUntil,
        boolean runningOut) {

    public ChecklistItem {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(status);
        Objects.requireNonNull(step);
        Objects.requireNonNull(usableUntil);
    }

    /** The document's date: the step's date. */
    public Optional<LocalDate> date() {
        return step.map(Step::date);
    }

    /** The document's number where the step records one; empty text otherwise. */
    public String documentNumber() {
        return step.map(Step::documentNumber).orElse("");
    }
}
