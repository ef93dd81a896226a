package vn.ptdv.cli;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.ptdv.domain.Candidate;
import vn.ptdv.domain.Step;
import vn.ptdv.service.CandidateWithSteps;

/**
 * One candidate in {@code candidates list --json}. The keys are an interface that scripts rely on:
 * add keys, never rename them. Dates are yyyy-MM-dd; gender, status and step codes are the stable codes;
 * a value not recorded is null.
 */
record CandidateJson(long id, String fullName, String gender, String birthDate, String citizenId,
                     String status, String sourceCategory, boolean youthUnionMember, String ethnicity,
                     List<StepJson> steps) {

    /** The three vote numbers are on the two steps the cell votes on; null elsewhere and when not recorded. */
    record StepJson(String code, String date, String documentNumber, Integer officialMembers, Integer membersPresent,
                    Integer votesFor) {
    }

    static CandidateJson of(CandidateWithSteps x, Map<Long, String> sourceNames) {
        Candidate c = x.candidate();
        return new CandidateJson(c.id(), c.fullName(), c.gender().name(), c.birthDate().toString(),
                c.citizenId().isEmpty() ? null : c.citizenId(), x.status().name(),
                c.sourceCategoryId().map(sourceNames::get).orElse(null), c.youthUnionMember(), c.ethnicity(),
                x.steps().stream().map(CandidateJson::step).collect(Collectors.toList()));
    }

    private static StepJson step(Step s) {
        return new StepJson(s.code().name(), s.date().toString(),
                s.documentNumber().isEmpty() ? null : s.documentNumber(), s.officialMembers().orElse(null),
                s.membersPresent().orElse(null), s.votesFor().orElse(null));
    }
}
