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
                FormsCommand.class, HolidaysCommand.class, ImportCommand.class, InitCommand.class, JournalCommand.class, PasswordCommand.class, ReportCommand.class,
                RestoreCommand.class, StatsCommand.class, TemplateCommand.class})
public final class PtdvCommand implements Callable<Integer> {
    /** Opens the window; given by the app so that the command line does not depend on the UI. */
    public interface WindowLauncher {
        int open(Optional<Path> database, boolean demo);

        /**
         * Opens a window to time the start-up: prints the milliseconds to the first frame and exits. The
         * window is the program's with its data, or one of the two floors it is measured against.
         */
        default int measureStartup(Optional<Path> database, StartupFloor floor) {
            return open(database, false);
        }
    }

    /** What {@code --measure-startup} opens: the program's window, or a floor to compare it with. */
    public enum StartupFloor {
        /** The program's own window with its data. */
        NONE,
        /** {@code --bare}: an empty window of the same size, no control at all. */
        BARE,
        /** {@code --table}: a window of the same size holding only a JavaFX table of 13 rows and 9 columns. */
        TABLE
    }

    @Option(names = "--measure-startup", descriptionKey = "cli.option.measureStartup")
    private boolean measureStartup;

    @Option(names = "--bare", descriptionKey = "cli.option.bare")
    private boolean bare;

    @Option(names = "--table", descriptionKey = "cli.option.table")
    private boolean table;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--db", paramLabel = "PATH", descriptionKey = "cli.option.db", scope = picocli.CommandLine.ScopeType.INHERIT)
    private Path database;

    /** For scripts: the opening password of an encrypted database, from the first line of a file (never on the command line). */
    @Option(names = "--password-file", paramLabel = "FILE", descriptionKey = "cli.option.passwordFile",
            scope = picocli.CommandLine.ScopeType.INHERIT)
    private Path passwordFile;

    @Option(names = "--demo", descriptionKey = "cli.option.demo", scope = picocli.CommandLine.ScopeType.INHERIT)
    private boolean demo;

    private final WindowLauncher windowLauncher;

    public PtdvCommand(WindowLauncher windowLauncher) {
        this.windowLauncher = windowLauncher;
    }

    public Optional<Path> database() {
        return Optional.ofNullable(database);
    }

    public Optional<Path> passwordFile() {
        return Optional.ofNullable(passwordFile);
    }

    public boolean demo() {
        return demo;
    }

    @Override
    public Integer call() {
        if (bare && table) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    vn.ptdv.i18n.Messages.text("cli.error.bareAndTable"));
        }
        if (measureStartup) {
            return windowLauncher.measureStartup(database(), bare ? StartupFloor.BARE : table ? StartupFloor.TABLE : StartupFloor.NONE);
        }
        return windowLauncher.open(database(), demo);
    }
}
