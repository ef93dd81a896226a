package vn.ptdv.domain.rules;

import java.time.LocalDate;
import java.util.Optional;
import vn.ptdv.domain.StepCode;

/**
 * A step the file needs next, with the earliest day it may happen and the latest day it must (each
 * with the rule that sets it, when there is one).
 */
public record NextStep(StepCode code, Optional<LocalDate> earliest, Optional<RuleCode> earliestRule,
                       Optional<LocalDate> latest, Optional<RuleCode> latestRule) {

    static NextStep of(StepCode code) {
        return new NextStep(code, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    NextStep from(LocalDate day, RuleCode rule) {
        return new NextStep(code, Optional.of(day), Optional.ofNullable(rule), latest, latestRule);
    }

    NextStep by(LocalDate day, RuleCode rule) {
        return new NextStep(code, earliest, earliestRule, Optional.of(day), Optional.of(rule));
    }
}
