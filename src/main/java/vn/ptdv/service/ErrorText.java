package vn.ptdv.service;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import vn.ptdv.domain.DisplayDates;
import vn.ptdv.i18n.Messages;
import vn.ptdv.persistence.DatabaseException;
import vn.ptdv.persistence.DatabaseInUseException;
import vn.ptdv.persistence.DatabasePasswordException;
import vn.ptdv.persistence.NotADatabaseException;
import vn.ptdv.persistence.UnusableDatabaseException;

/** What a person is told when something fails: in their language, what went wrong and what to do. */
public final class ErrorText {
    /** The errors that explain themselves; anything else is unwrapped down to its cause. */
    private static final List<Class<? extends Throwable>> KNOWN = List.of(ValidationException.class,
            DatabaseException.class, DemoDataService.NotEmptyException.class, NotFoundException.class,
            MissingDatabaseException.class, MissingFolderException.class, BackupService.BadBackupException.class,
            BackupService.PasswordNeededException.class, BackupCipher.WrongPasswordException.class,
            AccessService.WrongPasswordException.class, AccessService.NoWayBackException.class);

    private ErrorText() {
    }

    public static String describe(Throwable error, Messages messages) {
        Throwable e = unwrap(error);
        if (e instanceof ValidationException v) {
            return v.describe(messages);
        }
        if (e instanceof DemoDataService.NotEmptyException) {
            return messages.get("error.demo.notEmpty");
        }
        if (e instanceof MissingDatabaseException m) {
            return messages.get(m.folder() ? "error.database.isFolder" : "error.database.missing",
                    m.file().toAbsolutePath());
        }
        if (e instanceof MissingFolderException f) {
            Path file = f.file().toAbsolutePath();
            return messages.get("error.database.noFolder", file.getParent(), file);
        }
        if (e instanceof NotFoundException) {
            return messages.get("error.notFound");
        }
        if (e instanceof DatabasePasswordException p) {
            String key = !p.given() ? "error.database.passwordNeeded"
                    : p.maybeDamaged() ? "error.database.wrongPasswordOrDamaged" : "error.database.wrongPassword";
            return messages.get(key, p.file().toAbsolutePath());
        }
        if (e instanceof AccessService.NoWayBackException) {
            return messages.get("error.access.noWayBack");
        }
        if (e instanceof NotADatabaseException n) {
            return messages.get("error.database.notDatabase", n.file().toAbsolutePath());
        }
        if (e instanceof DatabaseInUseException u) {
            return inUse(u, messages);
        }
        if (e instanceof UnusableDatabaseException u) {
            return messages.get("error.database." + u.reason().name().toLowerCase(java.util.Locale.ROOT),
                    u.file().toAbsolutePath(), u.version());
        }
        if (e instanceof BackupService.BadBackupException b) {
            return messages.get("error.backup." + b.reason().name().toLowerCase(java.util.Locale.ROOT),
                    b.file().toAbsolutePath());
        }
        if (e instanceof BackupService.PasswordNeededException) {
            return messages.get("error.backup.passwordNeeded");
        }
        if (e instanceof BackupCipher.WrongPasswordException) {
            return messages.get("error.backup.wrongPassword");
        }
        if (e instanceof AccessService.WrongPasswordException) {
            return messages.get("error.access.wrongPassword");
        }
        java.nio.file.FileSystemException file = fileProblem(error);
        if (file != null) {
            // A file the program reads or writes beside the database (a backup on a USB stick, a
            // report, a file being moved aside): name it, and say what usually stands in the way.
            String name = file.getFile() == null ? "" : file.getFile();
            return messages.get(file instanceof java.nio.file.NoSuchFileException ? "error.file.missing"
                    : "error.file.access", name);
        }
        if (e instanceof DatabaseException) {
            return messages.get(databaseKey(e));
        }
        return messages.get("error.unexpected");
    }

    /**
     * SQLite says why a read or write failed in its result code (the JDBC error code): a full disk, a
     * read-only file, another program holding it and a damaged file each call for a different action.
     */
    private static String databaseKey(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                switch (sql.getErrorCode() & 0xff) { // extended codes carry the primary one in the low byte
                    case SQLITE_FULL:
                        return "error.database.full";
                    case SQLITE_READONLY:
                        return "error.database.readOnly";
                    case SQLITE_BUSY, SQLITE_LOCKED:
                        return "error.database.busy";
                    case SQLITE_CORRUPT, SQLITE_NOTADB:
                        return "error.database.corrupt";
                    default:
                        break;
                }
            }
        }
        return "error.database";
    }

    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int SQLITE_READONLY = 8;
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_FULL = 13;
    private static final int SQLITE_NOTADB = 26;

    private static java.nio.file.FileSystemException fileProblem(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof java.nio.file.FileSystemException f) {
                return f;
            }
        }
        return null;
    }

    private static String inUse(DatabaseInUseException u, Messages messages) {
        var holder = u.holder();
        String who = holder.user().isEmpty() && holder.computer().isEmpty()
                ? messages.get("error.database.inUse.unknown")
                : messages.get("error.database.inUse.who", holder.computer(), holder.user(),
                        holder.since().map(DisplayDates::dateTime).orElse("?"));
        return messages.get("error.database.inUse", u.file().toAbsolutePath(), who);
    }

    /** The error itself or the first of its causes of that kind. */
    public static <T extends Throwable> java.util.Optional<T> find(Throwable error, Class<T> kind) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (kind.isInstance(t)) {
                return java.util.Optional.of(kind.cast(t));
            }
        }
        return java.util.Optional.empty();
    }

    private static Throwable unwrap(Throwable error) {
        Throwable e = error;
        while (e.getCause() != null && !known(e)) {
            e = e.getCause();
        }
        return e;
    }

    private static boolean known(Throwable e) {
        return KNOWN.stream().anyMatch(k -> k.isInstance(e));
    }
}
