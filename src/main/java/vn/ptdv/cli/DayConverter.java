package vn.ptdv.cli;

import java.time.LocalDate;
import picocli.CommandLine.ITypeConverter;
import vn.ptdv.domain.DisplayDates;
import vn.ptdv.i18n.Messages;

/** A day as people type it, dd/MM/yyyy, said in Vietnamese when wrong. */
public final class DayConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
        return DisplayDates.parse(value)
                .orElseThrow(() -> new ValueException(Messages.text("cli.error.day", value)));
    }
}
