package vn.ptdv.ui.settings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import vn.ptdv.domain.DisplayDates;
import vn.ptdv.domain.audit.AuditKind;
import vn.ptdv.domain.audit.AuditQuery;
import vn.ptdv.i18n.Messages;
import vn.ptdv.report.ReportService;
import vn.ptdv.service.AuditLine;
import vn.ptdv.service.AuditService;
import vn.ptdv.service.ErrorText;
import vn.ptdv.ui.common.DialogService;
import vn.ptdv.ui.common.TaskRunner;

/**
 * Nhật ký: the whole audit trail, filtered by days, kind and text, a page at a time, newest first, and
 * exported to Excel as filtered. Read only: nothing here changes an entry.
 */
public final class AuditLogViewModel {
    static final int PAGE = 200;

    private final Messages m = Messages.current();
    private final AuditService audit;
    private final ReportService reports;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Clock clock;
    private final StringProperty from = new SimpleStringProperty("");
    private final StringProperty to = new SimpleStringProperty("");
    private final ObjectProperty<AuditKind> kind = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final ObservableList<AuditLine> lines = FXCollections.observableArrayList();
    private final BooleanProperty hasMore = new SimpleBooleanProperty();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    /** The query the lines shown answer, so that "more" and the export follow what is on the screen. */
    private AuditQuery shown = AuditQuery.all();

    public AuditLogViewModel(AuditService audit, ReportService reports, TaskRunner tasks, DialogService dialogs,
                             Clock clock) {
        this.audit = audit;
        this.reports = reports;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.clock = clock;
        from.addListener((o, a, b) -> errors.remove("from"));
        to.addListener((o, a, b) -> errors.remove("to"));
    }

    /** The first day, dd/MM/yyyy; empty for the start of the trail. */
    public StringProperty fromProperty() {
        return from;
    }

    /** The last day, dd/MM/yyyy; empty for today. */
    public StringProperty toProperty() {
        return to;
    }

    /** One kind of entry, or null for all. */
    public ObjectProperty<AuditKind> kindProperty() {
        return kind;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObservableList<AuditLine> lines() {
        return lines;
    }

    public BooleanProperty hasMoreProperty() {
        return hasMore;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public StringProperty statusProperty() {
        return status;
    }

    /** A refused date field's message, by field ("from", "to"). */
    public ObservableMap<String, String> errors() {
        return errors;
    }

    /** Reads the newest page matching the filters. */
    public void load() {
        query().ifPresent(q -> {
            shown = q;
            read(q.withPage(0, PAGE), false);
        });
    }

    /** Adds the next older page. */
    public void more() {
        read(shown.withPage(lines.size(), PAGE), true);
    }

    private void read(AuditQuery q, boolean append) {
        running.set(true);
        tasks.run(() -> audit.find(q), page -> {
            running.set(false);
            if (append) {
                lines.addAll(page.lines());
            } else {
                lines.setAll(page.lines());
            }
            hasMore.set(page.hasMore());
            status.set(lines.isEmpty() ? m.get("audit.none") : page.hasMore()
                    ? m.get("audit.shownMore", lines.size()) : m.get("audit.shown", lines.size()));
        }, this::failed);
    }

    /** Writes every entry matching the filters (not only those shown) to an Excel file the person chooses. */
    public void export() {
        Optional<AuditQuery> q = query();
        if (q.isEmpty()) {
            return;
        }
        dialogs.chooseSaveFile(m.get("audit.export.fileName"), "xlsx", m.get("reports.filter")).ifPresent(file -> {
            running.set(true);
            tasks.runBeside(() -> reports.exportAudit(q.get(), LocalDate.now(clock), file), count -> {
                running.set(false);
                status.set(m.get("audit.export.done", count, file));
            }, this::failed);
        });
    }

    /** The filters as a query; empty (with the field's error shown) when a date is not a date. */
    private Optional<AuditQuery> query() {
        Optional<Optional<LocalDate>> first = day("from", from.get());
        Optional<Optional<LocalDate>> last = day("to", to.get());
        if (first.isEmpty() || last.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(AuditQuery.all().withDates(first.get(), last.get()).withKind(Optional.ofNullable(kind.get()))
                .withText(text.get()));
    }

    /** Empty when refused; an empty day when the field is empty. */
    private Optional<Optional<LocalDate>> day(String field, String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.of(Optional.empty());
        }
        Optional<LocalDate> day = DisplayDates.parse(typed);
        if (day.isEmpty()) {
            errors.put(field, m.get("validation.date.format", typed.strip()));
            return Optional.empty();
        }
        return Optional.of(day);
    }

    private void failed(Throwable e) {
        running.set(false);
        dialogs.showError(m.get("error.title"), ErrorText.describe(e, m));
    }
}
