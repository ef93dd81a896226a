package vn.ptdv.service;

import java.util.List;
import java.util.stream.Collectors;
import vn.ptdv.i18n.Messages;

/** Input refused before anything was written; each error names its field. */
public class ValidationException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(errors.stream().map(FieldError::messageKey).collect(Collectors.joining(", ")));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** All errors as the person reads them, one a line. */
    public String describe(Messages messages) {
        return errors.stream()
                .map(e -> messages.get(e.messageKey(), e.args().toArray()))
                .collect(Collectors.joining("\n"));
    }
}
