package vn.ptdv.ui.candidate;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import vn.ptdv.domain.DisplayDates;
import vn.ptdv.domain.PersonRole;
import vn.ptdv.domain.Step;
import vn.ptdv.domain.StepPerson;
import vn.ptdv.i18n.Messages;

/** The detail line of a step in the timeline: what the step recorded, in words. */
final class StepDescriptions {
    private StepDescriptions() {
    }

    static String details(Step s) {
        Messages m = Messages.current();
        List<String> parts = new ArrayList<>();
        if (!s.documentNumber().isEmpty()) {
            parts.add(m.get("step.detail.number", s.documentNumber()));
        }
        if (!s.issuingBody().isEmpty()) {
            parts.add(s.issuingBody());
        }
        s.receivedDate().ifPresent(d -> parts.add(m.get("step.detail.received", DisplayDates.format(d))));
        if (s.officialMembers().isPresent() || s.votesFor().isPresent()) {
            parts.add(m.get("step.detail.votes", s.votesFor().map(String::valueOf).orElse("?"),
                    s.officialMembers().map(String::valueOf).orElse("?")));
        }
        s.membersPresent().ifPresent(n -> parts.add(m.get("step.detail.present", n)));
        if (!s.result().isEmpty()) {
            parts.add(s.result());
        }
        for (PersonRole role : PersonRole.values()) {
            List<StepPerson> withRole = s.people().stream().filter(p -> p.role() == role).toList();
            if (!withRole.isEmpty()) {
                parts.add(m.get("person.role." + role.name() + ".short") + ": "
                        + withRole.stream().map(StepDescriptions::person).collect(Collectors.joining(", ")));
            }
        }
        if (!s.note().isEmpty()) {
            parts.add(s.note());
        }
        return String.join(" · ", parts);
    }

    private static String person(StepPerson p) {
        Messages m = Messages.current();
        return p.name() + p.knownSince().map(d -> " " + m.get("step.detail.knownSince", DisplayDates.format(d))).orElse("");
    }
}
