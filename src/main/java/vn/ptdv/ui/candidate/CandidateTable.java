package vn.ptdv.ui.candidate;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import vn.ptdv.domain.CandidateSummary;
import vn.ptdv.domain.DisplayDates;
import vn.ptdv.domain.VietnameseNames;
import vn.ptdv.i18n.Messages;
import vn.ptdv.ui.common.Labels;

/**
 * The candidate table: the list's order by default (Vietnamese names), or the column the person
 * clicks, with names compared the Vietnamese way there too.
 */
final class CandidateTable extends TableView<CandidateSummary> {
    /** Beside the columns: the vertical scroll bar, the column menu's button, the table's border. */
    private static final double TABLE_ROOM_EM = 2.5;
    private final Messages m = Messages.current();

    CandidateTable(ObservableList<CandidateSummary> visible, javafx.beans.value.ObservableBooleanValue revealed,
                   vn.ptdv.ui.common.LayoutMemory layout) {
        setId("candidateTable");
        setPlaceholder(new Label(m.get("candidates.empty")));
        // The columns share the width in proportion to their widths below, so that each stays in view.
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        // On a small screen the person can hide columns they do not need (the "+" at the right).
        setTableMenuButtonVisible(true);
        // Every column has its width set: a column without one is measured against its rows as the
        // table first shows (a cell made and styled for every row and column), which held up the window's
        // first frame by a sixth of its time.
        TableColumn<CandidateSummary, String> name = column("candidates.column.name", CandidateSummary::fullName, 170);
        name.setComparator(VietnameseNames.nameOrder());
        name.setId("nameColumn");
        TableColumn<CandidateSummary, LocalDate> birth = new TableColumn<>(m.get("candidates.column.birthDate"));
        birth.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue().birthDate()));
        birth.setId("birthDateColumn");
        birth.setMinWidth(92);
        birth.setPrefWidth(92);
        birth.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : DisplayDates.format(item));
            }
        });
        TableColumn<CandidateSummary, String> gender = column("candidates.column.gender", c -> Labels.gender(c.gender()), 72);
        gender.setId("genderColumn");
        gender.setMinWidth(72);
        gender.setMaxWidth(110);
        // Confidential numbers: masked until revealed, and not shown at all unless chosen.
        TableColumn<CandidateSummary, String> citizenId = column("candidates.column.citizenId",
                c -> revealed.get() ? c.citizenId() : vn.ptdv.domain.Masking.mask(c.citizenId()), 132);
        citizenId.setId("citizenIdColumn");
        TableColumn<CandidateSummary, String> phone = column("candidates.column.phone",
                c -> revealed.get() ? c.phone() : vn.ptdv.domain.Masking.mask(c.phone()), 120);
        phone.setId("phoneColumn");
        // Wide enough for the whole number once shown: the other columns give way (tooltips keep them).
        citizenId.setMinWidth(132);
        phone.setMinWidth(120);
        citizenId.setVisible(false);
        phone.setVisible(false);
        revealed.addListener((o, a, now) -> {
            citizenId.setVisible(now);
            phone.setVisible(now);
            refresh();
        });
        TableColumn<CandidateSummary, String> source = column("candidates.column.source", CandidateSummary::sourceCategory, 110);
        source.setId("sourceColumn");
        TableColumn<CandidateSummary, String> step = column("candidates.column.currentStep",
                c -> Labels.stepWithDate(c.currentStep()), 150);
        step.setId("currentStepColumn");
        TableColumn<CandidateSummary, ?> file = FileProgressColumn.create();
        file.setId("fileColumn");
        TableColumn<CandidateSummary, String> helper = column("candidates.column.helper", CandidateSummary::helpers, 110);
        helper.setId("helperColumn");
        TableColumn<CandidateSummary, String> status = column("candidates.column.status", c -> Labels.status(c.status()), 130);
        status.setId("statusColumn");
        getColumns().addAll(List.of(name, birth, gender, citizenId, phone, source, step, file, helper, status));
        SortedList<CandidateSummary> sorted = new SortedList<>(visible);
        sorted.comparatorProperty().bind(comparatorProperty());
        setItems(sorted);
        // On a small screen the name, the step and the status stay (and give way last, to the name alone,
        // beside a candidate's page at 125 %); the others give way in this order
        // (the person shows them again from the column menu, and the choice is kept).
        vn.ptdv.ui.common.FittingColumns<CandidateSummary> fitting = new vn.ptdv.ui.common.FittingColumns<>(this, layout,
                List.of(name, birth, gender, source, step, file, helper, status),
                List.of(helper, source, birth, gender, file, step, status));
        fitting.fitText(name, () -> getItems().stream().map(CandidateSummary::fullName));
        // The list never narrower than its longest name (with the scroll bar and the column menu): a
        // split pane would otherwise clip the name at the table's edge, with no "…" to say so.
        name.minWidthProperty().addListener((o, was, now) ->
                setMinWidth(now.doubleValue() + TABLE_ROOM_EM * javafx.scene.text.Font.getDefault().getSize()));
    }

    /** Says why the table is empty: no candidates at all, or none that match the search. */
    void setEmptyBecause(boolean nobodyYet) {
        ((Label) getPlaceholder()).setText(m.get(nobodyYet ? "candidates.empty" : "candidates.noMatch"));
    }

    private static boolean isBlank(String text) {
        return text == null || text.isEmpty();
    }

    private TableColumn<CandidateSummary, String> column(String key, Function<CandidateSummary, String> value, double width) {
        TableColumn<CandidateSummary, String> col = new TableColumn<>(m.get(key));
        col.setPrefWidth(width);
        col.setCellValueFactory(c -> new SimpleStringProperty(value.apply(c.getValue())));
        // Narrow columns cut long texts; the whole text shows when the mouse rests on the cell. A tooltip
        // is a popup window's worth of objects: it is made when the mouse comes to the cell, not for
        // every cell drawn (the first screen of the list would wait for dozens of them).
        col.setCellFactory(c -> new TableCell<>() {
            {
                setOnMouseEntered(e -> {
                    if (getTooltip() == null && !isBlank(getText())) {
                        setTooltip(new Tooltip(getText()));
                    }
                });
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                if (getTooltip() != null) {
                    if (empty || isBlank(item)) {
                        setTooltip(null);
                    } else {
                        getTooltip().setText(item);
                    }
                }
            }
        });
        return col;
    }
}
