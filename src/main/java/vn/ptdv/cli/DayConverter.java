package vn.ptdv.cli;

import java.time.LocalDate;
import picocli.CommandLine.ITypeConverter;
import vn.ptdv.i18n.Messages;

/** A day as people type it, dd/MM/yyyy (or yyyy-MM-dd), said in Vietnamese when wrong. */
public final class DayConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
        // The same two ways as --today; only the message differs, naming dd/MM/yyyy first.
        return DateConverter.parse(value).orElseThrow(() -> new ValueException(Messages.text("cli.error.day", value)));
    }
}
