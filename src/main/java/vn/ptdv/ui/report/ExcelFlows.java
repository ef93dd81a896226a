package vn.ptdv.ui.report;

import java.nio.file.Path;
import vn.ptdv.i18n.Messages;
import vn.ptdv.report.ImportFileException;
import vn.ptdv.report.ImportPreview;
import vn.ptdv.report.ImportService;
import vn.ptdv.report.ImportText;
import vn.ptdv.report.TemplateWriter;
import vn.ptdv.service.ErrorText;
import vn.ptdv.ui.common.DialogService;
import vn.ptdv.ui.common.TaskRunner;

/**
 * Nhập từ Excel and its template, as both the Reports screen and the first-start welcome offer them:
 * one import (choose, preview, confirm, write all or nothing) wherever it is started from.
 */
public final class ExcelFlows {
    /** What a flow tells the screen that started it; every call comes on the JavaFX thread. */
    public interface Progress<T> {
        /** Background work began; {@code status} says what ("Đang đọc tệp…"). */
        void working(String status);

        /** The work is done. */
        void done(T result);

        /**
         * Nothing was written: no file chosen, the person said no, or the file was refused or could not
         * be read (already told in a dialog).
         */
        void stopped();
    }

    private final Messages m = Messages.current();
    private final ImportService imports;
    private final TaskRunner tasks;
    private final DialogService dialogs;

    public ExcelFlows(ImportService imports, TaskRunner tasks, DialogService dialogs) {
        this.imports = imports;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    /** Asks where to save the empty import workbook, then writes it in the background. */
    public void makeTemplate(Progress<Path> progress) {
        dialogs.chooseSaveFile(m.get("reports.templateName"), "xlsx", m.get("reports.filter")).ifPresentOrElse(file -> {
            progress.working(m.get("reports.template.writing"));
            tasks.run(() -> {
                new TemplateWriter().write(file);
                return file;
            }, progress::done, e -> {
                progress.stopped();
                dialogs.showError(m.get("error.title"), ErrorText.describe(e, m));
            });
        }, progress::stopped);
    }

    /**
     * Reads the chosen workbook, shows what it would do, and imports only when the person agrees and
     * there is no error; {@code done} gets what was written.
     */
    public void importFile(Progress<ImportPreview> progress) {
        dialogs.chooseOpenFile("xlsx", m.get("reports.filter")).ifPresentOrElse(file -> {
            progress.working(m.get("reports.reading"));
            tasks.run(() -> imports.preview(file), preview -> {
                String text = String.join("\n", ImportText.lines(preview, m));
                if (!preview.canApply()) {
                    progress.stopped();
                    dialogs.showError(m.get("reports.import.title"), text + "\n\n" + m.get("import.refused"));
                    return;
                }
                if (!dialogs.confirm(m.get("reports.import.title"), text, m.get("reports.import.confirm"))) {
                    progress.stopped();
                    return;
                }
                progress.working(m.get("reports.importing"));
                tasks.run(() -> imports.apply(file), done -> {
                    if (done.canApply()) {
                        progress.done(done);
                    } else {
                        // The file changed between the preview and the import: still nothing written.
                        progress.stopped();
                        dialogs.showError(m.get("reports.import.title"), m.get("import.refused"));
                    }
                }, e -> importFailed(progress, file, e));
            }, e -> importFailed(progress, file, e));
        }, progress::stopped);
    }

    private void importFailed(Progress<ImportPreview> progress, Path file, Throwable e) {
        progress.stopped();
        // The messages name the file ({0}); without it they would read "Tệp  trống".
        String text = e instanceof ImportFileException f ? m.get(f.messageKey(), file.getFileName())
                : ErrorText.describe(e, m);
        dialogs.showError(m.get("reports.import.title"), text);
    }
}
