package vn.ptdv.ui.candidate;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The candidate's "Hồ sơ" tab: what the file still lacks at the top, then each decision's documents
 * with a status icon, the status in words (not by colour alone) and the details below the name.
 */
final class ChecklistView extends VBox {
    private final ChecklistViewModel vm;
    private final VBox content = new VBox(4);

    ChecklistView(ChecklistViewModel vm) {
        super(8);
        this.vm = vm;
        Label summary = new Label();
        summary.setId("checklistSummary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.textProperty().bind(vm.summaryProperty());
        vm.summaryStyleProperty().addListener((o, old, now) -> {
            summary.getStyleClass().remove(old);
            if (!now.isEmpty()) {
                summary.getStyleClass().add(now);
            }
        });
        // The tab is built when first chosen, perhaps on a candidate already open.
        if (!vm.summaryStyleProperty().get().isEmpty()) {
            summary.getStyleClass().add(vm.summaryStyleProperty().get());
        }
        content.setId("checklistGroups");
        content.getStyleClass().add("checklist");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        getChildren().addAll(summary, scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getStyleClass().add("checklist-pane");
        vm.groups().addListener((ListChangeListener<ChecklistViewModel.Group>) c -> showGroups());
        showGroups();
    }

    private void showGroups() {
        content.getChildren().clear();
        for (ChecklistViewModel.Group group : vm.groups()) {
            Label heading = new Label(group.heading());
            heading.getStyleClass().add("review-heading");
            if (group.later()) {
                heading.getStyleClass().add("text-muted");
            }
            heading.setWrapText(true);
            heading.setMinHeight(Region.USE_PREF_SIZE);
            content.getChildren().add(heading);
            group.rows().forEach(r -> content.getChildren().add(row(r)));
        }
    }

    private static HBox row(ChecklistViewModel.Row r) {
        FontIcon icon = vn.ptdv.ui.common.AppIcon.of(r.icon()).node();
        icon.getStyleClass().add("checklist-icon");
        Label name = new Label(r.label());
        name.setWrapText(true);
        name.setMinHeight(Region.USE_PREF_SIZE);
        name.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(name, Priority.ALWAYS);
        Label status = new Label(r.status());
        status.getStyleClass().add("checklist-status");
        status.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(8, name, status);
        VBox text = new VBox(1, top);
        if (!r.detail().isEmpty()) {
            Label detail = new Label(r.detail());
            detail.setWrapText(true);
            detail.setMinHeight(Region.USE_PREF_SIZE);
            detail.getStyleClass().add("checklist-detail");
            text.getChildren().add(detail);
        }
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(8, icon, text);
        row.setId("checklist_" + r.kind().name());
        row.getStyleClass().addAll("checklist-row", r.style());
        return row;
    }
}
