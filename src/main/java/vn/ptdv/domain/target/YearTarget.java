package vn.ptdv.domain.target;

import java.util.Optional;

/**
 * A year's target, as the cell's resolution set it: cultivated and admitted, and optionally
 * recognised as full members; {@code note} names the resolution.
 */
public record YearTarget(int year, TargetRange cultivated, TargetRange admitted, Optional<TargetRange> recognised,
                         String note) {
    /** The usual target of a residential group's cell (domain.md): cultivate 3–5, admit 1–2. */
    public static YearTarget usual(int year) {
        return new YearTarget(year, new TargetRange(3, 5), new TargetRange(1, 2), Optional.empty(), "");
    }

    /** The same target for another year (a new year starts from the previous one). */
    public YearTarget forYear(int other) {
        return new YearTarget(other, cultivated, admitted, recognised, "");
    }
}
