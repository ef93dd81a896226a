package vn.ptdv.ui.settings;

import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import vn.ptdv.domain.Cell;
import vn.ptdv.i18n.Messages;

/** The cell's details as typed: used by Settings and by the first-start dialog. */
public final class CellFormViewModel {
    private final Messages m = Messages.current();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty superiorCommittee = new SimpleStringProperty("");
    private final StringProperty placeName = new SimpleStringProperty("");
    private final StringProperty secretaryName = new SimpleStringProperty("");
    private final StringProperty officialMembers = new SimpleStringProperty("");
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();

    public CellFormViewModel() {
        // An old error goes as soon as the field is edited.
        name.addListener((o, a, b) -> errors.remove("cellName"));
        officialMembers.addListener((o, a, b) -> errors.remove("officialMembers"));
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty superiorCommitteeProperty() {
        return superiorCommittee;
    }

    public StringProperty placeNameProperty() {
        return placeName;
    }

    public StringProperty secretaryNameProperty() {
        return secretaryName;
    }

    public StringProperty officialMembersProperty() {
        return officialMembers;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    public void load(Cell cell) {
        name.set(cell.name());
        superiorCommittee.set(cell.superiorCommittee());
        placeName.set(cell.placeName());
        secretaryName.set(cell.secretaryName());
        officialMembers.set(Integer.toString(cell.officialMembers()));
        errors.clear();
    }

    /** The cell when every field is acceptable; otherwise empty, with the errors on their fields. */
    public Optional<Cell> toCell() {
        errors.clear();
        if (name.get().isBlank()) {
            errors.put("cellName", m.get("validation.cell.name.required"));
        }
        int members = 0;
        String membersText = officialMembers.get().strip();
        if (!membersText.isEmpty()) {
            try {
                members = Integer.parseInt(membersText);
                if (members < 0) {
                    errors.put("officialMembers", m.get("validation.cell.members"));
                }
            } catch (NumberFormatException e) {
                errors.put("officialMembers", m.get("validation.number", membersText));
            }
        }
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Cell(name.get(), superiorCommittee.get(), placeName.get(), secretaryName.get(), members));
    }
}
