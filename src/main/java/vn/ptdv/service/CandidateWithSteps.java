package vn.ptdv.service;

import java.util.List;
import vn.ptdv.domain.Candidate;
import vn.ptdv.domain.CandidateFile;
import vn.ptdv.domain.CandidateStatus;
import vn.ptdv.domain.Step;

/** A candidate and their whole file. */
public record CandidateWithSteps(Candidate candidate, List<Step> steps) {
    public CandidateWithSteps {
        steps = List.copyOf(steps);
    }

    public CandidateStatus status() {
        return CandidateFile.status(steps);
    }
}
