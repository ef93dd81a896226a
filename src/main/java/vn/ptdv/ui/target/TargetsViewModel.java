package vn.ptdv.ui.target;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import vn.ptdv.domain.Candidate;
import vn.ptdv.domain.target.TargetRange;
import vn.ptdv.domain.target.YearProgress;
import vn.ptdv.domain.target.YearTarget;
import vn.ptdv.i18n.Messages;
import vn.ptdv.service.ErrorText;
import vn.ptdv.service.TargetService;
import vn.ptdv.ui.common.DialogService;
import vn.ptdv.ui.common.TaskRunner;

/**
 * Chỉ tiêu: a year's target as the cell's resolution set it, edited here, beside what the year has
 * reached and who is behind each number; and the last five years for comparison.
 */
public final class TargetsViewModel {
    /** One line of the five-year comparison. */
    public record YearLine(int year, YearTarget target, int cultivated, int admitted, int recognised) {
    }

    private static final List<String> FIELDS = List.of("cultivatedMin", "cultivatedMax", "admittedMin", "admittedMax",
            "recognisedMin", "recognisedMax");

    private final Messages m = Messages.current();
    private final TargetService targets;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final IntegerProperty year;
    private final java.util.Map<String, StringProperty> numbers = new java.util.LinkedHashMap<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final BooleanProperty set = new SimpleBooleanProperty();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final ObjectProperty<TargetService.Origin> origin = new SimpleObjectProperty<>(TargetService.Origin.USUAL);
    private boolean showing;
    private int shownYear;
    private final StringProperty status = new SimpleStringProperty("");
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final ObservableList<Candidate> cultivated = FXCollections.observableArrayList();
    private final ObservableList<Candidate> admitted = FXCollections.observableArrayList();
    private final ObservableList<Candidate> recognised = FXCollections.observableArrayList();
    private final ObservableList<YearLine> history = FXCollections.observableArrayList();

    public TargetsViewModel(TargetService targets, TaskRunner tasks, DialogService dialogs, Clock clock) {
        this.targets = targets;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.year = new SimpleIntegerProperty(LocalDate.now(clock).getYear());
        for (String f : FIELDS) {
            StringProperty p = new SimpleStringProperty("");
            p.addListener((o, a, b) -> changed(f));
            numbers.put(f, p);
        }
        note.addListener((o, a, b) -> changed("note"));
        year.addListener((o, a, b) -> yearChanged(a.intValue(), b.intValue()));
        shownYear = year.get();
    }

    public IntegerProperty yearProperty() {
        return year;
    }

    public StringProperty number(String field) {
        return numbers.get(field);
    }

    public StringProperty noteProperty() {
        return note;
    }

    /** False while the year uses the previous year's target (or the usual one) until it is saved. */
    public BooleanProperty setProperty() {
        return set;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    public ObservableList<Candidate> cultivated() {
        return cultivated;
    }

    public ObservableList<Candidate> admitted() {
        return admitted;
    }

    public ObservableList<Candidate> recognised() {
        return recognised;
    }

    public ObservableList<YearLine> history() {
        return history;
    }

    private record Loaded(YearTarget target, TargetService.Origin origin, YearProgress progress,
                          List<YearLine> history) {
    }

    /** Whether the numbers on screen differ from what is stored. */
    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    public ObjectProperty<TargetService.Origin> originProperty() {
        return origin;
    }

    private void changed(String field) {
        if (!showing) {
            errors.remove(field);
            dirty.set(true);
            status.set("");
        }
    }

    /** Another year: unsaved numbers are not dropped without asking. */
    private void yearChanged(int before, int now) {
        if (now == shownYear) {
            return;
        }
        if (dirty.get() && !dialogs.confirm(m.get("targets.discard.title"), m.get("targets.discard.message",
                String.valueOf(before)), m.get("targets.discard.confirm"))) {
            year.set(before);
            return;
        }
        status.set("");
        load();
    }

    /** Reloads when shown, unless the person has unsaved numbers on screen. */
    public void loadUnlessEdited() {
        if (!dirty.get()) {
            load();
        }
    }

    public void load() {
        int y = year.get();
        tasks.run(() -> {
            List<YearLine> lines = new ArrayList<>();
            for (int past = y - 4; past <= y; past++) {
                YearProgress p = targets.progress(past);
                lines.add(new YearLine(past, targets.target(past), p.cultivated().size(), p.admitted().size(),
                        p.recognised().size()));
            }
            return new Loaded(targets.target(y), targets.origin(y), targets.progress(y), lines);
        }, loaded -> {
            if (year.get() != y) {
                return;
            }
            showing = true;
            show(loaded.target());
            showing = false;
            shownYear = y;
            dirty.set(false);
            set.set(loaded.origin() == TargetService.Origin.SET);
            origin.set(loaded.origin());
            cultivated.setAll(loaded.progress().cultivated());
            admitted.setAll(loaded.progress().admitted());
            recognised.setAll(loaded.progress().recognised());
            history.setAll(loaded.history());
            errors.clear();
        }, this::showError);
    }

    private void show(YearTarget t) {
        number("cultivatedMin").set(String.valueOf(t.cultivated().min()));
        number("cultivatedMax").set(String.valueOf(t.cultivated().max()));
        number("admittedMin").set(String.valueOf(t.admitted().min()));
        number("admittedMax").set(String.valueOf(t.admitted().max()));
        number("recognisedMin").set(t.recognised().map(r -> String.valueOf(r.min())).orElse(""));
        number("recognisedMax").set(t.recognised().map(r -> String.valueOf(r.max())).orElse(""));
        note.set(t.note());
    }

    /** Saves the year's target; every number is checked first and nothing is saved while one is wrong. */
    public void save() {
        errors.clear();
        status.set("");
        Optional<TargetRange> c = range("cultivated", true);
        Optional<TargetRange> a = range("admitted", true);
        Optional<TargetRange> r = range("recognised", false);
        if (!errors.isEmpty()) {
            return;
        }
        YearTarget target = new YearTarget(year.get(), c.orElseThrow(), a.orElseThrow(), r, note.get());
        tasks.run(() -> {
            targets.save(target);
            return null;
        }, ignored -> {
            status.set(m.get("targets.saved", String.valueOf(target.year())));
            load();
        }, this::showError);
    }

    private Optional<TargetRange> range(String what, boolean required) {
        String minText = number(what + "Min").get().strip();
        String maxText = number(what + "Max").get().strip();
        if (!required && minText.isEmpty() && maxText.isEmpty()) {
            return Optional.empty();
        }
        Optional<Integer> min = whole(what + "Min", minText);
        Optional<Integer> max = whole(what + "Max", maxText);
        if (min.isEmpty() || max.isEmpty()) {
            return Optional.empty();
        }
        if (max.get() < min.get()) {
            errors.put(what + "Max", m.get("validation.target.order", min.get(), max.get()));
            return Optional.empty();
        }
        return Optional.of(new TargetRange(min.get(), max.get()));
    }

    private Optional<Integer> whole(String field, String text) {
        if (text.isEmpty()) {
            errors.put(field, m.get("validation.target.required"));
            return Optional.empty();
        }
        try {
            int value = Integer.parseInt(text);
            if (value < 0 || value > 999) {
                throw new NumberFormatException(text);
            }
            return Optional.of(value);
        } catch (NumberFormatException e) {
            errors.put(field, m.get("validation.number", text));
            return Optional.empty();
        }
    }

    private void showError(Throwable e) {
        dialogs.showError(m.get("error.title"), ErrorText.describe(e, m));
    }
}
