package vn.ptdv.service;

import java.nio.file.Path;

/** A command was pointed at a database file that does not exist (a typo, most often). */
public class MissingDatabaseException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;

    /** Whether the path is a folder (a file name left off after --db), which is said in other words. */
    private final boolean folder;

    public MissingDatabaseException(Path file) {
        this(file, false);
    }

    public MissingDatabaseException(Path file, boolean folder) {
        super((folder ? "A folder, no database, at " : "No database at ") + file);
        this.file = file;
        this.folder = folder;
    }

    public Path file() {
        return file;
    }

    public boolean folder() {
        return folder;
    }
}
