package vn.ptdv.ui.common;

import atlantafx.base.theme.Styles;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Shows a view model's per-field errors under their fields, and marks the fields in red. */
public final class FieldErrors {
    private FieldErrors() {
    }

    /** The field with its error line below it; the error line takes no room while empty. */
    public static VBox withError(Node field, String name, ObservableMap<String, String> errors) {
        Label error = new Label();
        error.setId(name + "Error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.managedProperty().bind(error.visibleProperty());
        error.setVisible(false);
        Runnable update = () -> {
            String message = errors.get(name);
            error.setText(message == null ? "" : message);
            error.setVisible(message != null);
            field.pseudoClassStateChanged(Styles.STATE_DANGER, message != null);
        };
        errors.addListener((MapChangeListener<String, String>) change -> {
            if (change.getKey().equals(name)) {
                update.run();
            }
        });
        update.run();
        VBox box = new VBox(2, field, error);
        box.setFillWidth(true);
        return box;
    }
}
