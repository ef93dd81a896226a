package vn.ptdv.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One dated step of a candidate's file. {@code id} is 0 until the step is stored. Text fields are
 * empty strings when not given; the optional numbers and dates are empty when not recorded. The three
 * numbers are the vote of the cell's meeting (steps that record {@link StepCode.Fields#VOTES}): the
 * cell's official members, those of them present, and those in favour.
 */
public record Step(
        long id,
        long candidateId,
        StepCode code,
        LocalDate date,
        String documentNumber,
        String issuingBody,
        Optional<LocalDate> receivedDate,
        String result,
        Optional<Integer> officialMembers,
        Optional<Integer> membersPresent,
        Optional<Integer> votesFor,
        String note,
        List<StepPerson> people) {

    public Step {
        Objects.requireNonNull(code);
        Objects.requireNonNull(date);
        // Tidied (and so stripped, as the database stores them): a saved step equals the one read back.
        documentNumber = TextTidy.tidy(documentNumber);
        issuingBody = TextTidy.tidy(issuingBody);
        result = TextTidy.tidy(result);
        note = TextTidy.tidy(note);
        Objects.requireNonNull(receivedDate);
        Objects.requireNonNull(officialMembers);
        Objects.requireNonNull(membersPresent);
        Objects.requireNonNull(votesFor);
        people = List.copyOf(people);
    }

    /** A step with only its code and date, as most steps are recorded. */
    public static Step simple(long candidateId, StepCode code, LocalDate date) {
        return new Step(0, candidateId, code, date, "", "", Optional.empty(), "",
                Optional.empty(), Optional.empty(), Optional.empty(), "", List.of());
    }

    public Step withId(long newId) {
        return new Step(newId, candidateId, code, date, documentNumber, issuingBody, receivedDate,
                result, officialMembers, membersPresent, votesFor, note, people);
    }

    public Step withNote(String newNote) {
        return new Step(id, candidateId, code, date, documentNumber, issuingBody, receivedDate,
                result, officialMembers, membersPresent, votesFor, newNote, people);
    }

    public Step withCandidateId(long newCandidateId) {
        return new Step(id, newCandidateId, code, date, documentNumber, issuingBody, receivedDate,
                result, officialMembers, membersPresent, votesFor, note, people);
    }
}
