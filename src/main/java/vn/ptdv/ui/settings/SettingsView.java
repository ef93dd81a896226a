package vn.ptdv.ui.settings;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.ptdv.domain.SourceCategory;
import vn.ptdv.i18n.Messages;
import vn.ptdv.ui.common.Screen;

/** Cài đặt: the cell's details, the source categories, holidays, rules and the audit trail (Nhật ký). */
public final class SettingsView implements Screen {
    private final SettingsViewModel vm;
    private final HolidaysViewModel holidays;
    private final RulesViewModel rules;
    private final AuditLogViewModel auditLog;
    private final BackupViewModel backups;
    private final vn.ptdv.ui.access.AccessViewModel access;
    private final FormTemplatesViewModel templates;
    private final TabPane root;
    private final Tab auditTab;

    public SettingsView(SettingsViewModel vm, HolidaysViewModel holidays, RulesViewModel rules,
                        BackupViewModel backups, vn.ptdv.ui.access.AccessViewModel access,
                        AuditLogViewModel auditLog, FormTemplatesViewModel templates) {
        this.access = access;
        this.templates = templates;
        this.vm = vm;
        this.holidays = holidays;
        this.rules = rules;
        this.backups = backups;
        this.auditLog = auditLog;
        Messages m = Messages.current();
        Label cellTitle = new Label(m.get("settings.cell.title"));
        cellTitle.getStyleClass().add("title-3");
        Button saveCell = new Button(m.get("button.save"));
        saveCell.setId("saveCellButton");
        saveCell.getStyleClass().add("accent");
        saveCell.setOnAction(e -> vm.saveCell());
        Label status = new Label();
        status.textProperty().bind(vm.statusProperty());
        status.getStyleClass().add("text-success");

        Label sourcesTitle = new Label(m.get("settings.sources.title"));
        sourcesTitle.getStyleClass().add("title-3");
        Label sourcesHelp = new Label(m.get("settings.sources.help"));
        sourcesHelp.setWrapText(true);
        sourcesHelp.getStyleClass().add("text-muted");
        ListView<SourceCategory> list = new ListView<>(vm.sources());
        list.setId("sourceList");
        list.setPrefHeight(340);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(SourceCategory item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name());
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, now) -> {
            if (now != null) {
                vm.sourceNameProperty().set(now.name());
            }
        });
        TextField name = new TextField();
        name.setId("sourceNameField");
        name.setPromptText(m.get("settings.sources.name.prompt"));
        name.textProperty().bindBidirectional(vm.sourceNameProperty());
        HBox.setHgrow(name, Priority.ALWAYS);
        Button add = new Button(m.get("settings.sources.add"));
        add.setId("addSourceButton");
        add.disableProperty().bind(vm.sourceNameProperty().isEmpty());
        add.setOnAction(e -> vm.addSource());
        Button rename = new Button(m.get("settings.sources.rename"));
        rename.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull()
                .or(vm.sourceNameProperty().isEmpty()));
        rename.setOnAction(e -> vm.renameSource(list.getSelectionModel().getSelectedItem()));
        Button remove = new Button(m.get("settings.sources.remove"));
        remove.getStyleClass().add("danger");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> vm.removeSource(list.getSelectionModel().getSelectedItem()));

        VBox cellPane = new VBox(12, cellTitle, new CellFormView(vm.cell()), new HBox(12, saveCell, status));
        VBox sourcesPane = new VBox(12, sourcesTitle, sourcesHelp, list, new HBox(8, name, add, rename, remove));
        Label holidaysTitle = new Label(m.get("holidays.title"));
        holidaysTitle.getStyleClass().add("title-3");
        VBox holidaysPane = new VBox(12, holidaysTitle, new HolidaysView(holidays));
        Label rulesTitle = new Label(m.get("rules.title"));
        rulesTitle.getStyleClass().add("title-3");
        root = new TabPane(tab(m.get("settings.tab.cell"), cellPane, "settingsCellTab"),
                tab(m.get("settings.tab.sources"), sourcesPane, "settingsSourcesTab"),
                tab(m.get("settings.tab.holidays"), holidaysPane, "settingsHolidaysTab"),
                tab(m.get("settings.tab.rules"), new VBox(12, rulesTitle, new RulesView(rules)), "settingsRulesTab"),
                tab(m.get("settings.tab.backup"), new VBox(12, title(m.get("backup.title")), new BackupView(backups)),
                        "settingsBackupTab"),
                tab(m.get("settings.tab.access"), new VBox(12, title(m.get("access.title")),
                        new vn.ptdv.ui.access.AccessView(access)), "settingsAccessTab"),
                tab(m.get("settings.tab.templates"), new VBox(12, title(m.get("forms.templates.title")),
                        new FormTemplatesView(templates)), "settingsTemplatesTab"));
        // The trail is a wide table of its own: no scrolling page around it, and read when looked at.
        auditTab = new Tab(m.get("settings.tab.audit"), new AuditLogView(auditLog));
        auditTab.setId("settingsAuditTab");
        root.getTabs().add(auditTab);
        root.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now == auditTab) {
                auditLog.load();
            }
        });
        root.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        root.setId("settingsScreen");
    }

    private static Label title(String text) {
        Label title = new Label(text);
        title.getStyleClass().add("title-3");
        return title;
    }

    private static Tab tab(String title, VBox content, String id) {
        content.getStyleClass().add("pane-padding");
        content.setMaxWidth(860);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        Tab tab = new Tab(title, scroll);
        tab.setId(id);
        return tab;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShow() {
        vm.statusProperty().set("");
        vm.load();
        holidays.load();
        rules.load();
        backups.load();
        access.statusProperty().set("");
        access.load();
        templates.statusProperty().set("");
        templates.load();
        if (root.getSelectionModel().getSelectedItem() == auditTab) {
            auditLog.load();
        }
    }
}
