package vn.ptdv.ui.settings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import vn.ptdv.domain.DisplayDates;
import vn.ptdv.domain.calendar.Holiday;
import vn.ptdv.i18n.Messages;
import vn.ptdv.service.CalendarService;
import vn.ptdv.service.ErrorText;
import vn.ptdv.ui.common.DialogService;
import vn.ptdv.ui.common.TaskRunner;

/** Settings → days off: a year's list, which the committee corrects as the government announces. */
public final class HolidaysViewModel {
    /** A day off as listed: corrected ones are marked, so a correction can be undone. */
    public record Row(Holiday holiday, boolean corrected) {
    }

    private final Messages m = Messages.current();
    private final CalendarService calendar;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final IntegerProperty year;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final StringProperty newDate = new SimpleStringProperty("");
    private final StringProperty newName = new SimpleStringProperty("");
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();

    public HolidaysViewModel(CalendarService calendar, TaskRunner tasks, DialogService dialogs, Clock clock) {
        this.calendar = calendar;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.year = new SimpleIntegerProperty(LocalDate.now(clock).getYear());
        year.addListener((o, a, b) -> load());
        newDate.addListener((o, a, b) -> errors.remove("holidayDate"));
        newName.addListener((o, a, b) -> errors.remove("holidayName"));
    }

    public IntegerProperty yearProperty() {
        return year;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public StringProperty newDateProperty() {
        return newDate;
    }

    public StringProperty newNameProperty() {
        return newName;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    public void load() {
        int y = year.get();
        tasks.run(() -> {
            List<Holiday> days = calendar.holidays(y);
            Set<LocalDate> corrected = calendar.correctedDays(y);
            return days.stream().map(h -> new Row(h, corrected.contains(h.date()))).toList();
        }, loaded -> {
            if (year.get() == y) {
                rows.setAll(loaded);
            }
        }, this::showError);
    }

    /** Adds the typed day as a day off (or renames it when it already is one). */
    public void addDayOff() {
        errors.clear();
        Optional<LocalDate> date = DisplayDates.parse(newDate.get());
        if (date.isEmpty()) {
            errors.put("holidayDate", newDate.get().isBlank() ? m.get("validation.date.required")
                    : m.get("validation.date.format", newDate.get()));
        }
        if (newName.get().isBlank()) {
            errors.put("holidayName", m.get("validation.holiday.name"));
        }
        if (!errors.isEmpty()) {
            return;
        }
        String name = newName.get();
        tasks.run(() -> {
            calendar.addDayOff(date.get(), name);
            return null;
        }, ignored -> {
            newDate.set("");
            newName.set("");
            year.set(date.get().getYear());
            load();
        }, this::showError);
    }

    /** The government moved this day: it becomes a working day. Asks first. */
    public void makeWorkingDay(Row row) {
        if (!dialogs.confirm(m.get("holidays.makeWorking.title"), m.get("holidays.makeWorking.message",
                DisplayDates.format(row.holiday().date()), row.holiday().name()), m.get("holidays.makeWorking.confirm"))) {
            return;
        }
        run(() -> calendar.makeWorkingDay(row.holiday().date()));
    }

    /** Undoes the committee's correction of the day. */
    public void reset(Row row) {
        run(() -> calendar.resetDay(row.holiday().date()));
    }

    /** The typed day becomes a working day: a Saturday worked in exchange (làm bù) or a day off moved. */
    public void makeTypedDayWorking() {
        DisplayDates.parse(newDate.get()).ifPresentOrElse(d -> run(() -> calendar.makeWorkingDay(d)),
                () -> errors.put("holidayDate", newDate.get().isBlank() ? m.get("validation.date.required")
                        : m.get("validation.date.format", newDate.get())));
    }

    /** Shows the defaults again for a day made a working day: the list does not hold it any more. */
    public void resetDate() {
        DisplayDates.parse(newDate.get()).ifPresentOrElse(d -> run(() -> calendar.resetDay(d)),
                () -> errors.put("holidayDate", m.get("validation.date.format", newDate.get())));
    }

    private void run(Runnable change) {
        tasks.run(() -> {
            change.run();
            return null;
        }, ignored -> load(), this::showError);
    }

    private void showError(Throwable e) {
        dialogs.showError(m.get("error.title"), ErrorText.describe(e, m));
    }
}
