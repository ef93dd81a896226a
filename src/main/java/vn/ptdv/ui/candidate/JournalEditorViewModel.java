package vn.ptdv.ui.candidate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import vn.ptdv.domain.DisplayDates;
import vn.ptdv.domain.journal.Assessment;
import vn.ptdv.domain.journal.JournalEntry;
import vn.ptdv.domain.journal.JournalKind;
import vn.ptdv.domain.journal.Rating;
import vn.ptdv.domain.journal.ReviewHeading;
import vn.ptdv.domain.journal.TaskOutcome;
import vn.ptdv.domain.journal.TaskResult;
import vn.ptdv.i18n.Messages;
import vn.ptdv.service.JournalService;
import vn.ptdv.ui.common.DialogService;
import vn.ptdv.ui.common.FieldInput;
import vn.ptdv.ui.common.TaskRunner;

/**
 * Adding or editing one entry of the training journal. The kind is chosen by the button that opened
 * the editor and can be changed in it; the editor shows the fields of the kind chosen. Field names match the service's
 * errors: date, person, text, due, resultDate, resultComment, ready, and each heading's name.
 */
public final class JournalEditorViewModel {
    private final JournalService service;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Clock clock;
    private final Messages messages = Messages.current();
    private final long candidateId;
    private final long entryId;
    /** Chosen by the button that opened the editor; can be changed there (a note that was really a task). */
    private final ObjectProperty<JournalKind> kind = new SimpleObjectProperty<>();

    private final StringProperty date = new SimpleStringProperty("");
    private final StringProperty person = new SimpleStringProperty("");
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty due = new SimpleStringProperty("");
    private final ObjectProperty<TaskResult> result = new SimpleObjectProperty<>();
    private final StringProperty resultDate = new SimpleStringProperty("");
    private final StringProperty resultComment = new SimpleStringProperty("");
    private final Map<ReviewHeading, ObjectProperty<Rating>> ratings = new EnumMap<>(ReviewHeading.class);
    private final Map<ReviewHeading, StringProperty> comments = new EnumMap<>(ReviewHeading.class);
    private final ObjectProperty<Boolean> ready = new SimpleObjectProperty<>();
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final vn.ptdv.ui.common.UnsavedEdits edits;

    private JournalEditorViewModel(JournalService service, TaskRunner tasks, DialogService dialogs, Clock clock,
                                   long candidateId, long entryId, JournalKind kind) {
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.edits = new vn.ptdv.ui.common.UnsavedEdits(dialogs, this::values);
        this.clock = clock;
        this.candidateId = candidateId;
        this.entryId = entryId;
        this.kind.set(kind);
        // The fields of the other kind are gone from the dialog: their errors go with them.
        this.kind.addListener((o, a, b) -> errors.clear());
        for (ReviewHeading h : ReviewHeading.values()) {
            ratings.put(h, new SimpleObjectProperty<>());
            comments.put(h, new SimpleStringProperty(""));
            ratings.get(h).addListener((o, a, b) -> errors.remove(h.name()));
            comments.get(h).addListener((o, a, b) -> errors.remove(h.name()));
        }
        // An error goes as soon as its field is edited.
        date.addListener((o, a, b) -> errors.remove("date"));
        person.addListener((o, a, b) -> errors.remove("person"));
        text.addListener((o, a, b) -> errors.remove("text"));
        due.addListener((o, a, b) -> errors.remove("due"));
        resultDate.addListener((o, a, b) -> errors.remove("resultDate"));
        resultComment.addListener((o, a, b) -> errors.remove("resultComment"));
        ready.addListener((o, a, b) -> errors.remove("ready"));
        // A result is mostly recorded on the day it is reported.
        result.addListener((o, old, now) -> {
            errors.remove("resultDate");
            if (now != null && resultDate.get().isBlank()) {
                resultDate.set(DisplayDates.format(LocalDate.now(clock)));
            }
        });
    }

    /** A new entry dated today; a task or a review names the candidate's helper to start with. */
    public static JournalEditorViewModel forNew(JournalService service, TaskRunner tasks, DialogService dialogs,
                                                Clock clock, long candidateId, JournalKind kind, String helper) {
        JournalEditorViewModel vm = new JournalEditorViewModel(service, tasks, dialogs, clock, candidateId, 0, kind);
        vm.date.set(DisplayDates.format(LocalDate.now(clock)));
        if (kind == JournalKind.TASK || kind == JournalKind.REVIEW) {
            vm.person.set(helper);
        }
        vm.edits.markUnchanged();
        return vm;
    }

