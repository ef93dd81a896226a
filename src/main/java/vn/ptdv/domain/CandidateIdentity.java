package vn.ptdv.domain;

import java.time.LocalDate;

/**
 * What tells one candidate from another (see the import's matching): a small row, so that all of a
 * large cell's candidates can be read to recognise the people of a workbook. The citizen ID is empty
 * when not given.
 */
public record CandidateIdentity(long id, String fullName, LocalDate birthDate, String citizenId) {
}
