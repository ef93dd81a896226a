package vn.ptdv.ui.candidate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import vn.ptdv.domain.CandidateFile;
import vn.ptdv.domain.DisplayDates;
import vn.ptdv.domain.PersonRole;
import vn.ptdv.domain.Step;
import vn.ptdv.domain.StepCode;
import vn.ptdv.domain.StepCode.Fields;
import vn.ptdv.domain.StepPerson;
import vn.ptdv.domain.rules.VoteCheck;
import vn.ptdv.i18n.Messages;
import vn.ptdv.service.CandidateService;
import vn.ptdv.ui.common.DialogService;
import vn.ptdv.ui.common.FieldInput;
import vn.ptdv.ui.common.TaskRunner;

/** Adding or editing one step of a candidate's file, with the fields that step records. */
public final class StepEditorViewModel {
    private final CandidateService service;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages = Messages.current();
    private final long candidateId;
    private final long stepId;

    private final ObjectProperty<StepCode> code = new SimpleObjectProperty<>();
    private final StringProperty date = new SimpleStringProperty("");
    private final StringProperty documentNumber = new SimpleStringProperty("");
    private final StringProperty issuingBody = new SimpleStringProperty("");
    private final StringProperty receivedDate = new SimpleStringProperty("");
    private final StringProperty result = new SimpleStringProperty("");
    private final StringProperty officialMembers = new SimpleStringProperty("");
    private final StringProperty membersPresent = new SimpleStringProperty("");
    private final StringProperty votesFor = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final ObservableList<PersonRow> people = FXCollections.observableArrayList();
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final ObjectProperty<int[]> voteThreshold = new SimpleObjectProperty<>(new int[] {2, 3});
    private final vn.ptdv.ui.common.UnsavedEdits edits;

    private StepEditorViewModel(CandidateService service, TaskRunner tasks, DialogService dialogs, long candidateId,
                                long stepId, int cellMembers) {
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.edits = new vn.ptdv.ui.common.UnsavedEdits(dialogs, this::values);
        this.candidateId = candidateId;
        this.stepId = stepId;
        // An error goes as soon as its field is edited.
        date.addListener((o, a, b) -> errors.remove("date"));
        receivedDate.addListener((o, a, b) -> errors.remove("receivedDate"));
        officialMembers.addListener((o, a, b) -> errors.remove("officialMembers"));
        membersPresent.addListener((o, a, b) -> errors.remove("membersPresent"));
        votesFor.addListener((o, a, b) -> errors.remove("votesFor"));
        note.addListener((o, a, b) -> errors.remove("note"));
        people.addListener((javafx.collections.ListChangeListener<PersonRow>) c -> {
            errors.remove("people");
            while (c.next()) {
                for (PersonRow row : c.getAddedSubList()) {
                    row.nameProperty().addListener((o, a, b) -> errors.remove("people"));
                    row.knownSinceProperty().addListener((o, a, b) -> errors.remove("people"));
                }
            }
        });
        code.addListener((o, old, now) -> {
            errors.clear();
            if (now != null && now.records(Fields.VOTES) && officialMembers.get().isBlank() && cellMembers > 0) {
                officialMembers.set(Integer.toString(cellMembers));
            }
            // People typed under one step keep their place under the new one, in its role.
            if (now != null) {
                now.personRole().ifPresent(role -> people.stream()
                        .filter(p -> !rolesForPeople().contains(p.roleProperty().get()))
                        .forEach(p -> p.roleProperty().set(role)));
            }
        });
    }

    /** A new step: the one after the file's furthest step, dated today. */
    public static StepEditorViewModel forNewStep(CandidateService service, TaskRunner tasks, DialogService dialogs,
                                                 long candidateId, List<Step> file, int cellMembers, Clock clock) {
        StepEditorViewModel vm = new StepEditorViewModel(service, tasks, dialogs, candidateId, 0, cellMembers);
        int furthest = file.stream().filter(s -> !s.code().closesFile()).mapToInt(s -> s.code().order()).max().orElse(0);
        StepCode next = StepCode.inProcedureOrder().stream()
                .filter(c -> c.order() == furthest + 1).findFirst().orElse(StepCode.SOURCE_LISTED);
        if (file.stream().max(CandidateFile.CHRONOLOGICAL).map(s -> s.code().closesFile()).orElse(false)) {
            next = StepCode.SOURCE_LISTED;
        }
        vm.code.set(next);
        vm.date.set(DisplayDates.format(LocalDate.now(clock)));
        vm.edits.markUnchanged();
        return vm;
    }