    public static JournalEditorViewModel forExisting(JournalService service, TaskRunner tasks, DialogService dialogs,
                                                     Clock clock, JournalEntry e) {
        JournalEditorViewModel vm = new JournalEditorViewModel(service, tasks, dialogs, clock, e.candidateId(), e.id(),
                e.kind());
        vm.date.set(DisplayDates.format(e.date()));
        vm.person.set(e.person());
        vm.text.set(e.text());
        vm.due.set(e.due().map(DisplayDates::format).orElse(""));
        e.outcome().ifPresent(o -> {
            vm.resultDate.set(DisplayDates.format(o.date()));
            vm.result.set(o.result());
            vm.resultComment.set(o.comment());
        });
        e.assessments().forEach((h, a) -> {
            vm.ratings.get(h).set(a.rating());
            vm.comments.get(h).set(a.comment());
        });
        vm.ready.set(e.ready().orElse(null));
        vm.edits.markUnchanged();
        return vm;
    }

    /** Every value the person can change, to tell whether closing the dialog loses anything typed. */
    private java.util.List<Object> values() {
        java.util.List<Object> values = new java.util.ArrayList<>(java.util.Arrays.asList(kind.get(), date.get(), person.get(),
                text.get(), due.get(), result.get(), resultDate.get(), resultComment.get(), ready.get()));
        for (ReviewHeading h : ReviewHeading.values()) {
            values.add(ratings.get(h).get());
            values.add(comments.get(h).get());
        }
        return values;
    }

    /** Before the dialog closes without saving (Hủy, Escape, the window's ×): see {@link vn.ptdv.ui.common.UnsavedEdits}. */
    public boolean mayDiscard() {
        return edits.mayDiscard();
    }

    public boolean isNew() {
        return entryId == 0;
    }

    public JournalKind kind() {
        return kind.get();
    }

    public ObjectProperty<JournalKind> kindProperty() {
        return kind;
    }

    public StringProperty dateProperty() {
        return date;
    }

    public StringProperty personProperty() {
        return person;
    }

    public StringProperty textProperty() {
        return text;
    }

    public StringProperty dueProperty() {
        return due;
    }

    public ObjectProperty<TaskResult> resultProperty() {
        return result;
    }

    public StringProperty resultDateProperty() {
        return resultDate;
    }

    public StringProperty resultCommentProperty() {
        return resultComment;
    }

    public ObjectProperty<Rating> ratingProperty(ReviewHeading heading) {
        return ratings.get(heading);
    }

    public StringProperty commentProperty(ReviewHeading heading) {
        return comments.get(heading);
    }

    /** Whether the helper thinks the candidate can be proposed; null until chosen. */
    public ObjectProperty<Boolean> readyProperty() {
        return ready;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    public BooleanProperty savingProperty() {
        return saving;
    }

    /** Validates, saves in the background and calls {@code onSaved} with the stored entry. */
    public void save(Consumer<JournalEntry> onSaved) {
        vn.ptdv.ui.common.BackgroundSave.run(saving, errors, this::parse, service::save, onSaved, tasks, dialogs, messages);
    }

    private Optional<JournalEntry> parse() {
        JournalKind kind = this.kind.get();
        Optional<LocalDate> when = date("date", date, true);
        Optional<LocalDate> dueDate = kind == JournalKind.TASK ? date("due", due, false) : Optional.empty();
        Optional<TaskOutcome> outcome = Optional.empty();
        if (kind == JournalKind.TASK && result.get() != null) {
            Optional<LocalDate> reported = date("resultDate", resultDate, true);
            if (reported.isPresent()) {
                outcome = Optional.of(new TaskOutcome(result.get(), reported.get(), resultComment.get()));
            }
        }
        Map<ReviewHeading, Assessment> assessments = new EnumMap<>(ReviewHeading.class);
        if (kind == JournalKind.REVIEW) {
            ratings.forEach((h, r) -> {
                if (r.get() != null) {
                    assessments.put(h, new Assessment(r.get(), comments.get(h).get()));
                }
            });
        }
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new JournalEntry(entryId, candidateId, kind, when.orElseThrow(), person.get(), text.get(),
                dueDate, outcome, assessments, Optional.ofNullable(ready.get())));
    }

    private Optional<LocalDate> date(String field, StringProperty p, boolean required) {
        return FieldInput.date(errors, messages, field, p.get(), required);
    }
}
