package vn.ptdv.service;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import vn.ptdv.domain.rules.Acknowledgement;
import vn.ptdv.domain.rules.Finding;
import vn.ptdv.domain.rules.Severity;

/** A finding on the to-do list, with its acknowledgement when a committee member gave one. */
public record TodoItem(Finding finding, Optional<Acknowledgement> acknowledgement) {

    /** Where the item stands in the list: overdue first, then due within 30, 60, 90 days. */
    public enum Group {
        OVERDUE, WITHIN_30, WITHIN_60, WITHIN_90, LATER, ACKNOWLEDGED
    }

    public Group group(LocalDate today) {
        if (acknowledgement.isPresent()) {
            return Group.ACKNOWLEDGED;
        }
        Optional<LocalDate> due = finding.due();
        if (due.isEmpty()) {
            // An error without a deadline must be put right now; other notes have no date.
            return finding.severity() == Severity.ERROR ? Group.OVERDUE : Group.LATER;
        }
        long days = ChronoUnit.DAYS.between(today, due.get());
        if (days < 0) {
            return Group.OVERDUE;
        }
        return days <= 30 ? Group.WITHIN_30 : days <= 60 ? Group.WITHIN_60 : days <= 90 ? Group.WITHIN_90 : Group.LATER;
    }
}