    public static StepEditorViewModel forExistingStep(CandidateService service, TaskRunner tasks,
                                                      DialogService dialogs, Step step, int cellMembers) {
        StepEditorViewModel vm = new StepEditorViewModel(service, tasks, dialogs, step.candidateId(), step.id(),
                cellMembers);
        vm.officialMembers.set(step.officialMembers().map(String::valueOf).orElse(""));
        vm.code.set(step.code());
        vm.date.set(DisplayDates.format(step.date()));
        vm.documentNumber.set(step.documentNumber());
        vm.issuingBody.set(step.issuingBody());
        vm.receivedDate.set(DisplayDates.format(step.receivedDate()));
        vm.result.set(step.result());
        vm.membersPresent.set(step.membersPresent().map(String::valueOf).orElse(""));
        vm.votesFor.set(step.votesFor().map(String::valueOf).orElse(""));
        vm.note.set(step.note());
        for (StepPerson p : step.people()) {
            vm.people.add(new PersonRow(p.role(), p.name(), DisplayDates.format(p.knownSince())));
        }
        vm.edits.markUnchanged();
        return vm;
    }

    /** Every value the person can change, to tell whether closing the dialog loses anything typed. */
    private List<Object> values() {
        List<Object> values = new java.util.ArrayList<>(java.util.Arrays.asList(code.get(), date.get(),
                documentNumber.get(), issuingBody.get(), receivedDate.get(), result.get(), officialMembers.get(),
                membersPresent.get(), votesFor.get(), note.get()));
        for (PersonRow row : people) {
            values.add(java.util.Arrays.asList(row.roleProperty().get(), row.nameProperty().get(),
                    row.knownSinceProperty().get()));
        }
        return values;
    }

    /** Before the dialog closes without saving (Hủy, Escape, the window's ×): see {@link vn.ptdv.ui.common.UnsavedEdits}. */
    public boolean mayDiscard() {
        return edits.mayDiscard();
    }

    public boolean isNew() {
        return stepId == 0;
    }

    public ObjectProperty<StepCode> codeProperty() {
        return code;
    }

    public StringProperty dateProperty() {
        return date;
    }

    public StringProperty documentNumberProperty() {
        return documentNumber;
    }

    public StringProperty issuingBodyProperty() {
        return issuingBody;
    }

    public StringProperty receivedDateProperty() {
        return receivedDate;
    }

    public StringProperty resultProperty() {
        return result;
    }

    public StringProperty officialMembersProperty() {
        return officialMembers;
    }

    public StringProperty membersPresentProperty() {
        return membersPresent;
    }

