package vn.ptdv.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import vn.ptdv.i18n.Messages;

/** Dialogs owned by the main window, with Vietnamese buttons. */
public final class FxDialogService implements DialogService {
    private final Window owner;
    private final Messages messages;

    public FxDialogService(Window owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        ButtonType yes = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, yes, no);
        prepare(alert, title);
        // The safe answer is the default: Enter must not destroy data.
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(yes)).setDefaultButton(false);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(no)).setDefaultButton(true);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public UnsavedChoice askUnsaved(String title, String message) {
        ButtonType save = new ButtonType(messages.get("button.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(messages.get("unsaved.discard"), ButtonBar.ButtonData.NO);
        ButtonType stay = new ButtonType(messages.get("unsaved.stay"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, save, discard, stay);
        prepare(alert, title);
        return alert.showAndWait().map(b -> b == save ? UnsavedChoice.SAVE : b == discard ? UnsavedChoice.DISCARD
                : UnsavedChoice.STAY).orElse(UnsavedChoice.STAY);
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, closeButton());
        prepare(alert, title);
        alert.showAndWait();
    }

    @Override
    public void showInfo(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message, closeButton());
        prepare(alert, title);
        alert.showAndWait();
    }

    @Override
    public Optional<Path> chooseImage() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("dialog.chooseImage.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                messages.get("dialog.chooseImage.filter"), "*.jpg", "*.jpeg", "*.png", "*.JPG", "*.JPEG", "*.PNG"));
        File file = chooser.showOpenDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseOpenFile(String extension, String filterText) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("dialog.open.title"));
        // "ptdvbak,sqlite": several extensions under one filter.
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterText,
                java.util.Arrays.stream(extension.split(",")).map(e -> "*." + e.strip()).toList()));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseSaveFile(String suggestedName, String extension, String filterText) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("dialog.save.title"));
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterText, "*." + extension));
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return Optional.empty();
        }
        Path path = file.toPath();
        // Some desktops return the name without the extension the filter asked for.
        return Optional.of(path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith("." + extension)
                ? path : path.resolveSibling(path.getFileName() + "." + extension));
    }

    @Override
    public Optional<Acknowledgement> askAcknowledgement(String findingText, String defaultBy) {
        javafx.scene.control.Dialog<ButtonType> dialog = new javafx.scene.control.Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("ack.title"));
        dialog.setHeaderText(messages.get("ack.title"));
        javafx.scene.control.Label what = new javafx.scene.control.Label(findingText);
        what.setWrapText(true);
        what.setMaxWidth(520);
        javafx.scene.control.TextArea reason = vn.ptdv.ui.common.TabLeavesTextArea.on(new javafx.scene.control.TextArea());
        reason.setId("ackReason");
        reason.setPromptText(messages.get("ack.reason.prompt"));
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        javafx.scene.control.TextField by = new javafx.scene.control.TextField(defaultBy);
        by.setId("ackBy");
        javafx.scene.layout.VBox content = new javafx.scene.layout.VBox(8, what,
                new javafx.scene.control.Label(messages.get("ack.reason")), reason,
                new javafx.scene.control.Label(messages.get("ack.by")), by);
        content.setPrefWidth(540);
        dialog.getDialogPane().setContent(content);
        ButtonType ok = new ButtonType(messages.get("ack.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, cancel);
        javafx.scene.Node okButton = dialog.getDialogPane().lookupButton(ok);
        okButton.disableProperty().bind(reason.textProperty().isEmpty().or(by.textProperty().isEmpty()));
        if (owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        return dialog.showAndWait().filter(ok::equals)
                .map(b -> new Acknowledgement(reason.getText().strip(), by.getText().strip()));
    }

    @Override
    public Optional<char[]> askPassword(String title, String message) {
        javafx.scene.control.PasswordField field = new javafx.scene.control.PasswordField();
        field.setId("passwordField");
        return askPasswords(title, message, field, null, 1);
    }

    @Override
    public Optional<char[]> askNewPassword(String title, String message, int minimumLength) {
        javafx.scene.control.PasswordField field = new javafx.scene.control.PasswordField();
        field.setId("newPasswordField");
        javafx.scene.control.PasswordField again = new javafx.scene.control.PasswordField();
        again.setId("newPasswordAgainField");
        return askPasswords(title, message, field, again, minimumLength);
    }

    private Optional<char[]> askPasswords(String title, String message, javafx.scene.control.PasswordField field,
                                          javafx.scene.control.PasswordField again, int minimumLength) {
        javafx.scene.control.Dialog<ButtonType> dialog = new javafx.scene.control.Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        javafx.scene.control.Label text = new javafx.scene.control.Label(message);
        text.setWrapText(true);
        text.setMaxWidth(460);
        javafx.scene.layout.VBox content = new javafx.scene.layout.VBox(8, text,
                new javafx.scene.control.Label(messages.get(again == null ? "password.label" : "password.new")), field);
        javafx.scene.control.Label problem = new javafx.scene.control.Label();
        problem.getStyleClass().add("text-danger");
        problem.setWrapText(true);
        javafx.beans.binding.BooleanBinding invalid;
        if (again != null) {
            content.getChildren().addAll(new javafx.scene.control.Label(messages.get("password.again")), again, problem);
            invalid = javafx.beans.binding.Bindings.createBooleanBinding(
                    () -> field.getText().length() < minimumLength || !field.getText().equals(again.getText()),
                    field.textProperty(), again.textProperty());
            problem.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                    field.getText().isEmpty() ? ""
                            : field.getText().length() < minimumLength ? messages.get("password.tooShort", minimumLength)
                            : !again.getText().isEmpty() && !field.getText().equals(again.getText())
                            ? messages.get("password.mismatch") : "",
                    field.textProperty(), again.textProperty()));
        } else {
            invalid = field.textProperty().isEmpty();
        }
        content.setPrefWidth(480);
        dialog.getDialogPane().setContent(content);
        ButtonType ok = new ButtonType(messages.get("button.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, cancel);
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(invalid);
        if (owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        javafx.application.Platform.runLater(field::requestFocus);
        Optional<char[]> result = dialog.showAndWait().filter(ok::equals).map(b -> field.getText().toCharArray());
        field.clear();
        if (again != null) {
            again.clear();
        }
        return result;
    }

    private ButtonType closeButton() {
        return new ButtonType(messages.get("button.close"), ButtonBar.ButtonData.OK_DONE);
    }

    private void prepare(Alert alert, String title) {
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.getDialogPane().setMinWidth(420);
    }
}
