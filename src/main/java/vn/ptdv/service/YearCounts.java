package vn.ptdv.service;

import vn.ptdv.domain.target.YearCount;
import vn.ptdv.domain.target.YearTarget;

/** A year's target, where it comes from, and how many count toward it: {@link YearStats} without the people. */
public record YearCounts(YearTarget target, TargetService.Origin targetOrigin, YearCount count) {
}
