package vn.ptdv.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The default days off of a year under the Labour Code 2019, article 112: New Year's Day, five days
 * of Tết, the Hùng Kings' day, 30/4, 1/5, 2/9 with a day next to it, and a substitute working day
 * after each holiday that falls on a weekend. The government adjusts the days every year (which five
 * days of Tết, which day beside 2/9, swaps of working days), so the committee corrects this list in
 * Settings; these are only the defaults.
 */
public final class PublicHolidays {
    private PublicHolidays() {
    }

    public static List<Holiday> defaultsFor(int year) {
        List<Holiday> fixed = new ArrayList<>();
        fixed.add(new Holiday(LocalDate.of(year, 1, 1), "Tết Dương lịch"));
        // Tết: the last day of the old lunar year and the first four of the new one.
        LocalDate tet = LunarCalendar.newYear(year);
        for (int i = -1; i <= 3; i++) {
            fixed.add(new Holiday(tet.plusDays(i), i < 0 ? "Tết Nguyên đán (ngày cuối năm âm lịch)"
                    : "Tết Nguyên đán (mùng " + (i + 1) + ")"));
        }
        fixed.add(new Holiday(LunarCalendar.toSolar(year, 3, 10), "Giỗ Tổ Hùng Vương (10/3 âm lịch)"));
        fixed.add(new Holiday(LocalDate.of(year, 4, 30), "Ngày Chiến thắng 30/4"));
        fixed.add(new Holiday(LocalDate.of(year, 5, 1), "Ngày Quốc tế Lao động 1/5"));
        LocalDate nationalDay = LocalDate.of(year, 9, 2);
        fixed.add(new Holiday(nationalDay, "Quốc khánh 2/9"));
        fixed.add(new Holiday(dayBesideNationalDay(nationalDay), "Quốc khánh (ngày liền kề)"));
        return withSubstitutes(fixed);
    }

    /**
     * The day added to 2/9: the one that joins the weekend, as the government has usually chosen
     * (1/9 in 2025 when 2/9 was a Tuesday, 3/9 in 2024 when it was a Monday).
     */
    static LocalDate dayBesideNationalDay(LocalDate nationalDay) {
        DayOfWeek d = nationalDay.getDayOfWeek();
        boolean after = d == DayOfWeek.MONDAY || d == DayOfWeek.THURSDAY || d == DayOfWeek.SUNDAY;
        return after ? nationalDay.plusDays(1) : nationalDay.minusDays(1);
    }

    /** Each holiday on a Saturday or Sunday gives the next free weekday off, in date order. */
    static List<Holiday> withSubstitutes(List<Holiday> holidays) {
        TreeSet<Holiday> sorted = new TreeSet<>(holidays);
        Set<LocalDate> off = sorted.stream().map(Holiday::date).collect(Collectors.toCollection(TreeSet::new));
        List<Holiday> result = new ArrayList<>(sorted);
        for (Holiday h : sorted) {
            if (WorkingDays.isWeekend(h.date())) {
                LocalDate substitute = h.date().plusDays(1);
                while (WorkingDays.isWeekend(substitute) || off.contains(substitute)) {
                    substitute = substitute.plusDays(1);
                }
                off.add(substitute);
                result.add(new Holiday(substitute, "Nghỉ bù " + h.name()));
            }
        }
        result.sort(null);
        return result;
    }
}
