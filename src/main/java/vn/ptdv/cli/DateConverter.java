package vn.ptdv.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import vn.ptdv.i18n.Messages;

/**
 * A date as the commands take it: yyyy-MM-dd, as in the JSON they print, or dd/MM/yyyy as people write it (and as
 * {@code audit --from} takes it); said in Vietnamese when wrong.
 */
public final class DateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
        return parse(value).orElseThrow(() -> new ValueException(Messages.text("cli.error.date", value)));
    }

    /** Either way of writing a day; empty when it is neither, or no such day. */
    static java.util.Optional<LocalDate> parse(String value) {
        try {
            return java.util.Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            return vn.ptdv.domain.DisplayDates.parse(value);
        }
    }
}
