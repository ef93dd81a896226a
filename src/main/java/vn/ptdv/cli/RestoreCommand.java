package vn.ptdv.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.ptdv.i18n.Messages;
import vn.ptdv.persistence.UnusableDatabaseException;
import vn.ptdv.service.BackupService;

/**
 * {@code restore FILE [--password[=PASSWORD]]}: puts a backup in place of the database after checking
 * it. Without --password a protected backup is opened with the database's opening password (as given
 * by --password-file or on the console), so that no password need be written on the command line. A
 * sound database is backed up first and replaced in place; a damaged or newer one is moved aside into a
 * folder beside it, never overwritten; another program's file is refused (a wrong --db). A
 * database file that does not exist yet is made from the backup, in a folder that exists.
 */
@Command(name = "restore", mixinStandardHelpOptions = true)
public final class RestoreCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "cli.param.backupFile")
    private Path backup;

    @Option(names = "--password", arity = "0..1", fallbackValue = "", paramLabel = "PASSWORD",
            descriptionKey = "cli.option.restorePassword")
    private String password;

    @Spec
    private CommandSpec spec;

    private final CliContext context;

    public RestoreCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (!Files.isRegularFile(backup)) {
            spec.commandLine().getErr().println(Messages.text("cli.error.prefix")
                    + Messages.text("cli.restore.missing", backup.toAbsolutePath()));
            spec.commandLine().getErr().flush();
            return 1;
        }
        Optional<char[]> given = PasswordInput.read(password, "cli.password.promptBackup", spec.commandLine().getErr());
        Path database = context.databaseFile();
        String done;
        boolean sound = vn.ptdv.persistence.Database.exists(database) && opens();
        Optional<char[]> secret = given.isPresent() ? given : backupPassword();
        if (sound) {
            Path safety = context.services().backups().restore(backup, secret);
            done = Messages.text("cli.restore.done", backup.toAbsolutePath(), safety);
        } else {
            context.expectNew(); // a backup may become a new database; a bad one leaves nothing behind
            context.release();
            Optional<Path> kept = BackupService.restoreOver(database, backup, secret, Clock.systemDefaultZone());
            context.services().audit().restored();
            done = kept.map(k -> Messages.text("cli.restore.doneOver", backup.toAbsolutePath(), k))
                    .orElseGet(() -> Messages.text("cli.restore.doneNew", backup.toAbsolutePath(), database.toAbsolutePath()));
        }
        spec.commandLine().getOut().println(done);
        spec.commandLine().getOut().flush();
        return 0;
    }

    /**
     * Without {@code --password}: a protected backup opens with the password the database was opened
     * with (its automatic backups are under that key; a damaged encrypted file has it asked for before
     * it is found damaged), else the one of {@code --password-file} or the console; with neither (a
     * script), none, and the backup says that it needs --password. None is asked for a plain backup.
     */
    private Optional<char[]> backupPassword() {
        if (!BackupService.needsPassword(backup)) {
            return Optional.empty();
        }
        Optional<char[]> opening = context.openingPassword();
        return opening.isPresent() ? opening : context.readPassword(backup);
    }

    /** Whether the database opens; a file that cannot be opened is replaced, not restored into. */
    private boolean opens() {
        try {
            context.services();
            return true;
        } catch (UnusableDatabaseException e) {
            if (!e.restorable()) {
                throw e;
            }
            return false;
        }
    }
}
