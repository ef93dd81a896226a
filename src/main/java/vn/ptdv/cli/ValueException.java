package vn.ptdv.cli;

import picocli.CommandLine.TypeConversionException;

/** A value our converters refuse, with the reason already in the person's language. */
public final class ValueException extends TypeConversionException {
    private static final long serialVersionUID = 1L;

    public ValueException(String message) {
        super(message);
    }
}
