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

    /**
     * The field with its error line below it; the error line takes no room while empty. It is made at
     * the first error: a form has many fields, and most are never wrong.
     */
    public static VBox withError(Node field, String name, ObservableMap<String, String> errors) {
        VBox box = new VBox(2, field);
        box.setFillWidth(true);
        marked(field, name, errors);
        Runnable update = () -> {
            String message = errors.get(name);
            if (message == null && box.getChildren().size() == 1) {
                return;
            }
            Label error = box.getChildren().size() > 1 ? (Label) box.getChildren().get(1) : errorLine(box, name);
            error.setText(message == null ? "" : message);
            error.setVisible(message != null);
        };
        errors.addListener((MapChangeListener<String, String>) change -> {
            if (change.getKey().equals(name)) {
                update.run();
            }
        });
        update.run();
        return box;
    }

    /**
     * Only marks the field in red while it has an error: for a grid of small fields whose messages are
     * shown elsewhere in their row, so that a message coming and going moves nothing.
     */
    public static void marked(Node field, String name, ObservableMap<String, String> errors) {
        Runnable update = () -> field.pseudoClassStateChanged(Styles.STATE_DANGER, errors.get(name) != null);
        errors.addListener((MapChangeListener<String, String>) change -> {
            if (change.getKey().equals(name)) {
                update.run();
            }
        });
        update.run();
    }

    private static Label errorLine(VBox box, String name) {
        Label error = new Label();
        error.setId(name + "Error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.managedProperty().bind(error.visibleProperty());
        box.getChildren().add(error);
        return error;
    }
}
