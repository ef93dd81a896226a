package vn.ptdv.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The dates that matter in a file, read from its steps: the latest record of each step counts (an
 * introduction redone after a year replaces the old one). Probation ends a fixed period after the
 * ceremony; full membership takes effect that day even when the decision comes later (domain.md).
 */
public record Milestones(
        Optional<LocalDate> listed,
        Optional<LocalDate> certificate,
        Optional<LocalDate> cellResolution,
        Optional<LocalDate> admissionDecision,
        Optional<LocalDate> ceremony,
        Optional<LocalDate> probationEnd,
        Optional<LocalDate> officialDecision) {

    /** The default length of probation (rule PROBATION_LENGTH). */
    public static final Period DEFAULT_PROBATION = Period.ofMonths(12);

    public static Milestones of(List<Step> steps, Period probation) {
        Optional<LocalDate> ceremony = latest(steps, StepCode.CEREMONY);
        return new Milestones(
                latest(steps, StepCode.SOURCE_LISTED),
                latest(steps, StepCode.AWARENESS_CLASS),
                latest(steps, StepCode.CELL_RESOLUTION),
                latest(steps, StepCode.ADMISSION_DECISION),
                ceremony,
                ceremony.map(d -> d.plus(probation)),
                latest(steps, StepCode.OFFICIAL_DECISION));
    }

    /** Party age (tuổi đảng) counts from the admission decision. */
    public Optional<LocalDate> partyMemberSince() {
        return admissionDecision;
    }

    private static Optional<LocalDate> latest(List<Step> steps, StepCode code) {
        return steps.stream().filter(s -> s.code() == code).map(Step::date).max(Comparator.naturalOrder());
    }
}
