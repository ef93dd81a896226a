package vn.ptdv.persistence;

import java.nio.file.Path;

/** Another copy of the program has the database open; this one must not write to it. */
public class DatabaseInUseException extends DatabaseException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;
    private final transient DatabaseLock.Holder holder;

    public DatabaseInUseException(Path file, DatabaseLock.Holder holder) {
        super("Database in use by " + holder.user() + "@" + holder.computer() + ": " + file, null);
        this.file = file;
        this.holder = holder;
    }

    public Path file() {
        return file;
    }

    public DatabaseLock.Holder holder() {
        return holder;
    }
}
