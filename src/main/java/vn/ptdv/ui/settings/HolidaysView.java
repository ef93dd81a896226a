package vn.ptdv.ui.settings;

import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.ptdv.domain.DisplayDates;
import vn.ptdv.i18n.Messages;
import vn.ptdv.ui.common.FieldErrors;

/** Settings → days off: the year's list and the committee's corrections. */
final class HolidaysView extends VBox {
    HolidaysView(HolidaysViewModel vm) {
        super(10);
        Messages m = Messages.current();
        Label help = new Label(m.get("holidays.help"));
        help.setWrapText(true);
        help.getStyleClass().add("text-muted");
        Spinner<Integer> year = new Spinner<>(2000, 2100, vm.yearProperty().get());
        year.setId("holidayYear");

        year.getValueFactory().valueProperty().addListener((o, a, b) -> vm.yearProperty().set(b));
        vm.yearProperty().addListener((o, a, b) -> year.getValueFactory().setValue(b.intValue()));

        TableView<HolidaysViewModel.Row> table = new TableView<>(vm.rows());
        table.setId("holidayTable");
        table.setPrefHeight(320);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(m.get("holidays.column.date"), 100,
                r -> DisplayDates.format(r.holiday().date())));
        table.getColumns().add(column(m.get("holidays.column.weekday"), 90,
                r -> m.get("weekday." + r.holiday().date().getDayOfWeek().name())));
        table.getColumns().add(column(m.get("holidays.column.name"), 320, r -> r.holiday().name()));
        table.getColumns().add(column(m.get("holidays.column.corrected"), 120,
                r -> r.corrected() ? m.get("holidays.corrected") : ""));

        Button makeWorking = new Button(m.get("holidays.makeWorking"));
        makeWorking.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        makeWorking.setOnAction(e -> vm.makeWorkingDay(table.getSelectionModel().getSelectedItem()));
        Button reset = new Button(m.get("holidays.reset"));
        reset.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        reset.setOnAction(e -> vm.reset(table.getSelectionModel().getSelectedItem()));

        TextField date = new TextField();
        date.setId("holidayDate");
        date.setPromptText(m.get("date.prompt"));
        date.setPrefColumnCount(9);
        date.textProperty().bindBidirectional(vm.newDateProperty());
        TextField name = new TextField();
        name.setId("holidayName");
        name.setPromptText(m.get("holidays.name.prompt"));
        name.textProperty().bindBidirectional(vm.newNameProperty());
        Button add = new Button(m.get("holidays.add"));
        add.setId("addHolidayButton");
        add.setOnAction(e -> vm.addDayOff());
        Button resetDate = new Button(m.get("holidays.resetDate"));
        resetDate.setOnAction(e -> vm.resetDate());
        Button working = new Button(m.get("holidays.makeTypedWorking"));
        working.setOnAction(e -> vm.makeTypedDayWorking());
        VBox nameBox = FieldErrors.withError(name, "holidayName", vm.errors());
        HBox.setHgrow(nameBox, Priority.ALWAYS);
        HBox addRow = new HBox(8, FieldErrors.withError(date, "holidayDate", vm.errors()), nameBox, add);
        HBox otherRow = new HBox(8, working, resetDate);

        HBox yearRow = new HBox(8, new Label(m.get("holidays.year")), year);
        yearRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        getChildren().addAll(help, yearRow, table,
                new HBox(8, makeWorking, reset), new Label(m.get("holidays.addTitle")), addRow, otherRow);
    }

    private static TableColumn<HolidaysViewModel.Row, String> column(String title, double width,
                                                                     java.util.function.Function<HolidaysViewModel.Row, String> value) {
        TableColumn<HolidaysViewModel.Row, String> col = new TableColumn<>(title);
        col.setPrefWidth(width);
        col.setCellValueFactory(c -> new SimpleStringProperty(value.apply(c.getValue())));
        col.setSortable(false);
        return col;
    }
}
