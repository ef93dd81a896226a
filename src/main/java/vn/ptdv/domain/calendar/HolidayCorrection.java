package vn.ptdv.domain.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The committee's correction of one day: a day off added (with its name) or a default holiday made a
 * working day (the government moves days every year).
 */
public record HolidayCorrection(LocalDate date, boolean dayOff, String name) {
    public HolidayCorrection {
        name = name == null ? "" : name.strip();
    }

    /** The defaults with the corrections applied, in date order. */
    public static List<Holiday> apply(Collection<Holiday> defaults, Collection<HolidayCorrection> corrections) {
        Map<LocalDate, Holiday> byDay = new TreeMap<>();
        defaults.forEach(h -> byDay.put(h.date(), h));
        for (HolidayCorrection c : corrections) {
            if (c.dayOff()) {
                byDay.put(c.date(), new Holiday(c.date(), c.name()));
            } else {
                byDay.remove(c.date());
            }
        }
        return new ArrayList<>(byDay.values());
    }
}
