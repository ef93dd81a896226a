package vn.ptdv.ui.settings;

import javafx.beans.property.StringProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import vn.ptdv.i18n.Messages;
import vn.ptdv.ui.common.FieldErrors;

/** The grid of the cell's details. */
public final class CellFormView extends GridPane {
    private final CellFormViewModel vm;
    private int row;

    public CellFormView(CellFormViewModel vm) {
        this.vm = vm;
        setHgap(10);
        setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(180);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setPrefWidth(360);
        getColumnConstraints().addAll(labels, fields);
        add("cellName", vm.nameProperty(), "cell.field.name.prompt");
        add("superiorCommittee", vm.superiorCommitteeProperty(), "cell.field.superiorCommittee.prompt");
        add("placeName", vm.placeNameProperty(), "cell.field.placeName.prompt");
        add("secretaryName", vm.secretaryNameProperty(), null);
        add("officialMembers", vm.officialMembersProperty(), null);
    }

    private void add(String name, StringProperty property, String promptKey) {
        Messages m = Messages.current();
        TextField field = new TextField();
        field.setId("cellField_" + name);
        field.textProperty().bindBidirectional(property);
        if (promptKey != null) {
            field.setPromptText(m.get(promptKey));
        }
        add(new Label(m.get("cell.field." + name)), 0, row);
        add(FieldErrors.withError(field, name, vm.errors()), 1, row);
        row++;
    }
}
