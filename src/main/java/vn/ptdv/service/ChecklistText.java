package vn.ptdv.service;

import static vn.ptdv.domain.DisplayDates.format;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import vn.ptdv.domain.checklist.ChecklistItem;
import vn.ptdv.domain.checklist.Decision;
import vn.ptdv.domain.checklist.DocumentKind;
import vn.ptdv.domain.checklist.DocumentStatus;
import vn.ptdv.domain.checklist.FileChecklist;
import vn.ptdv.domain.checklist.FileProgress;
import vn.ptdv.i18n.Messages;

/** The file checklist as a person reads it, in their language: for the screen and for exports alike. */
public final class ChecklistText {
    private ChecklistText() {
    }

    /** "Đơn xin vào Đảng (mẫu 1-KNĐ)". */
    public static String kind(DocumentKind kind, Messages m) {
        return m.get("checklist.kind." + kind.name());
    }

    /** "Lý lịch": for lists of what is lacking. */
    public static String kindShort(DocumentKind kind, Messages m) {
        return m.get("checklist.kind." + kind.name() + ".short");
    }

    /** "Có", "Còn thiếu", "Hết hạn", …. */
    public static String status(DocumentStatus status, Messages m) {
        return m.get("checklist.status." + status.name());
    }

    /** "Để chi bộ xét kết nạp": the heading of a decision's documents. */
    public static String decision(Decision decision, Messages m) {
        return m.get("checklist.decision." + decision.name());
    }

    /**
     * What a person needs to know about the document beside its status: its date and number and how
     * long it stays usable; why it no longer is and since when; which step records it when missing.
     */
    public static String detail(ChecklistItem item, FileChecklist checklist, Messages m) {
        String date = item.date().map(d -> format(d)).orElse("");
        return switch (item.status()) {
            case PRESENT -> present(item, checklist, m);
            case MISSING -> m.get("checklist.detail.missing", m.get("step." + item.kind().step().name() + ".short"));
            case EXPIRED -> outdated(date, item, checklist, m, "checklist.detail.expired", "checklist.detail.expiredAtVote");
            case STALE -> outdated(date, item, checklist, m, "checklist.detail.stale", "checklist.detail.staleAtVote");
            case NOT_YET_NEEDED, NOT_NEEDED -> "";
        };
    }

    /** Since when the document can no longer be used, and whether the cell voted on it all the same. */
    private static String outdated(String date, ChecklistItem item, FileChecklist checklist, Messages m,
                                   String beforeVote, String atVote) {
        String until = format(item.usableUntil().orElseThrow());
        return checklist.cellVote().map(vote -> m.get(atVote, date, until, format(vote)))
                .orElseGet(() -> m.get(beforeVote, date, until));
    }

    private static String present(ChecklistItem item, FileChecklist checklist, Messages m) {
        List<String> parts = new ArrayList<>();
        item.date().ifPresent(d -> parts.add(m.get("checklist.detail.date", format(d))));
        if (!item.documentNumber().isEmpty()) {
            parts.add(m.get("checklist.detail.number", item.documentNumber()));
        }
        // How long it stays usable matters only while the cell has not voted on it.
        if (item.usableUntil().isPresent() && checklist.cellVote().isEmpty() && checklist.next().isPresent()
                && checklist.next().get() == Decision.CELL_VOTE) {
            parts.add(m.get("checklist.detail.usableUntil", format(item.usableUntil().get())));
        }
        return String.join(" · ", parts);
    }

    /**
     * One or two sentences above the list: how many documents the next decision has, and which are
     * lacking; or that the file is ready for the cell's vote, complete, or closed.
     */
    public static String summary(FileChecklist checklist, Messages m) {
        if (checklist.closed()) {
            return m.get("checklist.summary.closed", m.get("status." + checklist.status().name()));
        }
        FileProgress progress = checklist.progress();
        String first = checklist.readyForCellVote() ? m.get("checklist.summary.ready", progress.present(), progress.needed())
                : checklist.next().map(d -> m.get("checklist.summary.progress", progress.present(), progress.needed(),
                        m.get("checklist.goal." + d.name())))
                .orElseGet(() -> m.get("checklist.summary.whole", progress.present(), progress.needed()));
        List<ChecklistItem> lacking = checklist.lacking();
        if (lacking.isEmpty()) {
            return first;
        }
        String names = lacking.stream().map(i -> kindShort(i.kind(), m)
                        + (i.status() == DocumentStatus.MISSING ? "" : " (" + status(i.status(), m).toLowerCase(m.locale()) + ")"))
                .collect(Collectors.joining(", "));
        return first + " " + m.get("checklist.summary.lacking", names);
    }

    /** "5/8 giấy tờ", for the progress column of the candidate list. */
    public static String progress(FileProgress progress, Messages m) {
        return m.get(progress.readyForCellVote() ? "checklist.progress.ready" : "checklist.progress",
                progress.present(), progress.needed());
    }
}
