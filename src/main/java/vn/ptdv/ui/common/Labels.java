package vn.ptdv.ui.common;

import java.util.Optional;
import vn.ptdv.domain.CandidateStatus;
import vn.ptdv.domain.DisplayDates;
import vn.ptdv.domain.Gender;
import vn.ptdv.domain.Step;
import vn.ptdv.domain.StepCode;
import vn.ptdv.i18n.Messages;

/** How domain values read on screen. */
public final class Labels {
    private Labels() {
    }

    public static String gender(Gender gender) {
        return gender == null ? "" : Messages.text("gender." + gender.name());
    }

    public static String status(CandidateStatus status) {
        return status == null ? "" : Messages.text("status." + status.name());
    }

    public static String step(StepCode code) {
        return code == null ? "" : Messages.text("step." + code.name());
    }

    public static String stepShort(StepCode code) {
        return code == null ? "" : Messages.text("step." + code.name() + ".short");
    }

    /** "Quyết định kết nạp – 15/01/2026" for the list's current-step column. */
    public static String stepWithDate(Optional<Step> step) {
        return step.map(s -> stepShort(s.code()) + " – " + DisplayDates.format(s.date())).orElse("");
    }
}
