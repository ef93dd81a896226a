package vn.ptdv.ui.common;

import java.util.function.Consumer;
import javafx.beans.value.ObservableBooleanValue;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import vn.ptdv.i18n.Messages;

/**
 * Lưu and Hủy for an editor dialog whose saving runs in the background: Lưu is disabled while saving,
 * and the dialog closes only once the record is stored (a refusal keeps it open with its errors).
 * Closing it without saving (Hủy, Escape, the window's ×) first asks whether typed changes may go.
 */
public final class SaveButtons {
    private SaveButtons() {
    }

    /**
     * {@code save} starts the saving and calls the {@code Runnable} it is given once stored; the dialog
     * then closes with the Lưu button as its result. {@code mayDiscard} is asked before any other way
     * of closing; false keeps the dialog open.
     */
    public static void install(Dialog<ButtonType> dialog, Window owner, Messages m, String saveId,
                               ObservableBooleanValue saving, Consumer<Runnable> save,
                               java.util.function.BooleanSupplier mayDiscard) {
        ButtonType saveType = new ButtonType(m.get("button.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(m.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(saveType, cancel);
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(saveType);
        saveButton.setId(saveId);
        saveButton.disableProperty().bind(saving);
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            save.accept(() -> {
                dialog.setResult(saveType);
                dialog.close();
            });
        });
        dialog.setOnCloseRequest(e -> {
            if (dialog.getResult() != saveType && !mayDiscard.getAsBoolean()) {
                e.consume();
                // Without a result, the next Hủy or Escape is a new request to close (and asks again).
                dialog.setResult(null);
            }
        });
        dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
    }
}
