package vn.ptdv.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A candidate's steps and what follows from them: the latest step and the derived status. */
public final class CandidateFile {
    /** Oldest first; on the same day the step further in the procedure later, closing codes last. */
    public static final Comparator<Step> CHRONOLOGICAL = Comparator.comparing(Step::date)
            .thenComparingInt(s -> s.code().closesFile() ? Integer.MAX_VALUE : s.code().order())
            .thenComparingLong(Step::id);

    private CandidateFile() {
    }

    public static Optional<Step> latestStep(List<Step> steps) {
        return Optional.ofNullable(latest(steps));
    }

    /** Loops rather than streams here: these run for every file each time the whole cell is listed. */
    private static Step latest(List<Step> steps) {
        Step latest = null;
        for (Step s : steps) {
            if (latest == null || CHRONOLOGICAL.compare(s, latest) > 0) {
                latest = s;
            }
        }
        return latest;
    }

    private static Step lastClosing(List<Step> steps) {
        Step last = null;
        for (Step s : steps) {
            if (s.code().closesFile() && (last == null || CHRONOLOGICAL.compare(s, last) > 0)) {
                last = s;
            }
        }
        return last;
    }

    /**
     * The steps that count for the file as it stands, oldest first: those after the last closing step,
     * since a file reopened after a failed vote or a move starts again. A closed file has none.
     */
    public static List<Step> sinceLastClosing(List<Step> steps) {
        Step lastClosing = lastClosing(steps);
        List<Step> since = new java.util.ArrayList<>(steps.size());
        for (Step s : steps) {
            if (lastClosing == null || CHRONOLOGICAL.compare(s, lastClosing) > 0) {
                since.add(s);
            }
        }
        since.sort(CHRONOLOGICAL);
        return java.util.Collections.unmodifiableList(since);
    }

    /**
     * The steps of the file's latest attempt, oldest first: for an open file those since the last
     * closing step; for a closed file those of the attempt its closing step ended, so what had been
     * gathered before the file stopped can still be seen.
     */
    public static List<Step> latestAttempt(List<Step> steps) {
        Optional<Step> latest = latestStep(steps);
        if (latest.isEmpty() || !latest.get().code().closesFile()) {
            return sinceLastClosing(steps);
        }
        Step closing = latest.get();
        List<Step> before = new java.util.ArrayList<>(steps.size());
        for (Step s : steps) {
            if (CHRONOLOGICAL.compare(s, closing) < 0) {
                before.add(s);
            }
        }
        return sinceLastClosing(before);
    }

    /**
     * The step the file stands at, the one its status comes from: the closing step of a closed file,
     * otherwise the furthest step of the procedure since the last closing step (its latest record).
     * It is not always the latest-dated step, since steps 4–8 come in any order.
     */
    public static Optional<Step> currentStep(List<Step> steps) {
        Step latest = latest(steps);
        if (latest == null || latest.code().closesFile()) {
            return Optional.ofNullable(latest);
        }
        Step lastClosing = lastClosing(steps);
        Step furthest = null;
        for (Step s : steps) {
            if (lastClosing != null && CHRONOLOGICAL.compare(s, lastClosing) <= 0) {
                continue;
            }
            if (furthest == null || FURTHEST.compare(s, furthest) > 0) {
                furthest = s;
            }
        }
        return Optional.ofNullable(furthest);
    }

    private static final Comparator<Step> FURTHEST = Comparator.comparingInt((Step s) -> s.code().order())
            .thenComparing(CHRONOLOGICAL);

    /**
     * The status of domain.md. A file is closed (stopped, moved away) when its latest step closes it;
     * otherwise the furthest step since the last closing step decides (a file reopened after a failed
     * vote starts again), since steps 4–8 often come in another order and a step entered late must not
     * move a candidate back.
     */
    public static CandidateStatus status(List<Step> steps) {
        Step latest = latest(steps);
        if (latest == null) {
            return CandidateStatus.NO_STEPS;
        }
        StepCode latestCode = latest.code();
        if (latestCode == StepCode.STOPPED) {
            return CandidateStatus.STOPPED;
        }
        if (latestCode == StepCode.MOVED_AWAY) {
            return CandidateStatus.MOVED_AWAY;
        }
        return statusAt(currentStep(steps).map(s -> s.code().order()).orElse(0));
    }

    static CandidateStatus statusAt(int order) {
        if (order >= 16) {
            return CandidateStatus.FULL_MEMBER;
        }
        if (order >= 12) {
            return CandidateStatus.PROBATIONARY;
        }
        if (order == 11) {
            return CandidateStatus.ADMITTED;
        }
        if (order >= 9) {
            return CandidateStatus.PROPOSED;
        }
        if (order >= 3) {
            return CandidateStatus.CULTIVATED;
        }
        return CandidateStatus.IN_POOL;
    }
}
