package vn.ptdv.service;

import vn.ptdv.i18n.Messages;
import vn.ptdv.persistence.DatabaseException;
import vn.ptdv.persistence.NotADatabaseException;

/** What a person is told when something fails: in their language, what went wrong and what to do. */
public final class ErrorText {
    private ErrorText() {
    }

    public static String describe(Throwable error, Messages messages) {
        Throwable e = unwrap(error);
        if (e instanceof ValidationException v) {
            return v.describe(messages);
        }
        if (e instanceof DemoDataService.NotEmptyException) {
            return messages.get("error.demo.notEmpty");
        }
        if (e instanceof MissingDatabaseException m) {
            return messages.get("error.database.missing", m.file().toAbsolutePath());
        }
        if (e instanceof NotFoundException) {
            return messages.get("error.notFound");
        }
        if (e instanceof NotADatabaseException n) {
            return messages.get("error.database.notDatabase", n.file().toAbsolutePath());
        }
        if (e instanceof DatabaseException) {
            return messages.get("error.database");
        }
        return messages.get("error.unexpected");
    }

    private static Throwable unwrap(Throwable error) {
        Throwable e = error;
        while (e.getCause() != null && !(e instanceof ValidationException) && !(e instanceof DatabaseException)
                && !(e instanceof DemoDataService.NotEmptyException) && !(e instanceof NotFoundException)
                && !(e instanceof MissingDatabaseException)) {
            e = e.getCause();
        }
        return e;
    }
}
