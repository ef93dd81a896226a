package vn.ptdv.ui.candidate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import vn.ptdv.domain.Candidate;
import vn.ptdv.domain.DisplayDates;
import vn.ptdv.domain.Gender;
import vn.ptdv.domain.SourceCategory;
import vn.ptdv.i18n.Messages;
import vn.ptdv.service.CandidateService;
import vn.ptdv.service.ErrorText;
import vn.ptdv.service.FieldError;
import vn.ptdv.service.PhotoUpdate;
import vn.ptdv.service.ValidationException;
import vn.ptdv.ui.common.DialogService;
import vn.ptdv.ui.common.FieldInput;
import vn.ptdv.ui.common.TaskRunner;

/**
 * The candidate form: text as typed, parsed on save. Errors are kept per field so the view can show
 * each one next to its field; nothing is written while any field is refused.
 */
public final class CandidateFormViewModel {
    /** The text fields, in the order of the form; the names match FieldError fields and i18n keys. */
    public static final List<String> TEXT_FIELDS = List.of("fullName", "birthName", "alias", "birthDate",
            "birthPlace", "homeTown", "permanentResidence", "temporaryResidence", "ethnicity", "religion",
            "citizenId", "phone", "occupation", "workplace", "education", "professionalQualification",
            "politicalTheory", "youthUnionSince", "massAssociations", "notes");

    private final CandidateService service;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages = Messages.current();

    private final LongProperty candidateId = new SimpleLongProperty(0);
    private final Map<String, StringProperty> text = new LinkedHashMap<>();
    private final ObjectProperty<Gender> gender = new SimpleObjectProperty<>();
    private final BooleanProperty youthUnionMember = new SimpleBooleanProperty();
    private final ObjectProperty<SourceCategory> source = new SimpleObjectProperty<>();
    private final ObservableList<SourceCategory> sources = FXCollections.observableArrayList();
    private final ObjectProperty<byte[]> photo = new SimpleObjectProperty<>();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private boolean photoChanged;
    /** True while the program itself fills the form: that is not a change the person made. */
    private boolean loading;

    public CandidateFormViewModel(CandidateService service, TaskRunner tasks, DialogService dialogs) {
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        for (String field : TEXT_FIELDS) {
            StringProperty p = new SimpleStringProperty("");
            p.addListener((o, a, b) -> changed(field));
            text.put(field, p);
        }
        gender.addListener((o, a, b) -> changed("gender"));
        youthUnionMember.addListener((o, a, b) -> changed("youthUnionMember"));
        source.addListener((o, a, b) -> changed("source"));
        clear();
    }

    public StringProperty text(String field) {
        StringProperty p = text.get(field);
        if (p == null) {
            throw new IllegalArgumentException("No field " + field);
        }
        return p;
    }

    public ObjectProperty<Gender> genderProperty() {
        return gender;
    }

    public BooleanProperty youthUnionMemberProperty() {
        return youthUnionMember;
    }

    public ObjectProperty<SourceCategory> sourceProperty() {
        return source;
    }

    public ObservableList<SourceCategory> sources() {
        return sources;
    }

    public ObjectProperty<byte[]> photoProperty() {
        return photo;
    }

