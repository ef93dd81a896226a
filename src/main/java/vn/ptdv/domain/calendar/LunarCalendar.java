package vn.ptdv.domain.calendar;

import java.time.LocalDate;
import java.time.temporal.JulianFields;

/**
 * The Vietnamese lunisolar calendar, computed from astronomy for the time zone UTC+7 (which is why
 * it differs from the Chinese calendar, at UTC+8, in some years: Tết 1985 and 2007 for example).
 * A month starts on the day of the new moon; month 11 holds the winter solstice; a year of 13 months
 * repeats the first month that holds no major solar term. New moons use the series of Meeus,
 * "Astronomical Algorithms" (1998), accurate to minutes over 1800–2200, in the form Hồ Ngọc Đức published
 * for the Vietnamese calendar (sun longitude at the local midnight, month 11 holding the solstice).
 */
public final class LunarCalendar {
    /** Vietnam's civil time, UTC+7, in days. */
    private static final double TIME_ZONE_DAYS = 7.0 / 24.0;
    private static final double SYNODIC_MONTH = 29.530588853;
    /** Julian day number of the new moon of 1900-01-01 (k = 0 in the series). */
    private static final double NEW_MOON_EPOCH = 2415021.076998695;

    private LunarCalendar() {
    }

    /**
     * The civil date of the lunar date day/month (of the regular month, not its leap repeat) in the
     * lunar year that starts in the civil year {@code year}.
     */
    public static LocalDate toSolar(int year, int month, int day) {
        // Months 11 and 12 of a lunar year fall after the solstice of the same civil year.
        long month11Before = month < 11 ? month11(year - 1) : month11(year);
        long month11After = month < 11 ? month11(year) : month11(year + 1);
        int k = (int) Math.floor(0.5 + (month11Before - NEW_MOON_EPOCH) / SYNODIC_MONTH);
        int offset = month - 11;
        if (offset < 0) {
            offset += 12;
        }
        if (month11After - month11Before > 365) {
            int leapOffset = leapMonthOffset(month11Before);
            if (offset >= leapOffset) {
                offset++;
            }
        }
        long monthStart = newMoonDay(k + offset);
        return fromJulianDay(monthStart + day - 1);
    }

    /** The lunar new year's day (Tết Nguyên đán) in the civil year {@code year}. */
    public static LocalDate newYear(int year) {
        return toSolar(year, 1, 1);
    }

    /** The day that starts the lunar month 11 (the month of the winter solstice) of civil year {@code year}. */
    static long month11(int year) {
        long lastDay = toJulianDay(LocalDate.of(year, 12, 31));
        int k = (int) Math.floor((lastDay - 2415021) / SYNODIC_MONTH);
        long newMoon = newMoonDay(k);
        if (sunSector(newMoon) >= 9) {
            // That new moon falls after the solstice: month 11 started a month earlier.
            newMoon = newMoonDay(k - 1);
        }
        return newMoon;
    }

    /** Which month after month 11 is the leap month: the first whose start has no new major term. */
    private static int leapMonthOffset(long month11) {
        int k = (int) Math.floor(0.5 + (month11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
        int i = 1;
        int sector = sunSector(newMoonDay(k + i));
        int last;
        do {
            last = sector;
            i++;
            sector = sunSector(newMoonDay(k + i));
        } while (sector != last && i < 14);
        return i - 1;
    }

    /** The local civil day (as a Julian day number) of the k-th new moon after 1900-01-01. */
    static long newMoonDay(int k) {
        return (long) Math.floor(newMoon(k) + 0.5 + TIME_ZONE_DAYS);
    }

    /** The Julian date (UT) of the k-th new moon after 1900-01-01. */
    static double newMoon(int k) {
        double t = k / 1236.85; // Julian centuries from 1900-01-01 12:00
        double t2 = t * t;
        double t3 = t2 * t;
        double dr = Math.PI / 180;
        double jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
                + 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
        double sunAnomaly = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
        double moonAnomaly = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
        double latitudeArg = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
        double correction = (0.1734 - 0.000393 * t) * Math.sin(sunAnomaly * dr)
                + 0.0021 * Math.sin(2 * dr * sunAnomaly)
                - 0.4068 * Math.sin(moonAnomaly * dr) + 0.0161 * Math.sin(dr * 2 * moonAnomaly)
                - 0.0004 * Math.sin(dr * 3 * moonAnomaly)
                + 0.0104 * Math.sin(dr * 2 * latitudeArg) - 0.0051 * Math.sin(dr * (sunAnomaly + moonAnomaly))
                - 0.0074 * Math.sin(dr * (sunAnomaly - moonAnomaly))
                + 0.0004 * Math.sin(dr * (2 * latitudeArg + sunAnomaly))
                - 0.0004 * Math.sin(dr * (2 * latitudeArg - sunAnomaly))
                - 0.0006 * Math.sin(dr * (2 * latitudeArg + moonAnomaly))
                + 0.0010 * Math.sin(dr * (2 * latitudeArg - moonAnomaly))
                + 0.0005 * Math.sin(dr * (2 * moonAnomaly + sunAnomaly));
        double deltaT = t < -11
                ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
                : -0.000278 + 0.000265 * t + 0.000262 * t2;
        return jd + correction - deltaT;
    }

    /**
     * The sun's apparent longitude at the start of the local day, in sectors of 30°: 0 from the
     * spring equinox, 9 from the winter solstice.
     */
    static int sunSector(long julianDay) {
        double jd = julianDay - 0.5 - TIME_ZONE_DAYS;
        double t = (jd - 2451545.0) / 36525; // Julian centuries from J2000.0
        double t2 = t * t;
        double dr = Math.PI / 180;
        double meanAnomaly = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        double meanLongitude = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double center = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(dr * meanAnomaly)
                + (0.019993 - 0.000101 * t) * Math.sin(dr * 2 * meanAnomaly)
                + 0.000290 * Math.sin(dr * 3 * meanAnomaly);
        double longitude = (meanLongitude + center) * dr;
        longitude = longitude - Math.PI * 2 * Math.floor(longitude / (Math.PI * 2));
        return (int) Math.floor(longitude / Math.PI * 6);
    }

    static long toJulianDay(LocalDate date) {
        return date.getLong(JulianFields.JULIAN_DAY);
    }

    static LocalDate fromJulianDay(long julianDay) {
        return LocalDate.MIN.with(JulianFields.JULIAN_DAY, julianDay);
    }
}
