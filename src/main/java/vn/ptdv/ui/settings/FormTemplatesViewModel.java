package vn.ptdv.ui.settings;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.ptdv.i18n.Messages;
import vn.ptdv.report.forms.FormKind;
import vn.ptdv.report.forms.FormService;
import vn.ptdv.service.ErrorText;
import vn.ptdv.ui.common.DialogService;
import vn.ptdv.ui.common.TaskRunner;

/**
 * Cài đặt → Mẫu giấy tờ: for each document, the built-in template or the cell's own copy. The built-in
 * one can be saved to a file to start the cell's copy from; a copy is tried before it is put in place.
 */
public final class FormTemplatesViewModel {
    /** One document's template: whether the cell's own copy is in use. */
    public static final class Row {
        private final FormKind kind;
        private final BooleanProperty own = new SimpleBooleanProperty();

        Row(FormKind kind) {
            this.kind = kind;
        }

        public FormKind kind() {
            return kind;
        }

        public BooleanProperty ownProperty() {
            return own;
        }
    }

    private final FormService forms;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages m = Messages.current();
    private final List<Row> rows = java.util.Arrays.stream(FormKind.values()).map(Row::new).toList();
    private final StringProperty status = new SimpleStringProperty("");

    public FormTemplatesViewModel(FormService forms, TaskRunner tasks, DialogService dialogs) {
        this.forms = forms;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    public List<Row> rows() {
        return rows;
    }

    public StringProperty statusProperty() {
        return status;
    }

    /** Which documents use the cell's own copy (a file in the folder beside the database). */
    public void load() {
        tasks.run(() -> rows.stream().map(r -> forms.templates().custom(r.kind()).isPresent()).toList(), owns -> {
            for (int i = 0; i < rows.size(); i++) {
                rows.get(i).ownProperty().set(owns.get(i));
            }
        }, this::failed);
    }

    /** Saves the built-in template to a file of the person's choice, to edit in Word. */
    public void saveBuiltIn(Row row) {
        dialogs.chooseSaveFile(row.kind().resourceName(), "docx", m.get("forms.templates.filter")).ifPresent(file ->
                tasks.run(() -> {
                    forms.templates().copyBuiltIn(row.kind(), file);
                    return file;
                }, saved -> status.set(m.get("forms.templates.saved", saved)), this::failed));
    }

    /** Puts the cell's own copy in place, after trying it; a file that cannot be used changes nothing. */
    public void useOwn(Row row) {
        dialogs.chooseOpenFile("docx", m.get("forms.templates.filter")).ifPresent(file -> tasks.run(() -> {
            forms.installTemplate(row.kind(), file);
            return file;
        }, used -> {
            row.ownProperty().set(true);
            status.set(m.get("forms.templates.installed", m.get("forms.form." + row.kind().name())));
        }, this::failed));
    }

    /** Back to the built-in template, after asking: the cell's copy in the program's folder is removed. */
    public void useBuiltIn(Row row) {
        String title = m.get("forms.form." + row.kind().name());
        if (!dialogs.confirm(m.get("forms.templates.reset.title"), m.get("forms.templates.reset.message", title),
                m.get("forms.templates.reset"))) {
            return;
        }
        tasks.run(() -> {
            forms.templates().reset(row.kind());
            return row;
        }, done -> {
            row.ownProperty().set(false);
            status.set(m.get("forms.templates.resetDone", title));
        }, this::failed);
    }

    private void failed(Throwable e) {
        dialogs.showError(m.get("forms.templates.title"), ErrorText.describe(e, m));
    }
}
