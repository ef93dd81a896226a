package vn.ptdv.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.ptdv.i18n.Messages;

/**
 * {@code password --remove [--backup-password[=…]]}: the way back for a forgotten opening password.
 * When a backup password is set it must be given; the removal is written in the log either way.
 */
@Command(name = "password", mixinStandardHelpOptions = true)
public final class PasswordCommand implements Callable<Integer> {
    @Option(names = "--remove", required = true, descriptionKey = "cli.option.passwordRemove")
    private boolean remove;

    @Option(names = "--backup-password", arity = "0..1", fallbackValue = "", paramLabel = "PASSWORD",
            descriptionKey = "cli.option.backupPasswordProof")
    private String backupPassword;

    @Spec
    private CommandSpec spec;

    private final CliContext context;

    public PasswordCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        var services = context.servicesForgottenPassword();
        if (!services.access().hasPassword()) {
            spec.commandLine().getOut().println(Messages.text("cli.password.none"));
        } else if (services.access().encrypted()) {
            // Opening the file took its password already: the file is decrypted.
            services.access().clearPassword();
            spec.commandLine().getOut().println(Messages.text("cli.password.removedDecrypted"));
        } else if (services.backups().hasBackupPassword()) {
            Optional<char[]> proof = PasswordInput.read(backupPassword, "cli.password.promptBackup",
                    spec.commandLine().getErr());
            if (proof.isEmpty() || !services.access().resetWithBackupPassword(proof.get())) {
                spec.commandLine().getErr().println(Messages.text("cli.error.prefix") + Messages.text("cli.password.needBackup"));
                spec.commandLine().getErr().flush();
                return 1;
            }
            spec.commandLine().getOut().println(Messages.text("cli.password.removed"));
        } else {
            services.access().clearPassword();
            spec.commandLine().getOut().println(Messages.text("cli.password.removed"));
        }
        spec.commandLine().getOut().flush();
        return 0;
    }
}
