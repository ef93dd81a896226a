package vn.ptdv.ui.candidate;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.ptdv.domain.checklist.ChecklistItem;
import vn.ptdv.domain.checklist.Decision;
import vn.ptdv.domain.checklist.DocumentKind;
import vn.ptdv.domain.checklist.FileChecklist;
import vn.ptdv.i18n.Messages;
import vn.ptdv.service.ChecklistText;

/**
 * The candidate's "Hồ sơ" tab: the documents of the file grouped by the decision that needs them,
 * each with its status, icon and what to know about it, and a summary of what is still lacking. It
 * follows the checklist the file review works out with the findings, so both come from one reading.
 */
public final class ChecklistViewModel {
    /** One document as shown: the icon is an Ikonli literal, the style a CSS class of ptdv.css. */
    public record Row(DocumentKind kind, String label, String status, String detail, String icon, String style) {
    }

    /** The documents a decision adds; {@code later} when the file is not yet being put together for it. */
    public record Group(Decision decision, String heading, boolean later, List<Row> rows) {
        public Group {
            rows = List.copyOf(rows);
        }
    }

    private final Messages m = Messages.current();
    private final ObservableList<Group> groups = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty summaryStyle = new SimpleStringProperty("");

    public ChecklistViewModel(ObservableValue<FileChecklist> checklist) {
        checklist.addListener((o, old, now) -> show(now));
        show(checklist.getValue());
    }

    public ObservableList<Group> groups() {
        return groups;
    }

    /** "Có 5/8 giấy tờ cần để … Còn thiếu hoặc phải làm lại: …". */
    public StringProperty summaryProperty() {
        return summary;
    }

    /** The summary's CSS class: ready or complete, lacking something, or neither (a closed file). */
    public StringProperty summaryStyleProperty() {
        return summaryStyle;
    }

    private void show(FileChecklist checklist) {
        if (checklist == null) {
            groups.clear();
            summary.set("");
            summaryStyle.set("");
            return;
        }
        List<Group> shown = new ArrayList<>();
        for (Decision decision : Decision.values()) {
            boolean later = !checklist.closed() && checklist.next().isPresent() && decision.isAfter(checklist.next().get());
            String heading = ChecklistText.decision(decision, m) + (later ? " (" + m.get("checklist.later") + ")" : "");
            shown.add(new Group(decision, heading, later,
                    checklist.addedFor(decision).stream().map(i -> row(i, checklist)).toList()));
        }
        groups.setAll(shown);
        summary.set(ChecklistText.summary(checklist, m));
        summaryStyle.set(checklist.closed() ? "text-muted"
                : checklist.lacking().isEmpty() ? "checklist-summary-complete" : "checklist-summary-lacking");
    }

    private Row row(ChecklistItem item, FileChecklist checklist) {
        String icon;
        String style;
        switch (item.status()) {
            case PRESENT -> {
                icon = item.runningOut() ? "mdi2c-clock-alert-outline" : "mdi2c-check-circle";
                style = item.runningOut() ? "checklist-running-out" : "checklist-present";
            }
            case MISSING -> {
                icon = "mdi2c-close-circle";
                style = "checklist-missing";
            }
            case EXPIRED, STALE -> {
                icon = "mdi2a-alert-circle";
                style = "checklist-outdated";
            }
            case NOT_YET_NEEDED -> {
                icon = "mdi2c-circle-outline";
                style = "checklist-later";
            }
            default -> {
                icon = "mdi2m-minus-circle-outline";
                style = "checklist-later";
            }
        }
        return new Row(item.kind(), ChecklistText.kind(item.kind(), m), ChecklistText.status(item.status(), m),
                ChecklistText.detail(item, checklist, m), icon, style);
    }
}
