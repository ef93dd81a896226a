package vn.ptdv.domain.rules;

/**
 * The rules the program checks (domain.md, "Rules the program checks"). The names are stable codes:
 * they appear in the JSON of {@code check} and in stored settings. Each has one number (or, for the
 * vote, a fraction) the committee may change, with its default, its unit and the text it comes from.
 */
public enum RuleCode {
    AGE_MIN("18", Unit.YEARS, Source.CHARTER),
    AGE_MAX("60", Unit.YEARS, Source.GUIDE_06),
    EDUCATION_MIN("9", Unit.GRADE, Source.REGULATION_294),
    /** The certificate's validity; the warning comes {@link RuleCode#CERT_WARNING} days ahead. */
    CERT_VALIDITY("60", Unit.MONTHS, Source.GUIDE_06),
    FILE_FRESHNESS("12", Unit.MONTHS, Source.GUIDE_06),
    INTRODUCERS("2", Unit.PEOPLE, Source.CHARTER),
    INTRODUCER_ACQUAINTANCE("12", Unit.MONTHS, Source.CHARTER),
    /** The Youth Union introduces its members up to this age (the Union's charter: 16–30). */
    YOUTH_AGE_MAX("30", Unit.YEARS, Source.CHARTER),
    VOTE_THRESHOLD("2/3", Unit.FRACTION, Source.CHARTER),
    DECISION_DEADLINE("60", Unit.WORKING_DAYS, Source.REGULATION_294),
    CEREMONY_DEADLINE("30", Unit.WORKING_DAYS, Source.REGULATION_294),
    PROBATION_LENGTH("12", Unit.MONTHS, Source.CHARTER),
    OFFICIAL_REVIEW_DEADLINE("30", Unit.WORKING_DAYS, Source.REGULATION_294),
    OFFICIAL_DECISION_DEADLINE("30", Unit.WORKING_DAYS, Source.REGULATION_294),
    STEP_ORDER("", Unit.NONE, Source.GUIDE_12),
    HELPER_ASSIGNED_IN_TIME("30", Unit.DAYS, Source.GUIDE_06),
    STALLED("6", Unit.MONTHS, Source.PROGRAM),
    HELPER_REVIEW_DUE("3", Unit.MONTHS, Source.GUIDE_06),
    /** A task in the training journal past its due date without a result; the date is the task's own. */
    TASK_OVERDUE("", Unit.NONE, Source.PROGRAM),
    /** How early CERT_VALIDITY warns (the second number of that rule in domain.md). */
    CERT_WARNING("90", Unit.DAYS, Source.GUIDE_06);

    /** What the number counts. */
    public enum Unit {
        YEARS, MONTHS, DAYS, WORKING_DAYS, PEOPLE, FRACTION, GRADE, NONE
    }

    /** Where the rule comes from; the texts are in the resource bundle (rule.source.*). */
    public enum Source {
        CHARTER, REGULATION_294, GUIDE_06, GUIDE_12, PROGRAM
    }

    private final String defaultValue;
    private final Unit unit;
    private final Source source;

    RuleCode(String defaultValue, Unit unit, Source source) {
        this.defaultValue = defaultValue;
        this.unit = unit;
        this.source = source;
    }

    /** The default as text: a whole number, or a fraction such as "2/3". */
    public String defaultValue() {
        return defaultValue;
    }

    public Unit unit() {
        return unit;
    }

    public Source source() {
        return source;
    }

    /** Whether the committee can change the number (STEP_ORDER has none). */
    public boolean hasValue() {
        return unit != Unit.NONE;
    }
}
