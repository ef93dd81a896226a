package vn.ptdv.ui.candidate;

import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.ptdv.i18n.Messages;
import vn.ptdv.ui.common.AuditTable;

/** The candidate's "Lịch sử thay đổi" tab: their entries of the audit trail, read only. */
final class HistoryView extends VBox {
    HistoryView(CandidateHistoryViewModel vm) {
        super(8);
        Messages m = Messages.current();
        Label help = new Label(m.get("audit.history.help"));
        help.setWrapText(true);
        help.getStyleClass().add("text-muted");
        AuditTable table = new AuditTable(vm.lines(), false, m.get("audit.none"));
        table.setId("candidateHistoryTable");
        Label status = new Label();
        status.textProperty().bind(vm.statusProperty());
        status.getStyleClass().add("text-muted");
        getChildren().addAll(help, table, status);
        VBox.setVgrow(table, Priority.ALWAYS);
        getStyleClass().add("history-pane");
    }
}
