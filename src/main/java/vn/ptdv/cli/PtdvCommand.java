package vn.ptdv.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The root command. With no subcommand it opens the window (through the launcher the app gives it);
 * {@code --db} and {@code --demo} apply to the window and to every command.
 */
@Command(name = "ptdv", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        subcommands = {AuditCommand.class, BackupCommand.class, BenchCommand.class, CandidatesCommand.class, CheckCommand.class,
                HolidaysCommand.class, ImportCommand.class, InitCommand.class, JournalCommand.class, PasswordCommand.class, ReportCommand.class,
                RestoreCommand.class, StatsCommand.class, TemplateCommand.class})
public final class PtdvCommand implements Callable<Integer> {
    /** Opens the window; given by the app so that the command line does not depend on the UI. */
    public interface WindowLauncher {
        int open(Optional<Path> database, boolean demo);

        /** Opens the window to time the start-up: prints the milliseconds to the first frame and exits. */
        default int measureStartup(Optional<Path> database, boolean bare) {
            return open(database, false);
        }
    }

    @Option(names = "--measure-startup", descriptionKey = "cli.option.measureStartup")
    private boolean measureStartup;

    @Option(names = "--bare", descriptionKey = "cli.option.bare")
    private boolean bare;

    @Option(names = "--db", paramLabel = "PATH", descriptionKey = "cli.option.db", scope = picocli.CommandLine.ScopeType.INHERIT)
    private Path database;

    @Option(names = "--demo", descriptionKey = "cli.option.demo", scope = picocli.CommandLine.ScopeType.INHERIT)
    private boolean demo;

    private final WindowLauncher windowLauncher;

    public PtdvCommand(WindowLauncher windowLauncher) {
        this.windowLauncher = windowLauncher;
    }

    public Optional<Path> database() {
        return Optional.ofNullable(database);
    }

    public boolean demo() {
        return demo;
    }

    @Override
    public Integer call() {
        if (measureStartup) {
            return windowLauncher.measureStartup(database(), bare);
        }
        return windowLauncher.open(database(), demo);
    }
}
