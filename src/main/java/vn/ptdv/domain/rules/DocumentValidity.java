package vn.ptdv.domain.rules;

import java.time.LocalDate;
import java.util.Optional;
import vn.ptdv.domain.CandidateStatus;
import vn.ptdv.domain.StepCode;

/**
 * How long the documents with a time limit stay usable for the cell's vote: the awareness certificate
 * (CERT_VALIDITY) and the introduction and the combined comments (FILE_FRESHNESS). The rule checks,
 * the next steps and the file checklist all ask here, so they can never disagree on a date.
 */
public final class DocumentValidity {
    /** How many days ahead an introduction or the comments are said to be running out. */
    public static final int FRESHNESS_WARNING_DAYS = 60;

    private DocumentValidity() {
    }

    /** The rule that limits the document: CERT_VALIDITY, FILE_FRESHNESS, or none. */
    public static Optional<RuleCode> rule(StepCode code) {
        return switch (code) {
            case AWARENESS_CLASS -> Optional.of(RuleCode.CERT_VALIDITY);
            case INTRODUCTION, COMMENTS -> Optional.of(RuleCode.FILE_FRESHNESS);
            default -> Optional.empty();
        };
    }

    /**
     * The last day the document may be used: through the same day of the month at the end of the
     * period, or the month's last day when it has none (Civil Code 2015, art. 148). Empty for
     * documents without a limit.
     */
    public static Optional<LocalDate> usableUntil(StepCode code, LocalDate done, RuleSettings settings) {
        return rule(code).map(r -> done.plusMonths(settings.value(r)));
    }

    /** Whether a document usable until {@code until} may still be used on {@code day}. */
    public static boolean usableOn(LocalDate until, LocalDate day) {
        return !day.isAfter(until);
    }

    /** From this day on, a document still usable is said to be running out. */
    public static LocalDate warnFrom(StepCode code, LocalDate until, RuleSettings settings) {
        int days = code == StepCode.AWARENESS_CLASS ? settings.value(RuleCode.CERT_WARNING) : FRESHNESS_WARNING_DAYS;
        return until.minusDays(days);
    }

    /**
     * Whether the documents for the cell's vote are still judged by their time limits: until the
     * committee above has decided. After that they are the history of a vote already held, and
     * neither the rules nor the checklist report them.
     */
    public static boolean judgedFor(CandidateStatus status) {
        return status == CandidateStatus.IN_POOL || status == CandidateStatus.CULTIVATED
                || status == CandidateStatus.PROPOSED;
    }
}
