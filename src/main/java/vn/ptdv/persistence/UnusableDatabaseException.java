package vn.ptdv.persistence;

import java.nio.file.Path;

/**
 * The file is SQLite but cannot be used as this program's database: damaged, another program's, made
 * by a newer version, or not writable. It is left exactly as it was.
 */
public class UnusableDatabaseException extends DatabaseException {
    private static final long serialVersionUID = 1L;

    /** Why the file cannot be used. */
    public enum Reason {
        DAMAGED, FOREIGN, NEWER, READ_ONLY
    }

    private final transient Path file;
    private final Reason reason;
    private final int version;

    public UnusableDatabaseException(Path file, Reason reason, int version, Throwable cause) {
        super(reason + " database: " + file + (version > 0 ? " (version " + version + ")" : ""), cause);
        this.file = file;
        this.reason = reason;
        this.version = version;
    }

    public Path file() {
        return file;
    }

    public Reason reason() {
        return reason;
    }

    /** The schema version found in the file, or 0 when unknown. */
    public int version() {
        return version;
    }

    /** Whether restoring a backup in its place is the way out (not for a merely read-only file). */
    public boolean restorable() {
        return reason != Reason.READ_ONLY;
    }
}