    public StringProperty votesForProperty() {
        return votesFor;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ObservableList<PersonRow> people() {
        return people;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    public BooleanProperty savingProperty() {
        return saving;
    }

    /** The share of votes in favour the cell needs (the VOTE_THRESHOLD rule, 2/3 by default). */
    public void setVoteThreshold(int[] threshold) {
        voteThreshold.set(threshold.clone());
    }

    /**
     * Whether the votes typed reach the threshold, said at once while typing: empty when the step
     * records no vote or the numbers are not complete.
     */
    public StringBinding voteVerdict() {
        return Bindings.createStringBinding(() -> {
            Optional<Boolean> passes = votePasses();
            if (passes.isEmpty()) {
                return "";
            }
            int members = Integer.parseInt(officialMembers.get().strip());
            int votes = Integer.parseInt(votesFor.get().strip());
            int[] t = voteThreshold.get();
            return messages.get(passes.get() ? "stepEditor.vote.passes" : "stepEditor.vote.fails", votes, members,
                    t[0] + "/" + t[1], VoteCheck.required(members, t));
        }, code, officialMembers, membersPresent, votesFor, voteThreshold);
    }

    /** Empty unless the step records a vote and both numbers are whole and sensible. */
    public Optional<Boolean> votePasses() {
        if (code.get() == null || !code.get().records(Fields.VOTES)) {
            return Optional.empty();
        }
        try {
            int members = Integer.parseInt(officialMembers.get().strip());
            int votes = Integer.parseInt(votesFor.get().strip());
            if (members <= 0 || votes < 0 || votes > members || votes > presentOr(members)) {
                return Optional.empty();
            }
            return Optional.of(VoteCheck.passes(votes, members, voteThreshold.get()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The number present when it is typed as a whole number, else the given fallback. */
    private int presentOr(int fallback) {
        try {
            return Integer.parseInt(membersPresent.get().strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** True while the chosen step records the field: the view shows only those. */
    public BooleanBinding records(Fields field) {
        return Bindings.createBooleanBinding(() -> code.get() != null && code.get().records(field), code);
    }

    public BooleanBinding recordsPeople() {
        return Bindings.createBooleanBinding(() -> code.get() != null && code.get().personRole().isPresent(), code);
    }

    /** The role a new person on this step gets. */
    public void addPerson() {
        code.get().personRole().ifPresent(role -> people.add(new PersonRow(role, "", "")));
    }

    public void removePerson(PersonRow row) {
        people.remove(row);
    }

    /** Validates, saves in the background and calls {@code onSaved} with the stored step. */
    public void save(Consumer<Step> onSaved) {
        vn.ptdv.ui.common.BackgroundSave.run(saving, errors, this::parse, service::saveStep, onSaved, tasks, dialogs, messages);
    }

    private Optional<Step> parse() {
        StepCode c = code.get();
        if (c == null) {
            errors.put("code", messages.get("validation.step.code"));
            return Optional.empty();
        }
        Optional<LocalDate> when = date("date", true);
        Optional<LocalDate> received = c.records(Fields.RECEIVED) ? date("receivedDate", false) : Optional.empty();
        Optional<Integer> members = c.records(Fields.VOTES) ? number("officialMembers") : Optional.empty();
        Optional<Integer> present = c.records(Fields.VOTES) ? number("membersPresent") : Optional.empty();
        Optional<Integer> votes = c.records(Fields.VOTES) ? number("votesFor") : Optional.empty();
        List<StepPerson> persons = new ArrayList<>();
        if (c.personRole().isPresent()) {
            for (int i = 0; i < people.size(); i++) {
                PersonRow row = people.get(i);
                String since = row.knownSinceProperty().get().strip();
                if (row.nameProperty().get().isBlank() && since.isEmpty()) {
                    continue; // a row added and left empty is not a person
                }
                Optional<LocalDate> knownSince = DisplayDates.parse(since);
                if (!since.isEmpty() && knownSince.isEmpty()) {
                    errors.merge("people", messages.get("validation.step.knownSinceFormat", i + 1, since),
                            (a, b) -> a + " " + b);
                }
                if (row.nameProperty().get().isBlank()) {
                    errors.merge("people", messages.get("validation.step.personName", i + 1), (a, b) -> a + " " + b);
                }
                persons.add(new StepPerson(row.roleProperty().get(), row.nameProperty().get().strip(), knownSince));
            }
        }
        if (c.records(Fields.REASON) && note.get().isBlank()) {
            errors.put("note", messages.get("validation.step.reason"));
        }
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Step(stepId, candidateId, c, when.orElseThrow(), documentNumber.get(),
                issuingBody.get(), received, result.get(), members, present, votes, note.get(), persons));
    }

    private Optional<LocalDate> date(String field, boolean required) {
        return FieldInput.date(errors, messages, field, (field.equals("date") ? date : receivedDate).get(), required);
    }

    private Optional<Integer> number(String field) {
        StringProperty p = switch (field) {
            case "officialMembers" -> officialMembers;
            case "membersPresent" -> membersPresent;
            default -> votesFor;
        };
        String value = p.get().strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(value));
        } catch (NumberFormatException e) {
            errors.put(field, messages.get("validation.number", value));
            return Optional.empty();
        }
    }

    /** Role label choices for a person row on this step. */
    public List<PersonRole> rolesForPeople() {
        StepCode c = code.get();
        if (c == StepCode.INTRODUCTION) {
            return List.of(PersonRole.INTRODUCER, PersonRole.YOUTH_UNION_INTRODUCER);
        }
        return c == null ? List.of() : c.personRole().map(List::of).orElse(List.of());
    }

}
