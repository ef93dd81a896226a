package vn.ptdv.service;

import vn.ptdv.domain.StepCode;
import vn.ptdv.domain.rules.Finding;
import vn.ptdv.i18n.Messages;

/** A finding as a person reads it, in their language. */
public final class FindingText {
    private FindingText() {
    }

    public static String message(Finding finding, Messages messages) {
        Object[] args = finding.args().stream()
                .map(a -> a instanceof StepCode code ? messages.get("step." + code.name() + ".short") : a)
                .toArray();
        return messages.get(finding.messageKey(), args);
    }
}
