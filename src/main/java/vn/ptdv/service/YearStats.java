package vn.ptdv.service;

import java.util.Map;
import vn.ptdv.domain.target.YearProgress;
import vn.ptdv.domain.target.YearTarget;

/** A year in numbers: its target, who counts, and the new admissions by category. */
public record YearStats(int year, YearTarget target, TargetService.Origin targetOrigin, YearProgress progress,
                        Map<String, Map<String, Integer>> admittedBy) {
}
