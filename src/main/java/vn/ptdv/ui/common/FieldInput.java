package vn.ptdv.ui.common;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.collections.ObservableMap;
import vn.ptdv.domain.DisplayDates;
import vn.ptdv.i18n.Messages;
import vn.ptdv.service.FieldError;

/**
 * What the forms' view models share: typed text turned into values, with a problem put in the view
 * model's error map under the field's name (shown under the field by {@link FieldErrors}).
 */
public final class FieldInput {
    private FieldInput() {
    }

    /** A typed date dd/MM/yyyy; empty when blank (an error then only if {@code required}) or wrong. */
    public static Optional<LocalDate> date(ObservableMap<String, String> errors, Messages m, String field, String typed,
                                           boolean required) {
        String value = typed == null ? "" : typed.strip();
        if (value.isEmpty()) {
            if (required) {
                errors.put(field, m.get("validation.date.required"));
            }
            return Optional.empty();
        }
        Optional<LocalDate> parsed = DisplayDates.parse(value);
        if (parsed.isEmpty()) {
            errors.put(field, m.get("validation.date.format", value));
        }
        return parsed;
    }

    /** The service's refusals, each under its field (several for one field joined). */
    public static void showErrors(ObservableMap<String, String> errors, Messages m, List<FieldError> fieldErrors) {
        for (FieldError e : fieldErrors) {
            errors.merge(e.field(), m.get(e.messageKey(), e.args().toArray()), (a, b) -> a + " " + b);
        }
    }
}
