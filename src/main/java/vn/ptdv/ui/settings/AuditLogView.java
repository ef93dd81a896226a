package vn.ptdv.ui.settings;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.ptdv.domain.audit.AuditKind;
import vn.ptdv.i18n.Messages;
import vn.ptdv.ui.common.AuditTable;
import vn.ptdv.ui.common.FieldErrors;

/** The Nhật ký tab: filters above, the trail in the middle, more and the Excel export below. Read only. */
final class AuditLogView extends VBox {
    private final Messages m = Messages.current();

    AuditLogView(AuditLogViewModel vm) {
        super(10);
        Label title = new Label(m.get("audit.title"));
        title.getStyleClass().add("title-3");
        Label help = new Label(m.get("audit.help"));
        help.setWrapText(true);
        help.getStyleClass().add("text-muted");
        help.setMinHeight(Region.USE_PREF_SIZE);

        TextField from = dateField("auditFrom", vm.fromProperty(), m.get("audit.filter.from"));
        TextField to = dateField("auditTo", vm.toProperty(), m.get("audit.filter.to"));
        ComboBox<AuditKind> kind = new ComboBox<>();
        kind.setId("auditKind");
        kind.getItems().add(null);
        kind.getItems().addAll(AuditKind.values());
        kind.setButtonCell(new KindCell());
        kind.setCellFactory(v -> new KindCell());
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        TextField search = new TextField();
        search.setId("auditSearch");
        search.setPromptText(m.get("audit.filter.text.prompt"));
        search.textProperty().bindBidirectional(vm.textProperty());
        // The hint is read whole: the field is never narrower than it (the filters wrap instead).
        search.setMinWidth(vn.ptdv.ui.common.TextWidth.of(search.getPromptText(), search.getFont())
                + 2 * search.getFont().getSize());
        search.setPrefWidth(search.getMinWidth());
        Button apply = new Button(m.get("audit.filter.apply"));
        apply.setId("auditApply");
        apply.getStyleClass().add("accent");
        apply.setOnAction(e -> vm.load());
        // Enter in any filter field shows the entries at once.
        from.setOnAction(e -> vm.load());
        to.setOnAction(e -> vm.load());
        search.setOnAction(e -> vm.load());
        kind.valueProperty().addListener((o, a, b) -> vm.load());
        javafx.scene.layout.FlowPane filters = new javafx.scene.layout.FlowPane(8, 8, labelled(m.get("audit.filter.from"), FieldErrors.withError(from, "from", vm.errors())),
                labelled(m.get("audit.filter.to"), FieldErrors.withError(to, "to", vm.errors())), kind, search, apply);
        filters.setAlignment(Pos.TOP_LEFT);
        filters.setMinWidth(0);

        AuditTable table = new AuditTable(vm.lines(), true, m.get("audit.none"));
        table.setId("auditTable");
        VBox.setVgrow(table, Priority.ALWAYS);

        Label status = new Label();
        status.setId("auditStatus");
        status.textProperty().bind(vm.statusProperty());
        status.getStyleClass().add("text-muted");
        Button more = new Button(m.get("audit.more"));
        more.setId("auditMore");
        more.visibleProperty().bind(vm.hasMoreProperty());
        more.managedProperty().bind(more.visibleProperty());
        more.disableProperty().bind(vm.runningProperty());
        more.setOnAction(e -> vm.more());
        Button export = new Button(m.get("audit.export"));
        export.setId("auditExport");
        export.disableProperty().bind(vm.runningProperty());
        export.setOnAction(e -> vm.export());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bottom = new HBox(8, status, more, spacer, export);
        bottom.setAlignment(Pos.CENTER_LEFT);

        getChildren().addAll(title, help, filters, table, bottom);
        getStyleClass().add("pane-padding");
    }

    private static TextField dateField(String id, javafx.beans.property.StringProperty value, String label) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(Messages.current().get("date.prompt"));
        field.setPrefColumnCount(8);
        field.setAccessibleText(label);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private static HBox labelled(String text, VBox field) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setPadding(new javafx.geometry.Insets(6, 0, 0, 0));
        return new HBox(6, label, field);
    }

    private final class KindCell extends ListCell<AuditKind> {
        @Override
        protected void updateItem(AuditKind item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item == null ? m.get("audit.filter.kind.all") : m.get("audit.kind." + item.name()));
        }
    }
}
