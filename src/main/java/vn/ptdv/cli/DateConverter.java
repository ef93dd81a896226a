package vn.ptdv.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import vn.ptdv.i18n.Messages;

/** A date as the commands take it (yyyy-MM-dd, as in the JSON they print), said in Vietnamese when wrong. */
public final class DateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ValueException(Messages.text("cli.error.date", value));
        }
    }
}
