package vn.ptdv.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A person the cell follows, with the personal data of domain.md ("Candidate data"). The photo is
 * kept apart (see the repository) so that lists do not load it. Text fields are empty strings when
 * not given. {@code id} is 0 until the candidate is stored.
 */
public record Candidate(
        long id,
        String fullName,
        String birthName,
        String alias,
        Gender gender,
        LocalDate birthDate,
        String birthPlace,
        String homeTown,
        String permanentResidence,
        String temporaryResidence,
        String ethnicity,
        String religion,
        String citizenId,
        String phone,
        String occupation,
        String workplace,
        String education,
        String professionalQualification,
        String politicalTheory,
        boolean youthUnionMember,
        Optional<LocalDate> youthUnionSince,
        String massAssociations,
        Optional<Long> sourceCategoryId,
        String notes) {

    public Candidate {
        Objects.requireNonNull(gender);
        Objects.requireNonNull(birthDate);
        fullName = clean(fullName);
        birthName = clean(birthName);
        alias = clean(alias);
        birthPlace = clean(birthPlace);
        homeTown = clean(homeTown);
        permanentResidence = clean(permanentResidence);
        temporaryResidence = clean(temporaryResidence);
        ethnicity = clean(ethnicity);
        religion = clean(religion);
        citizenId = clean(citizenId);
        phone = clean(phone);
        occupation = clean(occupation);
        workplace = clean(workplace);
        education = clean(education);
        professionalQualification = clean(professionalQualification);
        politicalTheory = clean(politicalTheory);
        massAssociations = clean(massAssociations);
        notes = TextTidy.tidy(notes);
        Objects.requireNonNull(youthUnionSince);
        Objects.requireNonNull(sourceCategoryId);
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /** Tidies and folds runs of spaces, as names copied from other documents often carry them. */
    private static String clean(String s) {
        String tidy = TextTidy.tidy(s);
        return hasSpacesToFold(tidy) ? SPACES.matcher(tidy).replaceAll(" ") : tidy;
    }

    /** A scan instead of a regular expression for the usual text: lists build thousands of these. */
    private static boolean hasSpacesToFold(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) && (c != ' ' || i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1)))) {
                return true;
            }
        }
        return false;
    }

    public Candidate withId(long newId) {
        return toBuilder().id(newId).build();
    }

    public Builder toBuilder() {
        return new Builder().id(id).fullName(fullName).birthName(birthName).alias(alias).gender(gender)
                .birthDate(birthDate).birthPlace(birthPlace).homeTown(homeTown)
                .permanentResidence(permanentResidence).temporaryResidence(temporaryResidence)
                .ethnicity(ethnicity).religion(religion).citizenId(citizenId).phone(phone)
                .occupation(occupation).workplace(workplace).education(education)
                .professionalQualification(professionalQualification).politicalTheory(politicalTheory)
                .youthUnionMember(youthUnionMember).youthUnionSince(youthUnionSince.orElse(null))
                .massAssociations(massAssociations).sourceCategoryId(sourceCategoryId.orElse(null))
                .notes(notes);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Fluent construction for the many optional fields (demo data, forms, tests). */
    public static final class Builder {
        private long id;
        private String fullName = "";
        private String birthName = "";
        private String alias = "";
        private Gender gender = Gender.MALE;
        private LocalDate birthDate;
        private String birthPlace = "";
        private String homeTown = "";
        private String permanentResidence = "";
        private String temporaryResidence = "";
        private String ethnicity = "Kinh";
        private String religion = "Không";
        private String citizenId = "";
        private String phone = "";
        private String occupation = "";
        private String workplace = "";
        private String education = "";
        private String professionalQualification = "";
        private String politicalTheory = "";
        private boolean youthUnionMember;
        private LocalDate youthUnionSince;
        private String massAssociations = "";
        private Long sourceCategoryId;
        private String notes = "";

        public Builder id(long v) { id = v; return this; }
        public Builder fullName(String v) { fullName = v; return this; }
        public Builder birthName(String v) { birthName = v; return this; }
        public Builder alias(String v) { alias = v; return this; }
        public Builder gender(Gender v) { gender = v; return this; }
        public Builder birthDate(LocalDate v) { birthDate = v; return this; }
        public Builder birthPlace(String v) { birthPlace = v; return this; }
        public Builder homeTown(String v) { homeTown = v; return this; }
        public Builder permanentResidence(String v) { permanentResidence = v; return this; }
        public Builder temporaryResidence(String v) { temporaryResidence = v; return this; }
        public Builder ethnicity(String v) { ethnicity = v; return this; }
        public Builder religion(String v) { religion = v; return this; }
        public Builder citizenId(String v) { citizenId = v; return this; }
        public Builder phone(String v) { phone = v; return this; }
        public Builder occupation(String v) { occupation = v; return this; }
        public Builder workplace(String v) { workplace = v; return this; }
        public Builder education(String v) { education = v; return this; }
        public Builder professionalQualification(String v) { professionalQualification = v; return this; }
        public Builder politicalTheory(String v) { politicalTheory = v; return this; }
        public Builder youthUnionMember(boolean v) { youthUnionMember = v; return this; }
        public Builder youthUnionSince(LocalDate v) { youthUnionSince = v; return this; }
        public Builder massAssociations(String v) { massAssociations = v; return this; }
        public Builder sourceCategoryId(Long v) { sourceCategoryId = v; return this; }
        public Builder notes(String v) { notes = v; return this; }

        public Candidate build() {
            return new Candidate(id, fullName, birthName, alias, gender, birthDate, birthPlace, homeTown,
                    permanentResidence, temporaryResidence, ethnicity, religion, citizenId, phone,
                    occupation, workplace, education, professionalQualification, politicalTheory,
                    youthUnionMember, Optional.ofNullable(youthUnionSince), massAssociations,
                    Optional.ofNullable(sourceCategoryId), notes);
        }
    }
}
