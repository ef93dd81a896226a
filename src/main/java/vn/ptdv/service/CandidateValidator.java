package vn.ptdv.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.ptdv.domain.Candidate;

/** The checks a candidate's personal data must pass before it is stored. */
final class CandidateValidator {
    static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    private static final Pattern CITIZEN_ID = Pattern.compile("\\d{12}");

    private CandidateValidator() {
    }

    /** Empty for an empty or well-formed citizen ID: 12 digits, leading zeros kept. */
    static java.util.Optional<FieldError> citizenIdError(String citizenId) {
        if (citizenId.isEmpty() || CITIZEN_ID.matcher(citizenId).matches()) {
            return java.util.Optional.empty();
        }
        if (!citizenId.chars().allMatch(Character::isDigit)) {
            return java.util.Optional.of(FieldError.of("citizenId", "validation.citizenId.digits"));
        }
        return java.util.Optional.of(FieldError.of("citizenId", "validation.citizenId.format", citizenId.length()));
    }

    static List<FieldError> check(Candidate c, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (c.fullName().isEmpty()) {
            errors.add(FieldError.of("fullName", "validation.fullName.required"));
        }
        if (c.birthDate().isAfter(today)) {
            errors.add(FieldError.of("birthDate", "validation.date.future"));
        } else if (c.birthDate().isBefore(EARLIEST_BIRTH)) {
            errors.add(FieldError.of("birthDate", "validation.birthDate.tooEarly"));
        }
        citizenIdError(c.citizenId()).ifPresent(errors::add);
        checkTexts(c, errors);
        c.youthUnionSince().ifPresent(since -> {
            if (since.isAfter(today)) {
                errors.add(FieldError.of("youthUnionSince", "validation.date.future"));
            } else if (since.isBefore(c.birthDate())) {
                errors.add(FieldError.of("youthUnionSince", "validation.date.beforeBirth"));
            }
        });
        return errors;
    }

    /** The citizen ID has its own check above; every other text field is checked here. */
    private static void checkTexts(Candidate c, List<FieldError> errors) {
        TextRules.check("fullName", c.fullName(), TextRules.NAME_MAX, errors);
        TextRules.check("birthName", c.birthName(), TextRules.NAME_MAX, errors);
        TextRules.check("alias", c.alias(), TextRules.NAME_MAX, errors);
        TextRules.check("birthPlace", c.birthPlace(), TextRules.TEXT_MAX, errors);
        TextRules.check("homeTown", c.homeTown(), TextRules.TEXT_MAX, errors);
        TextRules.check("permanentResidence", c.permanentResidence(), TextRules.TEXT_MAX, errors);
        TextRules.check("temporaryResidence", c.temporaryResidence(), TextRules.TEXT_MAX, errors);
        TextRules.check("ethnicity", c.ethnicity(), TextRules.TEXT_MAX, errors);
        TextRules.check("religion", c.religion(), TextRules.TEXT_MAX, errors);
        TextRules.check("phone", c.phone(), TextRules.TEXT_MAX, errors);
        TextRules.check("occupation", c.occupation(), TextRules.TEXT_MAX, errors);
        TextRules.check("workplace", c.workplace(), TextRules.TEXT_MAX, errors);
        TextRules.check("education", c.education(), TextRules.TEXT_MAX, errors);
        TextRules.check("professionalQualification", c.professionalQualification(), TextRules.TEXT_MAX, errors);
        TextRules.check("politicalTheory", c.politicalTheory(), TextRules.TEXT_MAX, errors);
        TextRules.check("massAssociations", c.massAssociations(), TextRules.TEXT_MAX, errors);
        TextRules.check("notes", c.notes(), TextRules.NOTE_MAX, errors);
    }
}
