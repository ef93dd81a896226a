package vn.ptdv.ui.candidate;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.ptdv.domain.PersonRole;

/** A person on the step being edited, as typed. */
public final class PersonRow {
    private final ObjectProperty<PersonRole> role = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty knownSince = new SimpleStringProperty("");

    public PersonRow(PersonRole role, String name, String knownSince) {
        this.role.set(role);
        this.name.set(name);
        this.knownSince.set(knownSince);
    }

    public ObjectProperty<PersonRole> roleProperty() {
        return role;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty knownSinceProperty() {
        return knownSince;
    }
}
