package vn.ptdv.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/** Monday to Friday except the days off given: the days the procedure's deadlines count in. */
public final class WorkingDays {
    private final Set<LocalDate> daysOff;
    private final Set<LocalDate> weekendWorkingDays;

    public WorkingDays(Collection<Holiday> daysOff) {
        this(daysOff, Set.of());
    }

    /**
     * {@code weekendWorkingDays}: Saturdays or Sundays the government made working days (làm bù), in
     * exchange for a day off moved next to a holiday.
     */
    public WorkingDays(Collection<Holiday> daysOff, Collection<LocalDate> weekendWorkingDays) {
        this.daysOff = daysOff.stream().map(Holiday::date).collect(Collectors.toUnmodifiableSet());
        this.weekendWorkingDays = Set.copyOf(weekendWorkingDays);
    }

    public static boolean isWeekend(LocalDate date) {
        DayOfWeek d = date.getDayOfWeek();
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
    }

    public boolean isWorkingDay(LocalDate date) {
        if (daysOff.contains(date)) {
            return false;
        }
        return !isWeekend(date) || weekendWorkingDays.contains(date);
    }

    /**
     * The day on which a period of {@code count} working days after {@code start} ends: the
     * count-th working day after it (the start day itself is not counted).
     */
    public LocalDate plus(LocalDate start, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count " + count);
        }
        LocalDate day = start;
        int left = count;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** Working days from {@code start} (excluded) to {@code end} (included); 0 when end is not after start. */
    public int between(LocalDate start, LocalDate end) {
        int count = 0;
        for (LocalDate day = start.plusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
