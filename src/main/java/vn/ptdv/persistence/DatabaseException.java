package vn.ptdv.persistence;

/** The database could not be opened, migrated, read or written; the cause says why. */
public class DatabaseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
