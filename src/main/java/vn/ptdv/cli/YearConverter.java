package vn.ptdv.cli;

import picocli.CommandLine.ITypeConverter;
import vn.ptdv.i18n.Messages;

/** A year as the commands take it: four digits, 1900–2100, said in Vietnamese when wrong. */
public final class YearConverter implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
        try {
            int year = Integer.parseInt(value.strip());
            if (year >= 1900 && year <= 2100) {
                return year;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new ValueException(Messages.text("cli.error.year", value));
    }
}
