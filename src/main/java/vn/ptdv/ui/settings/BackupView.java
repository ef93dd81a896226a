package vn.ptdv.ui.settings;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import vn.ptdv.domain.DisplayDates;
import vn.ptdv.i18n.Messages;
import vn.ptdv.service.BackupService;

/** Settings → Sao lưu: the backup password, back up now, restore, and the automatic backups. */
final class BackupView extends VBox {
    BackupView(BackupViewModel vm) {
        super(12);
        Messages m = Messages.current();
        Label explain = new Label(m.get("backup.explain", vm.folder(), BackupService.KEEP));
        explain.setWrapText(true);
        explain.getStyleClass().add("text-muted");

        Label passwordState = new Label();
        passwordState.setWrapText(true);
        passwordState.textProperty().bind(Bindings.when(vm.hasPasswordProperty())
                .then(m.get("backup.password.stateSet")).otherwise(Bindings.when(vm.encryptedProperty())
                        .then(m.get("backup.password.stateOpening")).otherwise(m.get("backup.password.stateNone"))));
        passwordState.setId("backupPasswordState");
        Button setPassword = new Button();
        setPassword.setId("backupPasswordButton");
        setPassword.textProperty().bind(Bindings.when(vm.hasPasswordProperty())
                .then(m.get("backup.password.change")).otherwise(m.get("backup.password.setButton")));
        setPassword.setOnAction(e -> vm.setPassword());
        Button removePassword = new Button(m.get("backup.password.remove"));
        removePassword.visibleProperty().bind(vm.hasPasswordProperty());
        removePassword.managedProperty().bind(vm.hasPasswordProperty());
        removePassword.setOnAction(e -> vm.removePassword());

        Button backupNow = new Button(m.get("backup.now"));
        backupNow.setId("backupNowButton");
        backupNow.getStyleClass().add("accent");
        backupNow.setOnAction(e -> vm.backupNow());
        Button restoreFile = new Button(m.get("backup.restoreFile"));
        restoreFile.setId("restoreFileButton");
        restoreFile.setOnAction(e -> vm.restoreFromFile());

        TableView<BackupService.Entry> table = new TableView<>(vm.entries());
        table.setId("backupTable");
        table.setPrefHeight(300);
        table.setPlaceholder(new Label(m.get("backup.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(m.get("backup.column.time"), e -> DisplayDates.dateTime(e.time())));
        table.getColumns().add(column(m.get("backup.column.reason"), e -> m.get("backup.reason." + e.reason().name())));
        table.getColumns().add(column(m.get("backup.column.size"),
                e -> m.get("backup.size", Math.max(1, Math.round(e.size() / 1024.0)))));
        table.getColumns().add(column(m.get("backup.column.encrypted"),
                e -> m.get(e.encrypted() ? "backup.encrypted.yes" : "backup.encrypted.no")));
        Button restoreSelected = new Button(m.get("backup.restoreSelected"));
        restoreSelected.setId("restoreSelectedButton");
        restoreSelected.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        restoreSelected.setOnAction(e -> vm.restore(table.getSelectionModel().getSelectedItem()));

        Label status = new Label();
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        status.getStyleClass().add("text-success");
        Label automaticTitle = new Label(m.get("backup.automatic"));
        automaticTitle.getStyleClass().add("title-4");
        Label passwordTitle = new Label(m.get("backup.password.title"));
        passwordTitle.getStyleClass().add("title-4");
        getChildren().addAll(explain, new HBox(8, backupNow, restoreFile), status, passwordTitle, passwordState,
                new HBox(8, setPassword, removePassword), automaticTitle, table, restoreSelected);
    }

    private static TableColumn<BackupService.Entry, String> column(String title,
            java.util.function.Function<BackupService.Entry, String> text) {
        TableColumn<BackupService.Entry, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
        column.setSortable(false);
        return column;
    }
}
