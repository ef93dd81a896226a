package vn.ptdv.domain.target;

import java.util.Map;

/**
 * How many count toward a year (domain.md, "What counts toward the yearly target"), and the new
 * admissions by category ({@link AdmissionBreakdown}): the numbers of {@link YearProgress} and the
 * breakdown, without the people.
 */
public record YearCount(int year, int cultivated, int admitted, int recognised,
                        Map<String, Map<String, Integer>> admittedBy) {
    /** The counts of a progress worked out from the files, with its breakdown. */
    public static YearCount of(YearProgress progress, Map<String, Map<String, Integer>> admittedBy) {
        return new YearCount(progress.year(), progress.cultivated().size(), progress.admitted().size(),
                progress.recognised().size(), admittedBy);
    }
}
