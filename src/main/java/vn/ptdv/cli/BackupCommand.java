package vn.ptdv.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.ptdv.i18n.Messages;

/**
 * {@code backup --out FILE [--password[=PASSWORD]]}: a copy of the whole database, made with SQLite's
 * online backup; with a password (asked when given without a value) it is encrypted.
 */
@Command(name = "backup", mixinStandardHelpOptions = true)
public final class BackupCommand implements Callable<Integer> {
    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "cli.option.backupOut")
    private Path out;

    @Option(names = "--password", arity = "0..1", fallbackValue = "", paramLabel = "PASSWORD",
            descriptionKey = "cli.option.backupPassword")
    private String password;

    @Spec
    private CommandSpec spec;

    private final CliContext context;

    public BackupCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        var backups = context.services().backups();
        Optional<char[]> secret = PasswordInput.read(password, "cli.password.promptBackup", spec.commandLine().getErr());
        Path written = backups.backupTo(out, secret);
        boolean encrypted = secret.filter(p -> p.length > 0).isPresent() || backups.hasBackupPassword()
                || context.services().access().encrypted();
        spec.commandLine().getOut().println(Messages.text(encrypted ? "cli.backup.doneEncrypted" : "cli.backup.done",
                written.toAbsolutePath()));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
