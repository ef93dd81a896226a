package vn.ptdv.domain.checklist;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ptdv.domain.CandidateFile;
import vn.ptdv.domain.CandidateStatus;
import vn.ptdv.domain.Step;
import vn.ptdv.domain.StepCode;
import vn.ptdv.domain.rules.DocumentValidity;
import vn.ptdv.domain.rules.RuleSettings;

/**
 * Works a file's checklist out from its steps. The time limits come from {@link DocumentValidity}, as
 * the rule checks' do, and are judged while the rules judge them (until the admission decision), on
 * the day of the cell's vote once it was held: a certificate valid that day stays good for the file.
 */
final class ChecklistDerivation {
    private ChecklistDerivation() {
    }

    static FileChecklist derive(List<Step> steps, RuleSettings settings, LocalDate today) {
        CandidateStatus status = CandidateFile.status(steps);
        Map<StepCode, Step> latest = latestByCode(CandidateFile.latestAttempt(steps));
        Optional<Decision> next = nextDecision(status);
        Optional<LocalDate> vote = Optional.ofNullable(latest.get(StepCode.CELL_RESOLUTION)).map(Step::date);
        boolean judged = DocumentValidity.judgedFor(status);
        boolean closed = status == CandidateStatus.STOPPED || status == CandidateStatus.MOVED_AWAY;
        List<ChecklistItem> items = new ArrayList<>();
        for (DocumentKind kind : DocumentKind.values()) {
            Optional<Step> step = Optional.ofNullable(latest.get(kind.step()));
            if (step.isEmpty()) {
                items.add(new ChecklistItem(kind, missing(kind, next, closed), step, Optional.empty(), false));
                continue;
            }
            Optional<LocalDate> until = DocumentValidity.usableUntil(kind.step(), step.get().date(), settings);
            DocumentStatus documentStatus = DocumentStatus.PRESENT;
            boolean runningOut = false;
            if (judged && until.isPresent()) {
                LocalDate day = vote.orElse(today);
                if (!DocumentValidity.usableOn(until.get(), day)) {
                    documentStatus = kind == DocumentKind.AWARENESS_CERTIFICATE ? DocumentStatus.EXPIRED
                            : DocumentStatus.STALE;
                } else {
                    runningOut = vote.isEmpty()
                            && !today.isBefore(DocumentValidity.warnFrom(kind.step(), until.get(), settings));
                }
            }
            items.add(new ChecklistItem(kind, documentStatus, step, until, runningOut));
        }
        return new FileChecklist(status, items, next, vote, today);
    }

    private static DocumentStatus missing(DocumentKind kind, Optional<Decision> next, boolean closed) {
        if (closed) {
            return DocumentStatus.NOT_NEEDED;
        }
        return next.isPresent() && kind.neededFor().isAfter(next.get())
                ? DocumentStatus.NOT_YET_NEEDED : DocumentStatus.MISSING;
    }

    /** The decision the file is being put together for, from where it stands. */
    static Optional<Decision> nextDecision(CandidateStatus status) {
        return switch (status) {
            case NO_STEPS, IN_POOL, CULTIVATED -> Optional.of(Decision.CELL_VOTE);
            case PROPOSED -> Optional.of(Decision.ADMISSION);
            case ADMITTED, PROBATIONARY -> Optional.of(Decision.FULL_MEMBERSHIP);
            case FULL_MEMBER, STOPPED, MOVED_AWAY -> Optional.empty();
        };
    }

    /**
     * The latest record of each step, as the rule checks take it: a redone introduction replaces the
     * old one. One pass, since the candidate list works this out for every file at once.
     */
    private static Map<StepCode, Step> latestByCode(List<Step> steps) {
        Map<StepCode, Step> latest = new EnumMap<>(StepCode.class);
        for (Step s : steps) {
            latest.merge(s.code(), s, (a, b) -> b.date().isAfter(a.date()) ? b : a);
        }
        return latest;
    }
}