    public LongProperty candidateIdProperty() {
        return candidateId;
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    public BooleanProperty savingProperty() {
        return saving;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    public boolean isNew() {
        return candidateId.get() == 0;
    }

    /** An edit: the form has unsaved changes, and the field's old error no longer applies. */
    private void changed(String field) {
        if (!loading) {
            dirty.set(true);
            errors.remove(field);
        }
    }

    /**
     * Replaces the list of sources (after Settings changed it) and keeps the chosen one by its id:
     * a list reload must not blank the candidate's source or count as an edit.
     */
    public void setSources(List<SourceCategory> list) {
        Long chosen = source.get() == null ? null : source.get().id();
        loading = true;
        try {
            sources.setAll(list);
            source.set(list.stream().filter(s -> chosen != null && s.id() == chosen).findFirst().orElse(null));
        } finally {
            loading = false;
        }
    }

    /** An empty form for a new candidate, with the common defaults. */
    public void clear() {
        loading = true;
        candidateId.set(0);
        text.values().forEach(p -> p.set(""));
        text("ethnicity").set("Kinh");
        text("religion").set("Không");
        gender.set(null);
        youthUnionMember.set(false);
        source.set(null);
        photo.set(null);
        photoChanged = false;
        errors.clear();
        dirty.set(false);
        loading = false;
    }

    /** Shows a stored candidate; the photo follows from the background when there is one. */
    public void load(Candidate c) {
        loading = true;
        candidateId.set(c.id());
        text("fullName").set(c.fullName());
        text("birthName").set(c.birthName());
        text("alias").set(c.alias());
        text("birthDate").set(DisplayDates.format(c.birthDate()));
        text("birthPlace").set(c.birthPlace());
        text("homeTown").set(c.homeTown());
        text("permanentResidence").set(c.permanentResidence());
        text("temporaryResidence").set(c.temporaryResidence());
        text("ethnicity").set(c.ethnicity());
        text("religion").set(c.religion());
        text("citizenId").set(c.citizenId());
        text("phone").set(c.phone());
        text("occupation").set(c.occupation());
        text("workplace").set(c.workplace());
        text("education").set(c.education());
        text("professionalQualification").set(c.professionalQualification());
        text("politicalTheory").set(c.politicalTheory());
        text("youthUnionSince").set(DisplayDates.format(c.youthUnionSince()));
        text("massAssociations").set(c.massAssociations());
        text("notes").set(c.notes());
        gender.set(c.gender());
        youthUnionMember.set(c.youthUnionMember());
        source.set(c.sourceCategoryId().flatMap(id -> sources.stream().filter(s -> s.id() == id).findFirst())
                .orElse(null));
        photo.set(null);
        photoChanged = false;
        errors.clear();
        dirty.set(false);
        loading = false;
        long id = c.id();
        tasks.run(() -> service.photo(id), bytes -> {
            if (candidateId.get() == id && !photoChanged) {
                photo.set(bytes.orElse(null));
            }
        }, e -> photo.set(null));
    }

    /** Asks for a photo file and reads it in the background. */
    public void choosePhoto() {
        Optional<Path> file = dialogs.chooseImage();
        file.ifPresent(path -> tasks.run(() -> Files.readAllBytes(path), bytes -> {
            if (bytes.length > CandidateService.MAX_PHOTO_BYTES) {
                errors.put("photo", messages.get("validation.photo.tooLarge"));
                return;
            }
            errors.remove("photo");
            photo.set(bytes);
            photoChanged = true;
            dirty.set(true);
        }, e -> dialogs.showError(messages.get("error.title"), messages.get("error.photo.read", path))));
    }

    public void removePhoto() {
        photo.set(null);
        photoChanged = true;
        dirty.set(true);
    }

    /**
     * Checks what can be checked here (required fields, date formats), then saves in the background.
     * The service's own refusals (a citizen ID already used, …) come back onto the fields.
     */
    public void save(Consumer<Candidate> onSaved) {
        if (saving.get()) {
            return; // a second Ctrl+S while the first save runs must not store the candidate twice
        }
        errors.clear();
        Optional<Candidate> candidate = parse();
        if (candidate.isEmpty()) {
            return;
        }
        PhotoUpdate photoUpdate = !photoChanged ? PhotoUpdate.keep()
                : photo.get() == null ? PhotoUpdate.remove() : PhotoUpdate.set(photo.get());
        saving.set(true);
        tasks.run(() -> service.save(candidate.get(), photoUpdate), saved -> {
            saving.set(false);
            loading = true;
            candidateId.set(saved.id());
            // Shown as stored: the citizen ID without the spaces typed, dates as dd/MM/yyyy.
            text("citizenId").set(saved.citizenId());
            text("fullName").set(saved.fullName());
            text("birthDate").set(DisplayDates.format(saved.birthDate()));
            text("youthUnionSince").set(DisplayDates.format(saved.youthUnionSince()));
            loading = false;
            photoChanged = false;
            dirty.set(false);
            onSaved.accept(saved);
        }, e -> {
            saving.set(false);
            if (e instanceof ValidationException v) {
                showErrors(v.errors());
            } else {
                dialogs.showError(messages.get("error.title"), ErrorText.describe(e, messages));
            }
        });
    }

    /** Deletes the candidate shown, with their file, after asking; then runs {@code onDeleted}. */
    public void delete(int stepCount, Runnable onDeleted) {
        long id = candidateId.get();
        if (id == 0 || !dialogs.confirm(messages.get("candidates.delete.title"),
                stepCount == 0 ? messages.get("candidates.delete.messageNoSteps", text("fullName").get())
                        : messages.get("candidates.delete.message", text("fullName").get(), stepCount),
                messages.get("candidates.delete.confirm"))) {
            return;
        }
        tasks.run(() -> {
            service.delete(id);
            return null;
        }, ignored -> {
            clear();
            onDeleted.run();
        }, e -> dialogs.showError(messages.get("error.title"), ErrorText.describe(e, messages)));
    }

    private void showErrors(List<FieldError> fieldErrors) {
        FieldInput.showErrors(errors, messages, fieldErrors);
    }

    private Optional<Candidate> parse() {
        String name = text("fullName").get().strip();
        if (name.isEmpty()) {
            errors.put("fullName", messages.get("validation.fullName.required"));
        }
        if (gender.get() == null) {
            errors.put("gender", messages.get("validation.gender.required"));
        }
        Optional<LocalDate> birth = requiredDate("birthDate");
        Optional<LocalDate> youthSince = optionalDate("youthUnionSince");
        String citizenId = text("citizenId").get().replaceAll("\\s", "");
        CandidateService.checkCitizenId(citizenId)
                .ifPresent(e -> errors.put(e.field(), messages.get(e.messageKey(), e.args().toArray())));
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Candidate.builder()
                .id(candidateId.get())
                .fullName(name)
                .birthName(text("birthName").get())
                .alias(text("alias").get())
                .gender(gender.get())
                .birthDate(birth.orElseThrow())
                .birthPlace(text("birthPlace").get())
                .homeTown(text("homeTown").get())
                .permanentResidence(text("permanentResidence").get())
                .temporaryResidence(text("temporaryResidence").get())
                .ethnicity(text("ethnicity").get())
                .religion(text("religion").get())
                .citizenId(citizenId)
                .phone(text("phone").get())
                .occupation(text("occupation").get())
                .workplace(text("workplace").get())
                .education(text("education").get())
                .professionalQualification(text("professionalQualification").get())
                .politicalTheory(text("politicalTheory").get())
                .youthUnionMember(youthUnionMember.get())
                .youthUnionSince(youthUnionMember.get() ? youthSince.orElse(null) : null)
                .massAssociations(text("massAssociations").get())
                .sourceCategoryId(source.get() == null ? null : source.get().id())
                .notes(text("notes").get())
                .build());
    }

    private Optional<LocalDate> requiredDate(String field) {
        return FieldInput.date(errors, messages, field, text(field).get(), true);
    }

    private Optional<LocalDate> optionalDate(String field) {
        return FieldInput.date(errors, messages, field, text(field).get(), false);
    }
}
