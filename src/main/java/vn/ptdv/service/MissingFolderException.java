package vn.ptdv.service;

import java.nio.file.Path;

/**
 * A new database was to be made in a folder that does not exist: a mistyped path, most often, so the
 * folder is not made silently.
 */
public class MissingFolderException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;

    public MissingFolderException(Path file) {
        super("No folder for the new database " + file);
        this.file = file;
    }

    /** The database file that was to be made. */
    public Path file() {
        return file;
    }
}
