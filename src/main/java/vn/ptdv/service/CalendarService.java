package vn.ptdv.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.ptdv.domain.calendar.Holiday;
import vn.ptdv.domain.calendar.HolidayCorrection;
import vn.ptdv.domain.calendar.PublicHolidays;
import vn.ptdv.domain.calendar.WorkingDays;
import vn.ptdv.persistence.Database;
import vn.ptdv.persistence.HolidayCorrectionRepository;

/** The days off of each year (defaults corrected by the committee) and working-day arithmetic. */
public final class CalendarService {
    private final Database database;
    private final HolidayCorrectionRepository corrections = new HolidayCorrectionRepository();

    public CalendarService(Database database) {
        this.database = database;
    }

    /** A year's days off, corrections included, in date order. */
    public List<Holiday> holidays(int year) {
        return holidays(year, year);
    }

    /** The days off of the years {@code fromYear} to {@code toYear}. */
    public List<Holiday> holidays(int fromYear, int toYear) {
        List<Holiday> defaults = new ArrayList<>();
        for (int y = fromYear; y <= toYear; y++) {
            defaults.addAll(PublicHolidays.defaultsFor(y));
        }
        List<HolidayCorrection> stored = database.inTransaction(c ->
                corrections.between(c, LocalDate.of(fromYear, 1, 1), LocalDate.of(toYear, 12, 31)));
        return HolidayCorrection.apply(defaults, stored);
    }

    /** The dates of a year that the committee corrected, so screens can mark them. */
    public Set<LocalDate> correctedDays(int year) {
        return database.inTransaction(c -> corrections.between(c, LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31))).stream().map(HolidayCorrection::date).collect(Collectors.toSet());
    }

    /** Working days for deadlines around these years (a deadline may run into the next years). */
    public WorkingDays workingDays(int fromYear, int toYear) {
        List<LocalDate> weekendWorkingDays = database.inTransaction(c -> corrections.between(c,
                LocalDate.of(fromYear - 1, 1, 1), LocalDate.of(toYear + 2, 12, 31))).stream()
                .filter(x -> !x.dayOff() && WorkingDays.isWeekend(x.date()))
                .map(HolidayCorrection::date).toList();
        return new WorkingDays(holidays(fromYear - 1, toYear + 2), weekendWorkingDays);
    }

    /** Adds a day off, or renames one. */
    public void addDayOff(LocalDate day, String name) {
        if (name == null || name.isBlank()) {
            throw new ValidationException(List.of(FieldError.of("holidayName", "validation.holiday.name")));
        }
        save(new HolidayCorrection(day, true, name));
    }

    /** Makes a day a working day: a day off the government moved, or a Saturday worked in exchange. */
    public void makeWorkingDay(LocalDate day) {
        save(new HolidayCorrection(day, false, ""));
    }

    /** Forgets the committee's correction of the day: the default applies again. */
    public void resetDay(LocalDate day) {
        database.inTransaction(c -> {
            corrections.delete(c, day);
            return null;
        });
    }

    private void save(HolidayCorrection correction) {
        database.inTransaction(c -> {
            corrections.save(c, correction);
            return null;
        });
    }
}
