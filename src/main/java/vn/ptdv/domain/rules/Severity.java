package vn.ptdv.domain.rules;

/** How much a finding matters: an error breaks the rules, a warning needs attention, info reminds. */
public enum Severity {
    ERROR,
    WARNING,
    INFO
}
