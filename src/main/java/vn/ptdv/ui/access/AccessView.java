package vn.ptdv.ui.access;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import vn.ptdv.i18n.Messages;

/** Settings → Bảo mật. */
public final class AccessView extends VBox {
    public AccessView(AccessViewModel vm) {
        super(12);
        Messages m = Messages.current();
        Label state = new Label();
        state.setId("accessPasswordState");
        state.setWrapText(true);
        state.textProperty().bind(Bindings.when(vm.passwordSetProperty())
                .then(m.get("access.password.stateSet")).otherwise(m.get("access.password.stateNone")));
        Button set = new Button();
        set.setId("accessPasswordButton");
        set.textProperty().bind(Bindings.when(vm.passwordSetProperty())
                .then(m.get("access.password.change")).otherwise(m.get("access.password.setButton")));
        set.setOnAction(e -> vm.setPassword());
        Button remove = new Button(m.get("access.password.remove"));
        remove.visibleProperty().bind(vm.passwordSetProperty());
        remove.managedProperty().bind(vm.passwordSetProperty());
        remove.setOnAction(e -> vm.removePassword());

        ComboBox<Integer> idle = new ComboBox<>();
        idle.setId("idleMinutesChoice");
        for (int minutes : AccessViewModel.IDLE_CHOICES) {
            idle.getItems().add(minutes);
        }
        idle.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer minutes) {
                return minutes == null ? "" : minutes == 0 ? m.get("access.idle.never") : m.get("access.idle.minutes", minutes);
            }

            @Override
            public Integer fromString(String text) {
                return null;
            }
        });
        idle.setValue(vm.idleMinutesProperty().get());
        vm.idleMinutesProperty().addListener((o, a, b) -> idle.setValue(b.intValue()));
        idle.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.chooseIdleMinutes(b);
            }
        });
        idle.disableProperty().bind(vm.passwordSetProperty().not());
        Label idleLabel = new Label(m.get("access.idle.label"));
        Label recovery = new Label(m.get("access.recovery"));
        recovery.setWrapText(true);
        recovery.getStyleClass().add("text-muted");
        Label status = new Label();
        status.setWrapText(true);
        status.getStyleClass().add("text-success");
        status.textProperty().bind(vm.statusProperty());
        Label passwordTitle = new Label(m.get("access.password.title"));
        passwordTitle.getStyleClass().add("title-4");
        getChildren().addAll(passwordTitle, state, new HBox(8, set, remove), new HBox(8, idleLabel, idle), recovery, status);
        idleLabel.setMinHeight(30);
    }
}
