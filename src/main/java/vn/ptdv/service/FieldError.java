package vn.ptdv.service;

import java.util.List;

/**
 * Why a value was refused: the field (as the form names it), a message key of the resource bundle
 * and the message's arguments.
 */
public record FieldError(String field, String messageKey, List<Object> args) {
    public FieldError {
        args = List.copyOf(args);
    }

    public static FieldError of(String field, String messageKey, Object... args) {
        return new FieldError(field, messageKey, List.of(args));
    }
}
