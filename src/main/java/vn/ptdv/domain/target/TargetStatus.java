package vn.ptdv.domain.target;

/** Where a count stands against its range. The names are printed in JSON: never rename them. */
public enum TargetStatus {
    BELOW, WITHIN, ABOVE
}
