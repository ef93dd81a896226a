package vn.ptdv.ui.candidate;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.ptdv.domain.Candidate;
import vn.ptdv.domain.DisplayDates;
import vn.ptdv.domain.Step;
import vn.ptdv.domain.journal.JournalEntry;
import vn.ptdv.domain.journal.JournalKind;
import vn.ptdv.domain.rules.ReviewSchedule.NextReview;
import vn.ptdv.i18n.Messages;
import vn.ptdv.service.CandidateWithSteps;
import vn.ptdv.service.ErrorText;
import vn.ptdv.service.JournalService;
import vn.ptdv.service.JournalText;
import vn.ptdv.ui.common.DialogService;
import vn.ptdv.ui.common.TaskRunner;

/**
 * The candidate's training journal (tab Bồi dưỡng): the entries newest first, what the helper last
 * said and when the next review is due, with add, edit and delete.
 */
public final class JournalViewModel {
    private final Messages m = Messages.current();
    private final JournalService service;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Clock clock;
    private boolean overdue;
    private final ObservableList<JournalEntry> entries = FXCollections.observableArrayList();
    private final StringProperty lastReview = new SimpleStringProperty("");
    private final StringProperty nextReview = new SimpleStringProperty("");
    private final LongProperty candidateId = new SimpleLongProperty(0);
    private List<Step> steps = List.of();
    private Candidate candidate;
    private String helper = "";

    public JournalViewModel(JournalService service, TaskRunner tasks, DialogService dialogs, Clock clock) {
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.clock = clock;
    }

    public ObservableList<JournalEntry> entries() {
        return entries;
    }

    /** "Nhận xét gần nhất: …" or that there was none. */
    public StringProperty lastReviewProperty() {
        return lastReview;
    }

    /** "Lần nhận xét tới: …" or why there is none. */
    public StringProperty nextReviewProperty() {
        return nextReview;
    }

    public LongProperty candidateIdProperty() {
        return candidateId;
    }

    /** Reads the candidate's journal in the background; the file's steps give the helper and cadence. */
    public void show(Candidate who, List<Step> file) {
        candidate = who;
        steps = List.copyOf(file);
        candidateId.set(who.id());
        reload(() -> { });
    }

    /** The file's steps changed (a helper assigned, the cell's vote): the next review is worked out again. */
    public void stepsChanged(List<Step> file) {
        if (candidate != null) {
            steps = List.copyOf(file);
            reload(() -> { });
        }
    }

    public void clear() {
        candidate = null;
        steps = List.of();
        candidateId.set(0);
        entries.clear();
        lastReview.set("");
        nextReview.set("");
        helper = "";
    }

    private record Loaded(List<JournalEntry> entries, Optional<NextReview> next) {
    }

    /** Reads the journal again after a change, then runs {@code afterwards}. */
    public void reload(Runnable afterwards) {
        Candidate who = candidate;
        if (who == null) {
            return;
        }
        CandidateWithSteps file = new CandidateWithSteps(who, steps);
        tasks.run(() -> {
            List<JournalEntry> read = service.entries(who.id());
            return new Loaded(read, service.nextReview(file, read));
        }, loaded -> {
            if (candidateId.get() != who.id()) {
                return; // another candidate was opened meanwhile
            }
            entries.setAll(loaded.entries());
            lastReview.set(JournalService.latestReview(loaded.entries())
                    .map(r -> m.get("journal.lastReview", DisplayDates.format(r.date()), r.person(),
                            m.get(r.ready().orElse(false) ? "journal.ready.yes" : "journal.ready.no")))
                    .orElse(m.get("journal.noReview")));
            helper = loaded.next().flatMap(n -> n.helpers().stream().findFirst()).orElse("");
            overdue = loaded.next().map(n -> n.due().isBefore(today())).orElse(false);
            nextReview.set(loaded.next().map(n -> m.get(n.due().isBefore(today()) ? "journal.nextReviewOverdue"
                    : "journal.nextReview", DisplayDates.format(n.due()), String.join(", ", n.helpers())))
                    .orElse(m.get("journal.noNextReview")));
            afterwards.run();
        }, this::showError);
    }

    /** Whether the next review's date has passed. */
    public boolean nextReviewOverdue() {
        return overdue;
    }

    /** Today, for what the list says is late. */
    public java.time.LocalDate today() {
        return java.time.LocalDate.now(clock);
    }

    /** Deletes the entry after asking; nothing happens when the person says no. */
    public void remove(JournalEntry entry, Runnable afterwards) {
        if (!dialogs.confirm(m.get("journal.confirmDelete.title"), m.get("journal.confirmDelete.message",
                JournalText.kind(entry, m), DisplayDates.format(entry.date())), m.get("journal.delete"))) {
            return;
        }
        tasks.run(() -> {
            service.delete(entry.id());
            return null;
        }, ignored -> reload(afterwards), this::showError);
    }

    /** An editor for a new entry of the kind, for the candidate shown. */
    public void editorForNew(JournalKind kind, Consumer<JournalEditorViewModel> open) {
        if (candidateId.get() == 0) {
            return;
        }
        open.accept(JournalEditorViewModel.forNew(service, tasks, dialogs, clock, candidateId.get(), kind, helper));
    }

    public void editorFor(JournalEntry entry, Consumer<JournalEditorViewModel> open) {
        open.accept(JournalEditorViewModel.forExisting(service, tasks, dialogs, clock, entry));
    }

    private void showError(Throwable e) {
        dialogs.showError(m.get("error.title"), ErrorText.describe(e, m));
    }
}
