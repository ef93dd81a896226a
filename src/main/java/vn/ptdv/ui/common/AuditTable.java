package vn.ptdv.ui.common;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import vn.ptdv.i18n.Messages;
import vn.ptdv.service.AuditLine;

/**
 * Entries of the audit trail, newest first: time, who, (the candidate,) what, and the changes one a
 * line, wrapped so that nothing hides behind a narrow column. Read only: no editing, no menu to delete.
 */
public final class AuditTable extends TableView<AuditLine> {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private final Messages m = Messages.current();

    public AuditTable(ObservableList<AuditLine> lines, boolean withCandidate, String emptyText) {
        super(lines);
        setPlaceholder(new Label(emptyText));
        setEditable(false);
        getStyleClass().add("audit-table");
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        List<TableColumn<AuditLine, String>> columns = new ArrayList<>();
        TableColumn<AuditLine, String> at = column("audit.column.at", l -> TIME.format(l.at()), 118);
        at.setMaxWidth(140);
        columns.add(at);
        columns.add(column("audit.column.who", AuditLine::who, 140));
        if (withCandidate) {
            columns.add(column("audit.column.candidate", AuditLine::candidateName, 150));
        }
        columns.add(column("audit.column.what", AuditLine::what, 220));
        columns.add(column("audit.column.changes", AuditLine::changesText, 300));
        getColumns().addAll(columns);
        // The order is the log's (newest first); sorting by a column would only confuse it.
        columns.forEach(c -> c.setSortable(false));
        FittingColumns.headingsWhole(this);
    }

    private TableColumn<AuditLine, String> column(String key, Function<AuditLine, String> value, double width) {
        TableColumn<AuditLine, String> col = new TableColumn<>(m.get(key));
        col.setCellValueFactory(c -> new SimpleStringProperty(value.apply(c.getValue())));
        col.setPrefWidth(width);
        col.setMinWidth(Math.min(width, 100));
        col.setCellFactory(c -> new WrappingCell());
        return col;
    }

    /** A cell whose text wraps at the column's width and makes the row as tall as it needs. */
    private static final class WrappingCell extends TableCell<AuditLine, String> {
        private final Text text = new Text();

        WrappingCell() {
            text.wrappingWidthProperty().bind(widthProperty().subtract(12));
            text.getStyleClass().add("audit-cell-text");
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
            } else {
                text.setText(item);
                setGraphic(text);
            }
            setText(null);
        }
    }
}
