package vn.ptdv.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;

/** Monday to Friday except the days off given: the days the procedure's deadlines count in. */
public final class WorkingDays {
    /**
     * The days as day numbers (LocalDate's epoch days), sorted: a deadline is counted a day at a time for
     * every file of a ward, and numbers need no date made for each day.
     */
    private final long[] daysOff;
    private final long[] weekendWorkingDays;

    public WorkingDays(Collection<Holiday> daysOff) {
        this(daysOff, Set.of());
    }

    /**
     * {@code weekendWorkingDays}: Saturdays or Sundays the government made working days (làm bù), in
     * exchange for a day off moved next to a holiday.
     */
    public WorkingDays(Collection<Holiday> daysOff, Collection<LocalDate> weekendWorkingDays) {
        this.daysOff = daysOff.stream().mapToLong(h -> h.date().toEpochDay()).sorted().distinct().toArray();
        this.weekendWorkingDays = weekendWorkingDays.stream().mapToLong(LocalDate::toEpochDay).sorted().distinct()
                .toArray();
    }

    public static boolean isWeekend(LocalDate date) {
        DayOfWeek d = date.getDayOfWeek();
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
    }

    public boolean isWorkingDay(LocalDate date) {
        return isWorkingDay(date.toEpochDay());
    }

    private boolean isWorkingDay(long day) {
        if (Arrays.binarySearch(daysOff, day) >= 0) {
            return false;
        }
        // As LocalDate finds its day of the week: day 0 (1 January 1970) was a Thursday, Monday counting 0.
        boolean weekend = Math.floorMod(day + 3, 7) >= 5;
        return !weekend || Arrays.binarySearch(weekendWorkingDays, day) >= 0;
    }

    /**
     * The day on which a period of {@code count} working days after {@code start} ends: the
     * count-th working day after it (the start day itself is not counted).
     */
    public LocalDate plus(LocalDate start, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count " + count);
        }
        long day = start.toEpochDay();
        int left = count;
        while (left > 0) {
            day++;
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return LocalDate.ofEpochDay(day);
    }

    /** Working days from {@code start} (excluded) to {@code end} (included); 0 when end is not after start. */
    public int between(LocalDate start, LocalDate end) {
        int count = 0;
        long last = end.toEpochDay();
        for (long day = start.toEpochDay() + 1; day <= last; day++) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
