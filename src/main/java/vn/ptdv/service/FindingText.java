package vn.ptdv.service;

import vn.ptdv.domain.StepCode;
import vn.ptdv.domain.rules.Finding;
import vn.ptdv.i18n.Messages;

/** A finding as a person reads it, in their language. */
public final class FindingText {
    /** The keys of the steps' short names, made once: a ward's report names steps in tens of thousands of findings. */
    private static final String[] SHORT_NAMES = java.util.Arrays.stream(StepCode.values())
            .map(code -> "step." + code.name() + ".short").toArray(String[]::new);

    private FindingText() {
    }

    public static String message(Finding finding, Messages messages) {
        // A loop, not a stream: a ward's report writes tens of thousands of findings.
        Object[] args = finding.args().toArray();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof StepCode code) {
                args[i] = messages.get(SHORT_NAMES[code.ordinal()]);
            }
        }
        return messages.get(finding.messageKey(), args);
    }
}
