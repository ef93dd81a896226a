package vn.ptdv.ui.candidate;

import java.time.format.DateTimeFormatter;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import vn.ptdv.i18n.Messages;
import vn.ptdv.service.AuditLine;

/**
 * The candidate's "Lịch sử" tab: their entries of the audit trail, newest first, read only. The pane
 * beside the list is narrow, so each entry is a small block (when and who, what, the changes below)
 * rather than a row of columns.
 */
final class HistoryView extends VBox {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    HistoryView(CandidateHistoryViewModel vm) {
        super(8);
        Messages m = Messages.current();
        Label help = new Label(m.get("audit.history.help"));
        help.setWrapText(true);
        help.getStyleClass().add("text-muted");
        help.setMinHeight(Region.USE_PREF_SIZE);
        ListView<AuditLine> list = new ListView<>(vm.lines());
        list.setId("candidateHistoryList");
        Label empty = new Label(m.get("audit.none"));
        empty.setWrapText(true); // beside a narrow page, on two lines rather than cut
        list.setPlaceholder(empty);
        list.setCellFactory(v -> new EntryCell(list));
        Label status = new Label();
        status.textProperty().bind(vm.statusProperty());
        status.getStyleClass().add("text-muted");
        getChildren().addAll(help, list, status);
        VBox.setVgrow(list, Priority.ALWAYS);
        getStyleClass().add("history-pane");
    }

    /** Text nodes, not labels: they wrap at the list's width and tell the cell their real height. */
    private static final class EntryCell extends ListCell<AuditLine> {
        private final Text when = new Text();
        private final Text what = new Text();
        private final Text changes = new Text();
        private final VBox box = new VBox(2, when, what, changes);

        EntryCell(ListView<AuditLine> list) {
            when.getStyleClass().addAll("audit-cell-text", "audit-when");
            what.getStyleClass().addAll("audit-cell-text", "audit-what");
            changes.getStyleClass().add("audit-cell-text");
            for (Text t : new Text[] {when, what, changes}) {
                t.wrappingWidthProperty().bind(list.widthProperty().subtract(36));
            }
            changes.managedProperty().bind(changes.textProperty().isNotEmpty());
        }

        @Override
        protected void updateItem(AuditLine item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            when.setText(TIME.format(item.at()) + (item.who().isEmpty() ? "" : " · " + item.who()));
            what.setText(item.what());
            changes.setText(item.changesText());
            setGraphic(box);
        }
    }
}
