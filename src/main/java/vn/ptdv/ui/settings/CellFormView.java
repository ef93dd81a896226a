package vn.ptdv.ui.settings;

import java.util.List;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import vn.ptdv.i18n.Messages;
import vn.ptdv.ui.common.FieldErrors;

/** The grid of the cell's details: all of them (Settings), or the few the welcome asks for. */
public final class CellFormView extends GridPane {
    /** Every field, in the order Settings shows them. */
    public static final List<String> ALL_FIELDS = List.of("cellName", "superiorCommittee", "placeName",
            "secretaryName", "officialMembers");

    private final CellFormViewModel vm;
    private int row;

    public CellFormView(CellFormViewModel vm) {
        this(vm, ALL_FIELDS);
    }

    /** Only {@code fields} (names from {@link #ALL_FIELDS}), in that order. */
    public CellFormView(CellFormViewModel vm, List<String> fields) {
        this.vm = vm;
        setHgap(10);
        setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(180);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        inputs.setPrefWidth(360);
        getColumnConstraints().addAll(labels, inputs);
        fields.forEach(this::add);
    }

    /** The text field of one of the details, to give it the focus. */
    public TextField field(String name) {
        return (TextField) lookup("#cellField_" + name);
    }

    private void add(String name) {
        switch (name) {
            case "cellName" -> add(name, vm.nameProperty(), "cell.field.name.prompt");
            case "superiorCommittee" -> add(name, vm.superiorCommitteeProperty(), "cell.field.superiorCommittee.prompt");
            case "placeName" -> add(name, vm.placeNameProperty(), "cell.field.placeName.prompt");
            case "secretaryName" -> add(name, vm.secretaryNameProperty(), "cell.field.secretaryName.prompt");
            case "officialMembers" -> add(name, vm.officialMembersProperty(), null);
            default -> throw new IllegalArgumentException("No cell field " + name);
        }
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
