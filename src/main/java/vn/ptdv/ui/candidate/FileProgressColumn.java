package vn.ptdv.ui.candidate;

import java.util.Comparator;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import vn.ptdv.domain.CandidateSummary;
import vn.ptdv.domain.checklist.FileProgress;
import vn.ptdv.i18n.Messages;
import vn.ptdv.service.ChecklistText;

/**
 * The candidate list's narrow "Hồ sơ" column: a bar of the documents the file has for its next
 * decision, the count when the mouse rests on it, green when the file is ready for the cell's vote.
 * A closed file needs nothing and shows no bar.
 */
final class FileProgressColumn {
    /** Fuller files after emptier ones; among equals, the larger file (a later decision) after. */
    static final Comparator<FileProgress> ORDER = Comparator.comparingDouble(FileProgress::fraction)
            .thenComparingInt(FileProgress::needed);

    private FileProgressColumn() {
    }

    static TableColumn<CandidateSummary, FileProgress> create() {
        Messages m = Messages.current();
        TableColumn<CandidateSummary, FileProgress> col = new TableColumn<>(m.get("candidates.column.file"));
        col.setId("fileProgressColumn");
        col.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue().progress()));
        col.setComparator(ORDER);
        col.setMinWidth(64);
        col.setPrefWidth(70);
        col.setMaxWidth(90);
        col.setCellFactory(c -> new ProgressCell(m));
        return col;
    }

    private static final class ProgressCell extends TableCell<CandidateSummary, FileProgress> {
        private final Messages m;
        private final FileBar bar = new FileBar();
        /** The count in words, for the tooltip. */
        private String text;

        ProgressCell(Messages m) {
            this.m = m;
            bar.setMaxWidth(Double.MAX_VALUE);
            // A tooltip is a popup window's worth of objects: it is made when the mouse comes to the
            // cell, not for every row drawn (the list's first frame would wait for one per row).
            setOnMouseEntered(e -> {
                if (text != null && getTooltip() == null) {
                    setTooltip(new Tooltip(text));
                }
            });
        }

        @Override
        protected void updateItem(FileProgress item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null || item.needed() == 0) {
                text = null;
                setGraphic(null);
                setTooltip(null);
                return;
            }
            bar.setProgress(item.fraction());
            bar.getStyleClass().remove("file-ready");
            if (item.readyForCellVote()) {
                bar.getStyleClass().add("file-ready");
            }
            text = ChecklistText.progress(item, m);
            bar.setAccessibleText(text);
            if (getTooltip() != null) {
                getTooltip().setText(text);
            }
            setGraphic(bar);
        }
    }
}
