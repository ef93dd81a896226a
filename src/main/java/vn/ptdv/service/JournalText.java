package vn.ptdv.service;

import java.util.ArrayList;
import java.util.List;
import vn.ptdv.domain.DisplayDates;
import vn.ptdv.domain.journal.Assessment;
import vn.ptdv.domain.journal.JournalEntry;
import vn.ptdv.domain.journal.ReviewHeading;
import vn.ptdv.i18n.Messages;

/** A journal entry as a person reads it, in their language: for the candidate's page and the command line. */
public final class JournalText {
    private JournalText() {
    }

    /** What kind of entry it is: "Giao nhiệm vụ", "Nhận xét của đảng viên giúp đỡ", … */
    public static String kind(JournalEntry e, Messages m) {
        return m.get("journal.kind." + e.kind().name());
    }

    /**
     * The entry's lines as of {@code today}: a task past its due date without a result, or with a result
     * given after it, says so.
     */
    public static List<String> lines(JournalEntry e, Messages m, java.time.LocalDate today) {
        List<String> lines = new ArrayList<>(lines(e, m));
        if (e.kind() == vn.ptdv.domain.journal.JournalKind.TASK && e.due().isPresent() && !lines.isEmpty()) {
            java.time.LocalDate due = e.due().get();
            String last = lines.get(lines.size() - 1);
            if (e.outcome().isEmpty() && due.isBefore(today)) {
                lines.set(lines.size() - 1, last + " — " + m.get("journal.line.overdue", DisplayDates.format(due)));
            } else if (e.outcome().isPresent() && e.outcome().get().date().isAfter(due)) {
                lines.set(lines.size() - 1, last + " (" + m.get("journal.line.late") + ")");
            }
        }
        return lines;
    }

    /** The entry's content in a few lines: the task and its result, the review's grades and opinion, the text. */
    public static List<String> lines(JournalEntry e, Messages m) {
        List<String> lines = new ArrayList<>();
        switch (e.kind()) {
            case TASK -> {
                lines.add(e.text());
                String by = e.person().isEmpty() ? "" : m.get("journal.line.by", e.person());
                String due = e.due().map(d -> m.get("journal.line.due", DisplayDates.format(d))).orElse("");
                String meta = String.join(" · ", List.of(by, due).stream().filter(s -> !s.isEmpty()).toList());
                if (!meta.isEmpty()) {
                    lines.add(meta);
                }
                lines.add(e.outcome().map(o -> m.get("journal.line.result", DisplayDates.format(o.date()),
                                m.get("journal.result." + o.result().name()))
                        + (o.comment().isEmpty() ? "" : " — " + o.comment()))
                        .orElse(m.get("journal.line.noResult")));
            }
            case REVIEW -> {
                lines.add(m.get("journal.line.helper", e.person()));
                for (ReviewHeading h : ReviewHeading.values()) {
                    Assessment a = e.assessments().get(h);
                    if (a != null) {
                        lines.add(m.get("journal.heading." + h.name()) + ": " + m.get("journal.rating." + a.rating().name())
                                + (a.comment().isEmpty() ? "" : " — " + a.comment()));
                    }
                }
                e.ready().ifPresent(r -> lines.add(m.get(r ? "journal.ready.yes" : "journal.ready.no")
                        + (e.text().isEmpty() ? "" : " — " + e.text())));
            }
            default -> lines.add(e.text());
        }
        return lines;
    }
}
