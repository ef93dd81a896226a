package vn.ptdv.persistence;

import java.nio.file.Path;

/** The database file is encrypted, and no password was given, or not the one that opens it. */
public final class DatabasePasswordException extends DatabaseException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;
    private final boolean given;
    private final boolean maybeDamaged;

    public DatabasePasswordException(Path file, boolean given) {
        this(file, given, false);
    }

    /**
     * {@code maybeDamaged}: the given password did not open the file and no backup could tell whether
     * it is the password that is wrong or the file that is damaged.
     */
    public DatabasePasswordException(Path file, boolean given, boolean maybeDamaged) {
        super((given ? "Wrong password for " : "A password is needed for ") + file
                + (maybeDamaged ? " (or the file is damaged: no backup to tell)" : ""), null);
        this.file = file;
        this.given = given;
        this.maybeDamaged = maybeDamaged;
    }

    public Path file() {
        return file;
    }

    /** True: a password was given and it is not the file's; false: none was given. */
    public boolean given() {
        return given;
    }

    /** Whether the file may as well be damaged (a wrong password, with no backup to tell the two apart). */
    public boolean maybeDamaged() {
        return maybeDamaged;
    }
}
