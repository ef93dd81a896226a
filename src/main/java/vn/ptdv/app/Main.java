package vn.ptdv.app;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import vn.ptdv.cli.CliContext;
import vn.ptdv.cli.PtdvCommand;
import vn.ptdv.i18n.Messages;
import vn.ptdv.persistence.DatabasePasswordException;
import vn.ptdv.service.ErrorText;

/**
 * The launcher: parses the command line and either runs a command or opens the window. It does not
 * extend Application, so that {@code java -jar ptdv.jar} works with JavaFX on the class path.
 */
public final class Main {
    private static final Logger LOG = Logger.getLogger(Main.class.getName());
    /** The exit code of a command refused for want of the right opening password. */
    public static final int PASSWORD_REFUSED = 3;

    private Main() {
    }

    public static void main(String[] args) {
        SqliteNativeLibrary.prepare(); // before anything loads the SQLite driver
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
                StandardCharsets.UTF_8), true);
        // The window's usual arguments: JavaFX starts while the command line is read.
        if (WindowArguments.likelyPlan(args).isPresent()) {
            DesktopApp.beginEarly();
        }
        int code = run(args, out, err, new PtdvCommand.WindowLauncher() {
            @Override
            public int open(Optional<Path> database, boolean demo) {
                return DesktopApp.launchAndWait(database, demo, DesktopApp.Measure.NONE);
            }

            @Override
            public int measureStartup(Optional<Path> database, PtdvCommand.StartupFloor floor) {
                return DesktopApp.launchAndWait(database, false, DesktopApp.Measure.of(floor));
            }
        });
        DesktopApp.endEarly();
        out.flush();
        err.flush();
        if (DesktopApp.programWindowShown()) {
            // The window has closed and let go of the database: the packaged launcher's class archive.
            LauncherClassArchive.ofThisJvm().ifPresent(LauncherClassArchive::afterWindow);
        }
        System.exit(code);
    }

    /** Runs the command line; the window launcher is a parameter so tests can run commands alone. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, PtdvCommand.WindowLauncher window) {
        Messages messages = Messages.current();
        PtdvCommand root = new PtdvCommand(window);
        CommandLineContext context = new CommandLineContext(root, err, messages);
        CommandLine commandLine = new CommandLine(root, new Factory(root, context));
        commandLine.setResourceBundle(messages.bundle());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler(new VietnameseParameterErrors(messages));
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            // The trace belongs in the log beside the database, never on the console; a mistyped
            // path gets no log (nor a folder) made just for it.
            Path file = databaseFile(root.database());
            Path folder = file.toAbsolutePath().getParent();
            if (folder != null && (Files.exists(file) || Files.exists(folder.resolve(LogSetup.FILE_NAME)))) {
                LogSetup.toFileBeside(file);
            } else {
                LogSetup.silent();
            }
            cmd.getErr().println(messages.get("cli.error.prefix") + ErrorText.describe(e, messages));
            cmd.getErr().flush();
            if (ErrorText.find(e, DatabasePasswordException.class).isPresent()) {
                // No password or the wrong one: nothing was read or written; scripts tell it by the code.
                LOG.warning("Command refused: the database's opening password was missing or wrong");
                return PASSWORD_REFUSED;
            }
            LOG.log(Level.SEVERE, "Command failed", e);
            return 1;
        });
        try {
            int code = commandLine.execute(args);
            if (code != 0 && context.discardCreated()) {
                // A command that failed leaves no database behind that it made itself.
                err.println(messages.get("cli.database.notCreated", context.databaseFile().toAbsolutePath()));
                err.flush();
            }
            return code;
        } finally {
            context.close(); // the lock on the database ends with the command
        }
    }

    /** The database path the command line chose, or the per-user default. */
    static Path databaseFile(Optional<Path> chosen) {
        return chosen.orElseGet(AppPaths::defaultDatabase);
    }

    /** Gives commands what they need through their constructors. */
    private static final class Factory implements CommandLine.IFactory {
        private final PtdvCommand root;
        private final CliContext context;

        Factory(PtdvCommand root, CliContext context) {
            this.root = root;
            this.context = context;
        }

        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == PtdvCommand.class) {
                return type.cast(root);
            }
            try {
                return type.getConstructor(CliContext.class).newInstance(context);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(type);
            }
        }
    }
}
