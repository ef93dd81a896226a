package vn.ptdv.persistence;

import java.nio.file.Path;

/** The database file is encrypted, and no password was given, or not the one that opens it. */
public final class DatabasePasswordException extends DatabaseException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;
    private final boolean given;

    public DatabasePasswordException(Path file, boolean given) {
        super((given ? "Wrong password for " : "A password is needed for ") + file, null);
        this.file = file;
        this.given = given;
    }

    public Path file() {
        return file;
    }

    /** True: a password was given and it is not the file's; false: none was given. */
    public boolean given() {
        return given;
    }
}
