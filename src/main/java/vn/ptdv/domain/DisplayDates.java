package vn.ptdv.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/** Dates as people read and type them: dd/MM/yyyy, strictly (31/02/2020 is not a date). */
public final class DisplayDates {
    public static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
    /** Also accepted when typing: single-digit day and month ("5/3/2024"). */
    private static final DateTimeFormatter LENIENT_DIGITS =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private DisplayDates() {
    }

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    /** A moment as people write it: 27/11/2026 20:15. */
    public static String dateTime(java.time.LocalDateTime time) {
        return time.format(DATE_TIME);
    }

    public static String format(LocalDate date) {
        if (date == null) {
            return "";
        }
        int year = date.getYear();
        if (year < 0 || year > 9999) {
            return FORMAT.format(date); // as the pattern writes such years ("+10000")
        }
        // Written out by hand: the rules write a date into the text of every finding, tens of thousands for a
        // ward, and the formatter's way cost more than the rest of the text.
        char[] text = {digit(date.getDayOfMonth() / 10), digit(date.getDayOfMonth() % 10), '/',
                digit(date.getMonthValue() / 10), digit(date.getMonthValue() % 10), '/',
                digit(year / 1000), digit(year / 100 % 10), digit(year / 10 % 10), digit(year % 10)};
        return new String(text);
    }

    private static char digit(int d) {
        return (char) ('0' + d);
    }

    public static String format(Optional<LocalDate> date) {
        return date.map(DisplayDates::format).orElse("");
    }

    /** Empty when the text is not a real dd/MM/yyyy date. */
    public static Optional<LocalDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().replace('.', '/').replace('-', '/');
        try {
            return Optional.of(LocalDate.parse(t, LENIENT_DIGITS));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
