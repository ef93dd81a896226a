package vn.ptdv.service;

import java.nio.file.Path;

/** A command was pointed at a database file that does not exist (a typo, most often). */
public class MissingDatabaseException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;

    public MissingDatabaseException(Path file) {
        super("No database at " + file);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
