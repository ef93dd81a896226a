package vn.ptdv.service;

import java.util.List;
import vn.ptdv.domain.DisplayDates;
import vn.ptdv.i18n.Messages;
import vn.ptdv.persistence.DatabaseException;
import vn.ptdv.persistence.DatabaseInUseException;
import vn.ptdv.persistence.NotADatabaseException;
import vn.ptdv.persistence.UnusableDatabaseException;

/** What a person is told when something fails: in their language, what went wrong and what to do. */
public final class ErrorText {
    /** The errors that explain themselves; anything else is unwrapped down to its cause. */
    private static final List<Class<? extends Throwable>> KNOWN = List.of(ValidationException.class,
            DatabaseException.class, DemoDataService.NotEmptyException.class, NotFoundException.class,
            MissingDatabaseException.class, BackupService.BadBackupException.class,
            BackupService.PasswordNeededException.class, BackupCipher.WrongPasswordException.class,
            AccessService.WrongPasswordException.class);

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
            return messages.get("error.database.missing", m.file().toAbsolutePath());
        }
        if (e instanceof NotFoundException) {
            return messages.get("error.notFound");
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
        if (e instanceof DatabaseException) {
            return messages.get("error.database");
        }
        return messages.get("error.unexpected");
    }

    private static String inUse(DatabaseInUseException u, Messages messages) {
        var holder = u.holder();
        String who = holder.user().isEmpty() && holder.computer().isEmpty()
                ? messages.get("error.database.inUse.unknown")
                : messages.get("error.database.inUse.who", holder.computer(), holder.user(),
                        holder.since().map(DisplayDates::dateTime).orElse("?"));
        return messages.get("error.database.inUse", u.file().toAbsolutePath(), who);
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
