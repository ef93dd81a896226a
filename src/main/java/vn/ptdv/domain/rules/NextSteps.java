package vn.ptdv.domain.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.ptdv.domain.Candidate;
import vn.ptdv.domain.Step;
import vn.ptdv.domain.StepCode;
import vn.ptdv.domain.calendar.WorkingDays;

/** What an open file needs next, and between which days (domain.md's rules and deadlines). */
public final class NextSteps {
    private static final List<StepCode> PREPARATION = List.of(StepCode.APPLICATION, StepCode.BIOGRAPHY,
            StepCode.VERIFICATION, StepCode.INTRODUCTION, StepCode.COMMENTS);

    private final RuleSettings settings;
    private final WorkingDays workingDays;

    public NextSteps(RuleSettings settings, WorkingDays workingDays) {
        this.settings = settings;
        this.workingDays = workingDays;
    }

    public List<NextStep> plan(Candidate candidate, List<Step> steps) {
        CheckContext c = new CheckContext(candidate, steps, vn.ptdv.domain.CandidateFile.status(steps), List.of(),
                settings, workingDays, LocalDate.MIN);
        List<NextStep> next = new ArrayList<>();
        switch (c.status) {
            case NO_STEPS -> next.add(NextStep.of(StepCode.SOURCE_LISTED));
            case IN_POOL -> {
                if (!c.has(StepCode.HELPER_ASSIGNED)) {
                    NextStep helper = NextStep.of(StepCode.HELPER_ASSIGNED);
                    next.add(c.date(StepCode.SOURCE_LISTED)
                            .map(d -> helper.by(c.onWorkingDay(d.plusDays(c.value(RuleCode.HELPER_ASSIGNED_IN_TIME))),
                                    RuleCode.HELPER_ASSIGNED_IN_TIME))
                            .orElse(helper));
                }
                next.add(NextStep.of(StepCode.AWARENESS_CLASS));
            }
            case CULTIVATED -> {
                PREPARATION.stream().filter(code -> !c.has(code)).map(NextStep::of).forEach(next::add);
                next.add(cellVote(c));
            }
            case PROPOSED -> {
                // A file may hold the committee's resolution without the cell's (entered out of order).
                Optional<LocalDate> vote = c.date(StepCode.CELL_RESOLUTION);
                if (vote.isEmpty()) {
                    next.add(cellVote(c));
                    break;
                }
                if (!c.has(StepCode.COMMITTEE_RESOLUTION)) {
                    next.add(NextStep.of(StepCode.COMMITTEE_RESOLUTION).from(vote.get(), null));
                }
                next.add(NextStep.of(StepCode.ADMISSION_DECISION).from(vote.get(), null)
                        .by(workingDays.plus(vote.get(), c.value(RuleCode.DECISION_DEADLINE)),
                                RuleCode.DECISION_DEADLINE));
            }
            case ADMITTED -> c.latest(StepCode.ADMISSION_DECISION).ifPresent(d -> {
                LocalDate from = d.receivedDate().orElse(d.date());
                next.add(NextStep.of(StepCode.CEREMONY).from(d.date(), null)
                        .by(workingDays.plus(from, c.value(RuleCode.CEREMONY_DEADLINE)), RuleCode.CEREMONY_DEADLINE));
            });
            case PROBATIONARY -> probation(c, next);
            default -> {
                // Full members and closed files need nothing more.
            }
        }
        return next;
    }

    /**
     * The cell's vote: from the 18th birthday (and once the file is complete) until the first of the
     * certificate's expiry and the day the introduction or the comments become too old.
     */
    private NextStep cellVote(CheckContext c) {
        LocalDate adult = c.reaches(c.value(RuleCode.AGE_MIN));
        NextStep vote = NextStep.of(StepCode.CELL_RESOLUTION);
        Optional<LocalDate> prepared = PREPARATION.stream().map(c::date)
                .reduce(Optional.of(LocalDate.MIN), (a, b) -> a.isPresent() && b.isPresent()
                        ? Optional.of(a.get().isAfter(b.get()) ? a.get() : b.get()) : Optional.empty());
        if (prepared.isPresent() && prepared.get().isAfter(adult)) {
            vote = vote.from(prepared.get(), null);
        } else {
            vote = vote.from(adult, RuleCode.AGE_MIN);
        }
        List<NextStep> limits = new ArrayList<>();
        NextStep base = vote;
        for (StepCode code : List.of(StepCode.AWARENESS_CLASS, StepCode.INTRODUCTION, StepCode.COMMENTS)) {
            c.date(code).ifPresent(d -> limits.add(base.by(
                    DocumentValidity.usableUntil(code, d, c.settings).orElseThrow(),
                    DocumentValidity.rule(code).orElseThrow())));
        }
        return limits.stream().min(Comparator.comparing(n -> n.latest().orElseThrow())).orElse(vote);
    }

    private void probation(CheckContext c, List<NextStep> next) {
        Optional<LocalDate> ceremony = c.date(StepCode.CEREMONY);
        if (ceremony.isEmpty()) {
            return;
        }
        LocalDate end = ceremony.get().plusMonths(c.value(RuleCode.PROBATION_LENGTH));
        if (!c.has(StepCode.NEW_MEMBER_CLASS)) {
            next.add(NextStep.of(StepCode.NEW_MEMBER_CLASS).from(ceremony.get(), null));
        }
        if (!c.has(StepCode.PROBATION_REVIEW)) {
            next.add(NextStep.of(StepCode.PROBATION_REVIEW).by(end, RuleCode.PROBATION_LENGTH));
        }
        Optional<LocalDate> resolution = c.date(StepCode.OFFICIAL_RESOLUTION);
        if (resolution.isEmpty()) {
            next.add(NextStep.of(StepCode.OFFICIAL_RESOLUTION).from(end, RuleCode.PROBATION_LENGTH)
                    .by(workingDays.plus(end, c.value(RuleCode.OFFICIAL_REVIEW_DEADLINE)),
                            RuleCode.OFFICIAL_REVIEW_DEADLINE));
        } else {
            next.add(NextStep.of(StepCode.OFFICIAL_DECISION).from(resolution.get(), null)
                    .by(workingDays.plus(resolution.get(), c.value(RuleCode.OFFICIAL_DECISION_DEADLINE)),
                            RuleCode.OFFICIAL_DECISION_DEADLINE));
        }
    }
}
