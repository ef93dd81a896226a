package vn.ptdv.persistence;

import java.nio.file.Path;

/** The file chosen as the database is some other document (a spreadsheet, a text, …). */
public class NotADatabaseException extends DatabaseException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;

    public NotADatabaseException(Path file) {
        super("Not an SQLite database: " + file, null);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
