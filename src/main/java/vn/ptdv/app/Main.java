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
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
                StandardCharsets.UTF_8), true);
        // The window's own arguments (none, a file, the sample, timing) are read here as picocli reads
        // them (WindowArgumentsTest holds the two to that): building every command's model first would
        // cost the window's start about a third of a second of a core. Everything else goes to picocli.
        Optional<DesktopApp.Plan> window = WindowArguments.likelyPlan(args);
        if (window.isEmpty()) {
            // Before anything loads the SQLite driver. The window does it on the thread that opens its
            // database: on the launcher's own thread it held JavaFX's start up by a thirtieth of a second.
            SqliteNativeLibrary.prepare();
        }
        int code = window.isPresent() ? openWindow(window.get(), err) : run(args, out, err, new PtdvCommand.WindowLauncher() {
            @Override
            public int open(Optional<Path> database, boolean demo) {
                return DesktopApp.launchAndWait(database, demo, DesktopApp.Measure.NONE);
            }

            @Override
            public int measureStartup(Optional<Path> database, PtdvCommand.StartupFloor floor) {
                return DesktopApp.launchAndWait(database, false, DesktopApp.Measure.of(floor));
            }
        });
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
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) ->
                failed(e, databaseFile(root.database()), cmd.getErr(), messages));
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

    /** Opens the window the arguments ask for, without the command line's parser; its exit code. */
    static int openWindow(DesktopApp.Plan plan, PrintWriter err) {
        try {
            return DesktopApp.launchAndWait(plan);
        } catch (RuntimeException | Error e) {
            // JavaFX not starting (no screen, a broken installation): told as a failing command is, or
            // with what to do when it is the screen or the GTK library.
            return failed(e, plan.databaseFile(), err, Messages.current(),
                    WindowStartFailure.describe(e, Messages.current()));
        }
    }

    /**
     * A command (or the window) that failed: the reason in Vietnamese on the console, the trace in the
     * log beside the database, never on the console; a mistyped path gets no log (nor a folder) made
     * just for it. Returns the exit code.
     */
    private static int failed(Throwable e, Path file, PrintWriter err, Messages messages) {
        return failed(e, file, err, messages, Optional.empty());
    }

    /** {@code told}: what to say instead of the error's own description. */
    private static int failed(Throwable e, Path file, PrintWriter err, Messages messages, Optional<String> told) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null && (Files.exists(file) || Files.exists(folder.resolve(LogSetup.FILE_NAME)))) {
            LogSetup.toFileBeside(file);
        } else {
            LogSetup.silent();
        }
        err.println(messages.get("cli.error.prefix") + told.orElseGet(() -> ErrorText.describe(e, messages)));
        err.flush();
        if (ErrorText.find(e, DatabasePasswordException.class).isPresent()) {
            // No password or the wrong one: nothing was read or written; scripts tell it by the code.
            LOG.warning("Command refused: the database's opening password was missing or wrong");
            return PASSWORD_REFUSED;
        }
        LOG.log(Level.SEVERE, "Command failed", e);
        return 1;
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
