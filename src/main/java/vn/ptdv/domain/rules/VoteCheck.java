package vn.ptdv.domain.rules;

import java.util.Optional;
import vn.ptdv.domain.Step;

/** Votes in favour against the threshold of the cell's official members (2/3 by default). */
public final class VoteCheck {
    private VoteCheck() {
    }

    /** Whether the votes reach the threshold: votes / members ≥ numerator / denominator, exactly. */
    public static boolean passes(int votesFor, int members, int[] threshold) {
        return (long) votesFor * threshold[1] >= (long) members * threshold[0];
    }

    /** The fewest votes in favour that pass. */
    public static int required(int members, int[] threshold) {
        return (int) ((long) members * threshold[0] + threshold[1] - 1) / threshold[1];
    }

    static void check(CheckContext c, Step vote) {
        if (vote.officialMembers().isEmpty() || vote.votesFor().isEmpty()) {
            c.add(RuleCode.VOTE_THRESHOLD, Severity.WARNING, Optional.empty(), "missing." + vote.code().name(),
                    vn.ptdv.domain.DisplayDates.format(vote.date()));
            return;
        }
        int[] threshold = c.settings.fraction(RuleCode.VOTE_THRESHOLD);
        int members = vote.officialMembers().get();
        int votes = vote.votesFor().get();
        if (!passes(votes, members, threshold)) {
            c.add(RuleCode.VOTE_THRESHOLD, Severity.ERROR, Optional.empty(), "short." + vote.code().name(),
                    votes, members, required(members, threshold), threshold[0] + "/" + threshold[1]);
        }
    }
}
