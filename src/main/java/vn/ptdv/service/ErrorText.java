package vn.ptdv.service;

import java.sql.SQLException;
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
            return messages.get(databaseKey(e));
        }
        return messages.get("error.unexpected");
    }

    /**
     * SQLite says why a read or write failed in its result code (the JDBC error code): a full disk, a
     * read-only file, another program holding it and a damaged file each call for a different action.
     */
    private static String databaseKey(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                switch (sql.getErrorCode() & 0xff) { // extended codes carry the primary one in the low byte
                    case SQLITE_FULL:
                        return "error.database.full";
                    case SQLITE_READONLY:
                        return "error.database.readOnly";
                    case SQLITE_BUSY, SQLITE_LOCKED:
                        return "error.database.busy";
                    case SQLITE_CORRUPT, SQLITE_NOTADB:
                        return "error.database.corrupt";
                    default:
                        break;
                }
            }
        }
        return "error.database";
    }

    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int SQLITE_READONLY = 8;
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_FULL = 13;
    private static final int SQLITE_NOTADB = 26;

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
