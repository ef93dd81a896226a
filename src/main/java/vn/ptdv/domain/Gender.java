package vn.ptdv.domain;

/** Gender as recorded on the citizen ID. The codes are stored in the database and printed in JSON. */
public enum Gender {
    MALE,
    FEMALE
}
