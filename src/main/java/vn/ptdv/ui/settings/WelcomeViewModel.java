package vn.ptdv.ui.settings;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.ptdv.domain.Cell;
import vn.ptdv.i18n.Messages;
import vn.ptdv.service.CandidateService;
import vn.ptdv.service.CellService;
import vn.ptdv.service.DemoDataService;
import vn.ptdv.service.ErrorText;
import vn.ptdv.service.ValidationException;
import vn.ptdv.ui.common.DialogService;
import vn.ptdv.ui.common.FieldInput;
import vn.ptdv.ui.common.TaskRunner;
import vn.ptdv.ui.report.ExcelFlows;

/**
 * The welcome on an empty database: the cell's name, its superior committee and its secretary, then how
 * to begin. The cell is saved only once the chosen beginning has worked, so that a refused import or a
 * cancelled file chooser leaves the database as it was and the person can choose again.
 */
public final class WelcomeViewModel {
    /** How to begin. */
    public enum Start {
        /** An empty list, people added one by one. */
        EMPTY,
        /** The lists the cell already keeps, from a workbook in the template's layout. */
        IMPORT,
        /** The empty template, saved to be filled in and imported later. */
        TEMPLATE,
        /** The sample cell, to learn the program on. */
        SAMPLE
    }

    /** What the welcome did, for the window's status line; {@code summary} is empty for an empty start. */
    public record Outcome(Start start, String summary) {
    }

    private final Messages m = Messages.current();
    private final CellService cells;
    private final CandidateService candidates;
    private final DemoDataService demo;
    private final ExcelFlows excel;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final CellFormViewModel cell = new CellFormViewModel();
    private final ObjectProperty<Start> start = new SimpleObjectProperty<>(Start.EMPTY);
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>();
    private final StringBinding startLabel;

    public WelcomeViewModel(CellService cells, CandidateService candidates, DemoDataService demo,
                            ExcelFlows excel, TaskRunner tasks, DialogService dialogs) {
        this.cells = cells;
        this.candidates = candidates;
        this.demo = demo;
        this.excel = excel;
        this.tasks = tasks;
        this.dialogs = dialogs;
        // The button says what happens next: a file chooser opens for the two Excel choices.
        startLabel = Bindings.createStringBinding(() -> m.get(switch (start.get()) {
            case IMPORT -> "firstStart.start.import";
            case TEMPLATE -> "firstStart.start.template";
            default -> "firstStart.start";
        }), start);
    }

    /** The cell's details as typed (the welcome shows the name, the superior committee and the secretary). */
    public CellFormViewModel cell() {
        return cell;
    }

    public ObjectProperty<Start> startProperty() {
        return start;
    }

    /** Background work is running: the choices and buttons wait, and the window may not close. */
    public BooleanProperty runningProperty() {
        return running;
    }

    /** What the background work is doing ("Đang đọc tệp…"). */
    public StringProperty statusProperty() {
        return status;
    }

    public StringBinding startLabelProperty() {
        return startLabel;
    }

    /** Set once the chosen beginning has worked and the cell is saved: the welcome is over. */
    public ReadOnlyObjectProperty<Outcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** Begins as chosen; the fields are checked first, and nothing happens while work is running. */
    public void begin() {
        if (running.get() || outcome.get() != null) {
            return;
        }
        Optional<Cell> typed = cell.toCell();
        if (typed.isEmpty()) {
            return;
        }
        Cell details = typed.get();
        switch (start.get()) {
            case EMPTY -> save(() -> {
                cells.saveCell(details);
                return "";
            }, this::over);
            case SAMPLE -> {
                working(m.get("firstStart.sample.adding"));
                save(() -> {
                    // Sample data never goes into a file that has people: checked before anything is saved.
                    if (candidates.count() > 0) {
                        throw new DemoDataService.NotEmptyException();
                    }
                    cells.saveCell(details);
                    return m.get("firstStart.sample.done", demo.fill());
                }, this::over);
            }
            case IMPORT -> excel.importFile(new Flow<>(done -> save(() -> {
                cells.saveCell(details);
                return m.get("reports.import.done", done.added().size(), done.updated().size(), done.stepsAdded());
            }, this::over)));
            case TEMPLATE -> excel.makeTemplate(new Flow<>(file -> save(() -> {
                cells.saveCell(details);
                return m.get("cli.template.done", file);
            }, summary -> {
                dialogs.showInfo(m.get("firstStart.template.title"), m.get("firstStart.template.done", file));
                over(summary);
            })));
        }
    }

    /**
     * The last of the work, in the background: it saves the cell (after the import or the template, so
     * that their failure leaves the database as it was), then {@code then} gets the status line.
     */
    private void save(Callable<String> work, Consumer<String> then) {
        if (!running.get()) {
            working(m.get("firstStart.saving"));
        }
        tasks.run(work, summary -> {
            running.set(false);
            status.set("");
            then.accept(summary);
        }, this::failed);
    }

    private void over(String summary) {
        outcome.set(new Outcome(start.get(), summary));
    }

    private void working(String text) {
        running.set(true);
        status.set(text);
    }

    private void failed(Throwable e) {
        running.set(false);
        status.set("");
        if (e instanceof ValidationException v) {
            FieldInput.showErrors(cell.errors(), m, v.errors());
        } else if (e instanceof DemoDataService.NotEmptyException) {
            // The general message speaks of the command line's --db; here another choice is the way on.
            dialogs.showError(m.get("error.title"), m.get("firstStart.sample.notEmpty"));
        } else {
            dialogs.showError(m.get("error.title"), ErrorText.describe(e, m));
        }
    }

    /** A flow's progress in the welcome: busy while it works, free to choose again when it stops. */
    private final class Flow<T> implements ExcelFlows.Progress<T> {
        private final Consumer<T> onDone;

        Flow(Consumer<T> onDone) {
            this.onDone = onDone;
        }

        @Override
        public void working(String text) {
            WelcomeViewModel.this.working(text);
        }

        @Override
        public void done(T result) {
            onDone.accept(result);
        }

        @Override
        public void stopped() {
            running.set(false);
            status.set("");
        }
    }
}
