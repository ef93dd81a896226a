package vn.ptdv.ui.candidate;

import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.ptdv.domain.DisplayDates;
import vn.ptdv.domain.journal.JournalEntry;
import vn.ptdv.domain.journal.JournalKind;
import vn.ptdv.i18n.Messages;
import vn.ptdv.service.JournalText;

/** Tab Bồi dưỡng: the helper's last review and the next one due above the journal, newest first. */
final class JournalView extends BorderPane {
    private final ListView<JournalEntry> list;

    JournalView(JournalViewModel vm, Consumer<JournalKind> onAdd, Consumer<JournalEntry> onEdit,
                Consumer<JournalEntry> onRemove) {
        Messages m = Messages.current();
        Label last = new Label();
        last.setId("journalLastReview");
        last.textProperty().bind(vm.lastReviewProperty());
        last.setWrapText(true);
        last.setMinHeight(Region.USE_PREF_SIZE);
        Label next = new Label();
        next.setId("journalNextReview");
        next.textProperty().bind(vm.nextReviewProperty());
        next.setWrapText(true);
        next.setMinHeight(Region.USE_PREF_SIZE);
        next.getStyleClass().add("text-bold");
        next.textProperty().addListener((o, a, text) -> styleNextReview(next, vm));
        // The tab is built when first chosen, perhaps on a candidate already open.
        styleNextReview(next, vm);
        VBox summary = new VBox(2, last, next);
        summary.getStyleClass().add("pane-padding");

        list = new ListView<>(vm.entries());
        list.setId("journalList");
        Label empty = new Label(m.get("journal.empty"));
        empty.setWrapText(true); // beside a narrow page, on two lines rather than cut
        list.setPlaceholder(empty);
        list.setCellFactory(v -> new EntryCell(m, vm::today));
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                onEdit.accept(list.getSelectionModel().getSelectedItem());
            }
        });
        list.setOnKeyPressed(e -> {
            JournalEntry selected = list.getSelectionModel().getSelectedItem();
            if (selected != null && e.getCode() == KeyCode.DELETE) {
                onRemove.accept(selected);
            } else if (selected != null && e.getCode() == KeyCode.ENTER) {
                onEdit.accept(selected);
            }
        });
        // One menu for the four kinds: four buttons do not fit beside the list at 1366 pixels.
        MenuButton add = new MenuButton(m.get("journal.add"));
        add.setId("addJournalMenu");
        add.disableProperty().bind(vm.candidateIdProperty().isEqualTo(0));
        for (JournalKind kind : JournalKind.values()) {
            MenuItem item = new MenuItem(m.get("journal.add." + kind.name()));
            item.setId("addJournal_" + kind.name());
            item.setOnAction(e -> onAdd.accept(kind));
            add.getItems().add(item);
        }
        HBox buttons = new HBox(8, add);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button edit = new Button(m.get("journal.edit"));
        edit.setId("editJournalButton");
        edit.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> onEdit.accept(list.getSelectionModel().getSelectedItem()));
        Button remove = new Button(m.get("journal.delete"));
        remove.setId("removeJournalButton");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> onRemove.accept(list.getSelectionModel().getSelectedItem()));
        buttons.getChildren().addAll(spacer, edit, remove);
        buttons.getStyleClass().add("button-bar");
        setTop(summary);
        setCenter(list);
        setBottom(buttons);
    }

    /** The next review in red when it is overdue. */
    private static void styleNextReview(Label next, JournalViewModel vm) {
        String text = next.getText();
        next.getStyleClass().setAll(text != null && text.equals(vm.nextReviewProperty().get()) && vm.nextReviewOverdue()
                ? java.util.List.of("label", "text-bold", "danger") : java.util.List.of("label", "text-bold"));
    }

    private static final class EntryCell extends WrappingCell<JournalEntry> {
        private final Messages m;
        private final java.util.function.Supplier<java.time.LocalDate> today;

        EntryCell(Messages m, java.util.function.Supplier<java.time.LocalDate> today) {
            this.m = m;
            this.today = today;
        }

        @Override
        protected void updateItem(JournalEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            setText(null);
            if (empty || entry == null) {
                setGraphic(null);
                return;
            }
            // As in the timeline: Text with a bound wrapping width reports its true height.
            VBox box = new VBox(2, text(DisplayDates.format(entry.date()) + "   " + JournalText.kind(entry, m),
                    "step-title"));
            for (String line : JournalText.lines(entry, m, today.get())) {
                if (!line.isEmpty()) {
                    box.getChildren().add(text(line, "step-details"));
                }
            }
            setGraphic(box);
        }
    }
}
