package vn.ptdv.ui.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.ptdv.domain.DisplayDates;
import vn.ptdv.domain.rules.Finding;
import vn.ptdv.i18n.Messages;
import vn.ptdv.report.IcsWriter;
import vn.ptdv.service.CellService;
import vn.ptdv.service.CheckService;
import vn.ptdv.service.ErrorText;
import vn.ptdv.service.FindingText;
import vn.ptdv.service.TodoItem;
import vn.ptdv.ui.common.DialogService;
import vn.ptdv.ui.common.TaskRunner;

/**
 * Việc cần làm: every finding of the cell, overdue first, then due within 30, 60 and 90 days; each
 * opens its candidate; a finding can be acknowledged with a reason and the acknowledgement withdrawn.
 */
public final class TodoViewModel {
    private final Messages m = Messages.current();
    private final CheckService checks;
    private final CellService cell;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Clock clock;
    private final ObservableList<TodoItem> items = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> today = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");

    public TodoViewModel(CheckService checks, CellService cell, TaskRunner tasks, DialogService dialogs, Clock clock) {
        this.checks = checks;
        this.cell = cell;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.clock = clock;
    }

    public ObservableList<TodoItem> items() {
        return items;
    }

    public ObjectProperty<LocalDate> todayProperty() {
        return today;
    }

    public StringProperty statusProperty() {
        return status;
    }

    /** Works the list out again (in the background) as of today. */
    public void load(Runnable afterwards) {
        LocalDate day = LocalDate.now(clock);
        tasks.run(() -> checks.todo(day), list -> {
            today.set(day);
            items.setAll(list);
            afterwards.run();
        }, this::showError);
    }

    public List<TodoItem> group(TodoItem.Group group) {
        return items.stream().filter(i -> i.group(today.get()) == group).toList();
    }

    public long overdueCount() {
        return today.get() == null ? 0 : group(TodoItem.Group.OVERDUE).size();
    }

    public String text(TodoItem item) {
        return FindingText.message(item.finding(), m);
    }

    /** Asks for the reason and who accepts the finding; the secretary's name is suggested. */
    public void acknowledge(TodoItem item) {
        tasks.run(cell::cell, c -> {
            String secretary = c.map(x -> x.secretaryName()).orElse("");
            dialogs.askAcknowledgement(text(item), secretary).ifPresent(answer -> tasks.run(() -> {
                checks.acknowledge(item.finding(), answer.reason(), answer.by(), LocalDateTime.now(clock));
                return null;
            }, ignored -> load(() -> { }), this::showError));
        }, this::showError);
    }

    /** Withdraws an acknowledgement after asking: the finding is open again. */
    public void withdraw(TodoItem item) {
        item.acknowledgement().ifPresent(a -> {
            if (dialogs.confirm(m.get("todo.withdraw.title"), m.get("todo.withdraw.message", text(item)),
                    m.get("todo.withdraw.confirm"))) {
                tasks.run(() -> {
                    checks.withdraw(a.id());
                    return null;
                }, ignored -> load(() -> { }), this::showError);
            }
        });
    }

    /** Writes every deadline still ahead (not acknowledged) to an .ics file the person chooses. */
    public void exportCalendar() {
        List<IcsWriter.Event> events = items.stream()
                .filter(i -> i.acknowledgement().isEmpty() && i.finding().due().isPresent())
                .map(i -> event(i.finding()))
                .toList();
        if (events.isEmpty()) {
            status.set(m.get("todo.ics.none"));
            return;
        }
        dialogs.chooseSaveFile("ptdv-han.ics", "ics", m.get("todo.ics.filter")).ifPresent(file -> tasks.run(() -> {
            IcsWriter.write(file, events, LocalDateTime.now(clock));
            return file;
        }, written -> status.set(m.get("todo.ics.done", events.size(), written)), this::showError));
    }

    private IcsWriter.Event event(Finding f) {
        LocalDate due = f.due().orElseThrow();
        return new IcsWriter.Event(f.candidateId() + "-" + f.rule().name() + "-" + due,
                due, m.get("todo.ics.summary", f.candidateName(), m.get("todo.ics.what." + f.rule().name())),
                FindingText.message(f, m));
    }

    private void showError(Throwable e) {
        dialogs.showError(m.get("error.title"), ErrorText.describe(e, m));
    }

    /** The day the list was worked out, for its heading. */
    public String todayText() {
        return today.get() == null ? "" : DisplayDates.format(today.get());
    }
}
