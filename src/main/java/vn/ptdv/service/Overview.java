package vn.ptdv.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.time.LocalDate;
import vn.ptdv.domain.Candidate;
import vn.ptdv.domain.CandidateStatus;
import vn.ptdv.domain.StepCode;
import vn.ptdv.domain.target.YearProgress;
import vn.ptdv.domain.target.YearTarget;

/**
 * Where the cell stands in a year, for the dashboard: the target and who counts, the candidates at
 * each status, who could still count this year, the last five years, how long each step takes, the
 * files that have waited longest, how many candidates each helper follows, and each helper's candidates
 * in cultivation with their next review.
 */
public record Overview(
        int year,
        YearTarget target,
        TargetService.Origin targetOrigin,
        YearProgress progress,
        Map<CandidateStatus, Integer> pipeline,
        List<Candidate> couldBeAdmitted,
        List<Candidate> couldBeCultivated,
        List<YearLine> history,
        Map<StepCode, Integer> medianDaysToStep,
        List<Waiting> longestWaiting,
        Map<String, Integer> helpers,
        Map<String, List<Followed>> helperCandidates) {

    /** A past year's results against its target. */
    public record YearLine(int year, YearTarget target, int cultivated, int admitted, int recognised) {
    }

    /** A candidate a helper cultivates: their last review, if any, when the next is due and whether it is late. */
    public record Followed(Candidate candidate, Optional<LocalDate> lastReview, LocalDate nextReview, boolean overdue) {
    }

    /** An open file and how many days it has waited since its last step. */
    public record Waiting(Candidate candidate, StepCode lastStep, long days) {
    }
}
