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
        DAMAGED, FOREIGN, NEWER, READ_ONLY,
        /** Cannot be read now: held by another program, no permission, a disk error. */
        UNREADABLE,
        /**
         * Not the file's fault: SQLite itself (the driver's native library) would not load on this
         * computer, so no file can be opened. Nothing was read; a backup put in its place would not open
         * either, and would throw away a sound file.
         */
        ENGINE
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

    /**
     * Whether restoring a backup in its place is the way out: for a damaged or newer file, not for
     * another program's file (a wrong choice of file), nor one that is only read-only or held.
     */
    public boolean restorable() {
        return reason == Reason.DAMAGED || reason == Reason.NEWER;
    }
}
