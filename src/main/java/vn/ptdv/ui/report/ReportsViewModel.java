package vn.ptdv.ui.report;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import vn.ptdv.domain.DisplayDates;
import vn.ptdv.i18n.Messages;
import vn.ptdv.report.ImportService;
import vn.ptdv.report.ReportService;
import vn.ptdv.service.ErrorText;
import vn.ptdv.ui.common.DialogService;
import vn.ptdv.ui.common.FileOpener;
import vn.ptdv.ui.common.TaskRunner;

/** Báo cáo: the yearly report written to an Excel file the person chooses, then opened if they wish. */
public final class ReportsViewModel {
    private final Messages m = Messages.current();
    private final ReportService reports;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final FileOpener opener;
    private final ExcelFlows excel;
    private final IntegerProperty year;
    private final StringProperty reportDate;
    private final StringProperty place = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");
    /** The import's and the template's own line, under their buttons (it showed beside the report's). */
    private final StringProperty importStatus = new SimpleStringProperty("");
    private final ObjectProperty<Path> written = new SimpleObjectProperty<>();
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();

    public ReportsViewModel(ReportService reports, ImportService imports, TaskRunner tasks, DialogService dialogs,
                            FileOpener opener, Clock clock) {
        this.reports = reports;
        this.excel = new ExcelFlows(imports, tasks, dialogs);
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.opener = opener;
        LocalDate today = LocalDate.now(clock);
        this.year = new SimpleIntegerProperty(today.getYear());
        this.reportDate = new SimpleStringProperty(DisplayDates.format(today));
        reportDate.addListener((o, a, b) -> errors.remove("reportDate"));
    }

    public IntegerProperty yearProperty() {
        return year;
    }

    public StringProperty reportDateProperty() {
        return reportDate;
    }

    /** The place written before the date ("Phố Lu, ngày …"): the cell's, unless changed here. */
    public StringProperty placeProperty() {
        return place;
    }

    /** Prefills the place from Settings (in the background: it reads the database). */
    public void load() {
        if (place.get().isBlank()) {
            tasks.run(reports::defaultPlace, place::set, e -> { });
        }
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public StringProperty importStatusProperty() {
        return importStatus;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ObjectProperty<Path> writtenProperty() {
        return written;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    /** Asks where to save, then writes the report in the background. */
    public void export() {
        Optional<LocalDate> date = DisplayDates.parse(reportDate.get());
        if (date.isEmpty()) {
            errors.put("reportDate", m.get("validation.date.format", reportDate.get()));
            return;
        }
        int y = year.get();
        String where = place.get();
        dialogs.chooseSaveFile(m.get("reports.fileName", String.valueOf(y)), "xlsx", m.get("reports.filter"))
                .ifPresent(file -> {
                    running.set(true);
                    status.set(m.get("reports.writing"));
                    tasks.runBeside(() -> {
                        reports.write(y, date.get(), where, file);
                        return file;
                    }, done -> {
                        running.set(false);
                        written.set(done);
                        status.set(m.get("reports.done", String.valueOf(y), done));
                    }, e -> {
                        running.set(false);
                        status.set("");
                        dialogs.showError(m.get("error.title"), m.get("reports.failed", file) + "\n"
                                + ErrorText.describe(e, m));
                    });
                });
    }

    /** Writes the empty import workbook where the person chooses. */
    public void makeTemplate() {
        excel.makeTemplate(new Shown<>(importStatus, done -> {
            written.set(done);
            importStatus.set(m.get("cli.template.done", done));
        }));
    }

    /**
     * Reads the chosen workbook, shows what it would do, and imports only when the person agrees and
     * there is no error.
     */
    public void importFile() {
        excel.importFile(new Shown<>(importStatus, done -> importStatus.set(m.get("reports.import.done",
                done.added().size(), done.updated().size(), done.stepsAdded()))));
    }

    /** A flow's progress on this screen: the busy sign and the status line. */
    private final class Shown<T> implements ExcelFlows.Progress<T> {
        private final StringProperty line;
        private final java.util.function.Consumer<T> onDone;

        Shown(StringProperty line, java.util.function.Consumer<T> onDone) {
            this.line = line;
            this.onDone = onDone;
        }

        @Override
        public void working(String text) {
            running.set(true);
            line.set(text);
        }

        @Override
        public void done(T result) {
            running.set(false);
            onDone.accept(result);
        }

        @Override
        public void stopped() {
            running.set(false);
            line.set("");
        }
    }

    public void openFile() {
        Optional.ofNullable(written.get()).ifPresent(opener::open);
    }

    public void openFolder() {
        Optional.ofNullable(written.get()).map(p -> p.toAbsolutePath().getParent()).ifPresent(opener::open);
    }
}
