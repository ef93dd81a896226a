package vn.ptdv.ui.access;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import vn.ptdv.i18n.Messages;

/** The locked screen over the whole window: the logo, a password field, and the way back. */
public final class LockView extends StackPane {
    private final PasswordField field = new PasswordField();

    public LockView(LockViewModel vm) {
        Messages m = Messages.current();
        setId("lockScreen");
        getStyleClass().add("lock-screen");
        ImageView logo = new ImageView(new Image(LockView.class.getResourceAsStream("/icons/ptdv-64.png")));
        Label title = new Label(m.get("lock.title"));
        title.getStyleClass().add("title-2");
        Label text = new Label(m.get("lock.text"));
        text.setWrapText(true);
        field.setId("lockPasswordField");
        field.setPromptText(m.get("password.label"));
        field.setMaxWidth(vn.ptdv.ui.common.Em.of(24.5));
        field.textProperty().bindBidirectional(vm.passwordProperty());
        field.setOnAction(e -> vm.unlock());
        field.disableProperty().bind(vm.checkingProperty());
        Button open = new Button(m.get("lock.unlock"));
        open.setId("unlockButton");
        open.getStyleClass().add("accent");
        open.setDefaultButton(true);
        open.disableProperty().bind(vm.checkingProperty().or(vm.passwordProperty().isEmpty()));
        open.setOnAction(e -> vm.unlock());
        Label error = new Label();
        error.getStyleClass().add("text-danger");
        error.textProperty().bind(vm.errorProperty());
        Hyperlink forgot = new Hyperlink(m.get("lock.forgot"));
        forgot.setId("forgotPasswordLink");
        forgot.setOnAction(e -> vm.forgot());
        forgot.managedProperty().bind(forgot.visibleProperty());
        forgot.setVisible(vm.canResetForgotten());
        VBox box = new VBox(14, logo, title, text, field, open, error, forgot);
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(vn.ptdv.ui.common.Em.of(35));
        getChildren().add(box);
        visibleProperty().bind(vm.lockedProperty());
        // The field is disabled while the password is checked, which moves the focus away: bring it back
        // so that the next try can be typed straight away.
        vm.checkingProperty().addListener((o, was, now) -> {
            if (!now && vm.lockedProperty().get()) {
                javafx.application.Platform.runLater(field::requestFocus);
            }
        });
        vm.lockedProperty().addListener((o, was, now) -> {
            if (now) {
                forgot.setVisible(vm.canResetForgotten()); // the file may have been encrypted since
                javafx.application.Platform.runLater(field::requestFocus);
            }
        });
        if (vm.lockedProperty().get()) {
            // Built as the program locks (the window makes it then): the field takes the focus now.
            javafx.application.Platform.runLater(field::requestFocus);
        }
    }
}
