package vn.ptdv.domain;

import java.time.LocalDate;
import java.util.Optional;
import vn.ptdv.domain.checklist.FileProgress;

/**
 * A row of the candidate list: the candidate with the facts the list shows from the file, among them
 * the documents the file has for its next decision. {@code currentStep} carries the step's code, date
 * and id only: the list reads no more of the steps, so that it loads fast for a whole ward.
 */
public record CandidateSummary(
        long id,
        String fullName,
        Gender gender,
        LocalDate birthDate,
        String citizenId,
        String phone,
        String sourceCategory,
        Optional<Step> currentStep,
        String helpers,
        CandidateStatus status,
        FileProgress progress) {
}
