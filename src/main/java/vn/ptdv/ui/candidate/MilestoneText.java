package vn.ptdv.ui.candidate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.ptdv.domain.CandidateFile;
import vn.ptdv.domain.DisplayDates;
import vn.ptdv.domain.Milestones;
import vn.ptdv.domain.Step;
import vn.ptdv.i18n.Messages;
import vn.ptdv.ui.common.Labels;

/** The line under a candidate's name: status and the dates that matter, at a glance. */
final class MilestoneText {
    private MilestoneText() {
    }

    static String of(List<Step> steps) {
        Milestones ms = Milestones.of(steps, Milestones.DEFAULT_PROBATION);
        List<String> parts = new ArrayList<>();
        parts.add(Labels.status(CandidateFile.status(steps)));
        add(parts, "milestone.certificate", ms.certificate());
        add(parts, "milestone.admission", ms.admissionDecision());
        add(parts, "milestone.ceremony", ms.ceremony());
        if (ms.officialDecision().isEmpty()) {
            add(parts, "milestone.probationEnd", ms.probationEnd());
        }
        add(parts, "milestone.official", ms.officialDecision());
        return String.join("  ·  ", parts);
    }

    private static void add(List<String> parts, String key, Optional<LocalDate> date) {
        date.ifPresent(d -> parts.add(Messages.text(key, DisplayDates.format(d))));
    }
}
