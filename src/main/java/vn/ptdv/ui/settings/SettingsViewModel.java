package vn.ptdv.ui.settings;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.ptdv.domain.SourceCategory;
import vn.ptdv.i18n.Messages;
import vn.ptdv.service.CellService;
import vn.ptdv.service.ErrorText;
import vn.ptdv.ui.common.DialogService;
import vn.ptdv.ui.common.TaskRunner;

/** Settings: the cell's details and the list of source categories. */
public final class SettingsViewModel {
    private final Messages m = Messages.current();
    private final CellService service;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final CellFormViewModel cell = new CellFormViewModel();
    private final ObservableList<SourceCategory> sources = FXCollections.observableArrayList();
    private final StringProperty sourceName = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");

    public SettingsViewModel(CellService service, TaskRunner tasks, DialogService dialogs) {
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    public CellFormViewModel cell() {
        return cell;
    }

    public ObservableList<SourceCategory> sources() {
        return sources;
    }

    /** The text of the source-category field: a new name, or the new name of the selected one. */
    public StringProperty sourceNameProperty() {
        return sourceName;
    }

    /** A line saying what the last action did ("Đã lưu …"). */
    public StringProperty statusProperty() {
        return status;
    }

    public void load() {
        tasks.run(() -> new Loaded(service.cell(), service.sourceCategories()), loaded -> {
            loaded.cell().ifPresent(cell::load);
            sources.setAll(loaded.sources());
        }, this::showError);
    }

    private record Loaded(java.util.Optional<vn.ptdv.domain.Cell> cell, java.util.List<SourceCategory> sources) {
    }

    public void saveCell() {
        cell.toCell().ifPresent(c -> tasks.run(() -> {
            service.saveCell(c);
            return null;
        }, ignored -> status.set(m.get("settings.saved")), this::showError));
    }

    public void addSource() {
        String name = sourceName.get();
        tasks.run(() -> service.addSourceCategory(name), added -> {
            sourceName.set("");
            reloadSources();
        }, this::showError);
    }

    public void renameSource(SourceCategory source) {
        String name = sourceName.get();
        tasks.run(() -> {
            service.renameSourceCategory(source.id(), name);
            return null;
        }, ignored -> {
            sourceName.set("");
            reloadSources();
        }, this::showError);
    }

    /** Removes after asking; the question says how many candidates lose the category. */
    public void removeSource(SourceCategory source) {
        tasks.run(() -> service.sourceCategoryUsage(source.id()), usage -> {
            String message = usage == 0 ? m.get("settings.sources.remove.unused", source.name())
                    : m.get("settings.sources.remove.used", source.name(), usage);
            if (dialogs.confirm(m.get("settings.sources.remove.title"), message, m.get("settings.sources.remove.confirm"))) {
                tasks.run(() -> {
                    service.removeSourceCategory(source.id());
                    return null;
                }, ignored -> reloadSources(), this::showError);
            }
        }, this::showError);
    }

    private void reloadSources() {
        tasks.run(service::sourceCategories, sources::setAll, this::showError);
    }

    private void showError(Throwable e) {
        dialogs.showError(m.get("error.title"), ErrorText.describe(e, m));
    }
}
