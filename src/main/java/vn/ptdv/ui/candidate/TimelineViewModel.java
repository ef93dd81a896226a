package vn.ptdv.ui.candidate;

import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import java.time.LocalDate;
import vn.ptdv.domain.Candidate;
import vn.ptdv.domain.Cell;
import vn.ptdv.domain.checklist.FileChecklist;
import vn.ptdv.domain.rules.NextStep;
import vn.ptdv.service.CandidateWithSteps;
import vn.ptdv.service.TodoItem;
import vn.ptdv.domain.CandidateFile;
import vn.ptdv.domain.DisplayDates;
import vn.ptdv.domain.Step;
import vn.ptdv.i18n.Messages;
import vn.ptdv.service.CandidateService;
import vn.ptdv.service.CellService;
import vn.ptdv.service.CheckService;
import vn.ptdv.domain.rules.RuleCode;
import vn.ptdv.service.ErrorText;
import vn.ptdv.ui.common.DialogService;
import vn.ptdv.ui.common.Labels;
import vn.ptdv.ui.common.TaskRunner;

/** A candidate's steps, newest first, with the milestone line, and the commands on them. */
public final class TimelineViewModel {
    private final Messages m = Messages.current();
    private final CandidateService service;
    private final CellService cellService;
    private final CheckService checks;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Clock clock;
    private final ObservableList<Step> steps = FXCollections.observableArrayList();
    private final StringProperty milestones = new SimpleStringProperty("");
    private final LongProperty candidateId = new SimpleLongProperty(0);
    private final ObservableList<NextStep> nextSteps = FXCollections.observableArrayList();
    private final ObservableList<TodoItem> findings = FXCollections.observableArrayList();
    private final javafx.beans.property.ObjectProperty<FileChecklist> checklist =
            new javafx.beans.property.SimpleObjectProperty<>();
    private Candidate candidate;

    public TimelineViewModel(CandidateService service, CellService cellService, CheckService checks,
                             TaskRunner tasks, DialogService dialogs, Clock clock) {
        this.service = service;
        this.cellService = cellService;
        this.checks = checks;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.clock = clock;
    }

    public ObservableList<Step> steps() {
        return steps;
    }

    public StringProperty milestonesProperty() {
        return milestones;
    }

    public LongProperty candidateIdProperty() {
        return candidateId;
    }

    /** Today, for the screen: an earliest day already past is not worth showing. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** What the file needs next, with the days between which each step may come. */
    public ObservableList<NextStep> nextSteps() {
        return nextSteps;
    }

    /** What the rules find in the file today, each with its acknowledgement if it has one. */
    public ObservableList<TodoItem> findings() {
        return findings;
    }

    /** The file's documents, worked out with the findings; empty (null) while none is shown. */
    public javafx.beans.property.ReadOnlyObjectProperty<FileChecklist> checklistProperty() {
        return checklist;
    }

    /** Shows a file just read, then works out its next steps and findings in the background. */
    public void show(Candidate who, List<Step> file) {
        candidate = who;
        candidateId.set(who.id());
        steps.setAll(file.stream().sorted(CandidateFile.CHRONOLOGICAL.reversed()).toList());
        milestones.set(MilestoneText.of(file));
        CandidateWithSteps whole = new CandidateWithSteps(who, file);
        tasks.run(() -> checks.review(whole, LocalDate.now(clock)), review -> {
            if (candidateId.get() == who.id()) {
                nextSteps.setAll(review.nextSteps());
                findings.setAll(review.findings());
                checklist.set(review.checklist());
            }
        }, this::showError);
    }

    public void clear() {
        candidate = null;
        candidateId.set(0);
        steps.clear();
        milestones.set("");
        nextSteps.clear();
        findings.clear();
        checklist.set(null);
    }

    /** The candidate's own data changed (name, birth date): the checks are worked out again. */
    public void candidateChanged(Candidate who) {
        candidate = who;
        reload(() -> { });
    }

    /** Reads the file again after a change, then runs {@code afterwards}. */
    public void reload(Runnable afterwards) {
        Candidate who = candidate;
        tasks.run(() -> service.steps(who.id()), file -> {
            show(who, file);
            afterwards.run();
        }, this::showError);
    }

    /** Removes the step after asking; nothing happens when the person says no. */
    public void remove(Step step, Runnable afterwards) {
        if (!dialogs.confirm(m.get("timeline.remove.title"), m.get("timeline.remove.message",
                Labels.step(step.code()), DisplayDates.format(step.date())), m.get("timeline.remove.confirm"))) {
            return;
        }
        tasks.run(() -> {
            service.deleteStep(step.id());
            return null;
        }, ignored -> reload(afterwards), this::showError);
    }

    /** What an editor needs from the database: the cell's members and the vote threshold. */
    private record EditorContext(int members, int[] threshold) {
    }

    private void withEditorContext(Consumer<EditorContext> then) {
        tasks.run(() -> new EditorContext(cellService.cell().map(Cell::officialMembers).orElse(0),
                checks.settings().fraction(RuleCode.VOTE_THRESHOLD)), then, this::showError);
    }

    /** An editor for the step that comes next; the cell's member count pre-fills votes. */
    public void editorForNewStep(Consumer<StepEditorViewModel> open) {
        long id = candidateId.get();
        List<Step> file = List.copyOf(steps);
        withEditorContext(ctx -> {
            StepEditorViewModel vm = StepEditorViewModel.forNewStep(service, tasks, dialogs, id, file, ctx.members(), clock);
            vm.setVoteThreshold(ctx.threshold());
            open.accept(vm);
        });
    }

    public void editorFor(Step step, Consumer<StepEditorViewModel> open) {
        withEditorContext(ctx -> {
            StepEditorViewModel vm = StepEditorViewModel.forExistingStep(service, tasks, dialogs, step, ctx.members());
            vm.setVoteThreshold(ctx.threshold());
            open.accept(vm);
        });
    }

    private void showError(Throwable e) {
        dialogs.showError(m.get("error.title"), ErrorText.describe(e, m));
    }
}
