package vn.ptdv.domain.target;

import java.util.Map;

/**
 * How many count toward a year (domain.md, "What counts toward the yearly target"), and the new
 * admissions by category ({@link AdmissionBreakdown}): the numbers of {@link YearProgress} and the
 * breakdown, without the people.
 */
public record YearCount(int year, int cultivated, int admitted, int recognised,
                        Map<String, Map<String, Integer>> admittedBy) {
}
