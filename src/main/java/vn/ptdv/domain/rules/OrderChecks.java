package vn.ptdv.domain.rules;

import static vn.ptdv.domain.DisplayDates.format;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ptdv.domain.Step;
import vn.ptdv.domain.StepCode;

/**
 * Steps dated before a step they need (biography before application, resolution before certificate,
 * ceremony before decision, …), before the candidate's birth or in the future. Steps 4–8 may come in
 * any order among themselves; what they need is listed here.
 */
final class OrderChecks {
    /** Each step and the steps that must be dated on or before it, when both are recorded. */
    private static final Map<StepCode, List<StepCode>> NEEDS = new EnumMap<>(StepCode.class);

    static {
        NEEDS.put(StepCode.HELPER_ASSIGNED, List.of(StepCode.SOURCE_LISTED));
        NEEDS.put(StepCode.BIOGRAPHY, List.of(StepCode.APPLICATION));
        NEEDS.put(StepCode.VERIFICATION, List.of(StepCode.BIOGRAPHY));
        NEEDS.put(StepCode.CELL_RESOLUTION, List.of(StepCode.AWARENESS_CLASS, StepCode.APPLICATION,
                StepCode.BIOGRAPHY, StepCode.VERIFICATION, StepCode.INTRODUCTION, StepCode.COMMENTS));
        NEEDS.put(StepCode.COMMITTEE_RESOLUTION, List.of(StepCode.CELL_RESOLUTION));
        NEEDS.put(StepCode.ADMISSION_DECISION, List.of(StepCode.CELL_RESOLUTION, StepCode.COMMITTEE_RESOLUTION));
        NEEDS.put(StepCode.CEREMONY, List.of(StepCode.ADMISSION_DECISION));
        NEEDS.put(StepCode.NEW_MEMBER_CLASS, List.of(StepCode.ADMISSION_DECISION));
        NEEDS.put(StepCode.PROBATION_REVIEW, List.of(StepCode.CEREMONY));
        NEEDS.put(StepCode.OFFICIAL_RESOLUTION, List.of(StepCode.CEREMONY, StepCode.PROBATION_REVIEW));
        NEEDS.put(StepCode.OFFICIAL_DECISION, List.of(StepCode.OFFICIAL_RESOLUTION));
    }

    private OrderChecks() {
    }

    static void run(CheckContext c) {
        for (Step step : c.steps) {
            if (step.date().isAfter(c.today)) {
                c.add(RuleCode.STEP_ORDER, Severity.ERROR, Optional.empty(), "future", stepName(step),
                        format(step.date()));
            }
            if (step.date().isBefore(c.candidate.birthDate())) {
                c.add(RuleCode.STEP_ORDER, Severity.ERROR, Optional.empty(), "beforeBirth", stepName(step),
                        format(step.date()));
            }
            for (StepCode needed : NEEDS.getOrDefault(step.code(), List.of())) {
                // A file redone (new introduction, second vote) keeps its first records: only when no
                // record of the needed step comes on or before this one is the order wrong.
                // One pass, no list made: this runs for every step of every file.
                Step firstRecord = null;
                boolean inTime = false;
                for (Step s : c.steps) {
                    if (s.code() == needed) {
                        if (firstRecord == null) {
                            firstRecord = s;
                        }
                        if (!s.date().isAfter(step.date())) {
                            inTime = true;
                            break;
                        }
                    }
                }
                if (firstRecord != null && !inTime) {
                    c.add(RuleCode.STEP_ORDER, Severity.ERROR, Optional.empty(), "before", stepName(step),
                            format(step.date()), needed, format(firstRecord.date()));
                }
            }
        }
        probationBeforeResolution(c);
        missingBeforeVote(c);
    }

    /** What the cell's votes stand on: each step must be on file (the certificate has its own rule). */
    private static final Map<StepCode, List<StepCode>> VOTE_NEEDS = new EnumMap<>(Map.of(
            StepCode.CELL_RESOLUTION, List.of(StepCode.APPLICATION, StepCode.BIOGRAPHY, StepCode.VERIFICATION,
                    StepCode.INTRODUCTION, StepCode.COMMENTS),
            StepCode.OFFICIAL_RESOLUTION, List.of(StepCode.CEREMONY, StepCode.PROBATION_REVIEW)));

    /** A vote of the current stage recorded without a step it needs: the file is incomplete. */
    private static void missingBeforeVote(CheckContext c) {
        VOTE_NEEDS.forEach((vote, needs) -> c.latest(vote).ifPresent(v -> {
            boolean current = vote == StepCode.CELL_RESOLUTION
                    ? c.status == vn.ptdv.domain.CandidateStatus.PROPOSED
                    : c.status == vn.ptdv.domain.CandidateStatus.PROBATIONARY;
            if (!current) {
                return;
            }
            for (StepCode needed : needs) {
                if (!c.has(needed)) {
                    c.add(RuleCode.STEP_ORDER, Severity.WARNING, Optional.empty(), "missing", vote,
                            format(v.date()), needed);
                }
            }
        }));
    }

    /** Full membership is considered after probation ends, not before. */
    private static void probationBeforeResolution(CheckContext c) {
        c.date(StepCode.CEREMONY).ifPresent(ceremony -> c.date(StepCode.OFFICIAL_RESOLUTION).ifPresent(resolution -> {
            var end = ceremony.plusMonths(c.value(RuleCode.PROBATION_LENGTH));
            if (resolution.isBefore(end)) {
                c.add(RuleCode.STEP_ORDER, Severity.ERROR, Optional.empty(), "beforeProbationEnd", format(resolution),
                        format(end));
            }
        }));
    }

    /** The step's code: the message turns it into the step's name in the reader's language. */
    private static StepCode stepName(Step step) {
        return step.code();
    }
}
