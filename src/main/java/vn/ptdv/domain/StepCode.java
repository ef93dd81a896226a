package vn.ptdv.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The steps of a candidate's file. The names are stable codes (import files, command line, JSON):
 * never rename them. {@link #order()} is the position in the procedure of domain.md; the two
 * closing codes have no position.
 */
public enum StepCode {
    SOURCE_LISTED(1, Fields.DOCUMENT),
    HELPER_ASSIGNED(2, Fields.HELPERS),
    AWARENESS_CLASS(3, Fields.DOCUMENT, Fields.ISSUER),
    APPLICATION(4),
    BIOGRAPHY(5),
    VERIFICATION(6, Fields.RESULT),
    INTRODUCTION(7, Fields.INTRODUCERS),
    COMMENTS(8),
    CELL_RESOLUTION(9, Fields.DOCUMENT, Fields.VOTES),
    COMMITTEE_RESOLUTION(10, Fields.DOCUMENT),
    ADMISSION_DECISION(11, Fields.DOCUMENT, Fields.ISSUER, Fields.RECEIVED),
    CEREMONY(12),
    NEW_MEMBER_CLASS(13, Fields.DOCUMENT),
    PROBATION_REVIEW(14),
    OFFICIAL_RESOLUTION(15, Fields.DOCUMENT, Fields.VOTES),
    OFFICIAL_DECISION(16, Fields.DOCUMENT, Fields.ISSUER),
    STOPPED(0, Fields.REASON),
    MOVED_AWAY(0, Fields.REASON);

    /** What a step records beyond its date and note. */
    public enum Fields {
        DOCUMENT, ISSUER, RECEIVED, RESULT, VOTES, HELPERS, INTRODUCERS, REASON
    }

    private final int order;
    private final List<Fields> fields;

    StepCode(int order, Fields... fields) {
        this.order = order;
        this.fields = List.of(fields);
    }

    /** Position 1–16 in the procedure; 0 for the codes that close a file without admission. */
    public int order() {
        return order;
    }

    public boolean records(Fields field) {
        return fields.contains(field);
    }

    public boolean closesFile() {
        return order == 0;
    }

    public Optional<PersonRole> personRole() {
        if (records(Fields.HELPERS)) {
            return Optional.of(PersonRole.HELPER);
        }
        if (records(Fields.INTRODUCERS)) {
            return Optional.of(PersonRole.INTRODUCER);
        }
        return Optional.empty();
    }

    /** Procedure steps in order, then the closing codes. */
    public static List<StepCode> inProcedureOrder() {
        return Arrays.asList(values());
    }

    /** By name, for reading hundreds of thousands of stored steps without a search through the codes. */
    private static final java.util.Map<String, StepCode> BY_NAME = Arrays.stream(values())
            .collect(java.util.stream.Collectors.toUnmodifiableMap(StepCode::name, c -> c));

    public static Optional<StepCode> parse(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(BY_NAME.get(code));
    }
}
