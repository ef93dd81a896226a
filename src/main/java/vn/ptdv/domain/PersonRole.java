package vn.ptdv.domain;

/** The part a person plays on a step. Stored as text in the database. */
public enum PersonRole {
    /** An official member assigned to help the candidate (HELPER_ASSIGNED). */
    HELPER,
    /** An official member who introduces the candidate (INTRODUCTION). */
    INTRODUCER,
    /** The Youth Union's grassroots executive, introducing a Youth Union member (INTRODUCTION). */
    YOUTH_UNION_INTRODUCER
}
