package vn.ptdv.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import vn.ptdv.cli.PtdvCommand;

/** The JavaFX application; {@link Main} launches it when no command is given. */
public final class DesktopApp extends Application {
    private static final Logger LOG = Logger.getLogger(DesktopApp.class.getName());

    /**
     * Whether the start-up is timed: the whole window with its data, or one of its floors (an empty
     * window, a window holding only a table).
     */
    enum Measure {
        NONE, FULL, BARE, TABLE;

        /** The timing {@code --measure-startup} asks for with the given floor. */
        static Measure of(PtdvCommand.StartupFloor floor) {
            return switch (floor) {
                case NONE -> FULL;
                case BARE -> BARE;
                case TABLE -> TABLE;
            };
        }

        /** A floor opens no database. */
        boolean isFloor() {
            return this == BARE || this == TABLE;
        }
    }

    /** What the window opens, as the command line decided it. */
    record Plan(Path databaseFile, boolean demo, Measure measure) {
    }

    /**
     * The command line's decision: a plan, or none (it ran a command or refused the arguments). JavaFX
     * starts once per JVM, so there is one decision.
     */
    private static final CompletableFuture<Optional<Plan>> DECISION = new CompletableFuture<>();
    private static volatile DatabaseHeadStart headStart;
    /** JavaFX started before the command line was read (see {@link WindowArguments}), or null. */
    private static volatile Thread earlyLaunch;
    /** What the early start failed with (JavaFX not starting, the window failing to build), or null. */
    private static volatile Throwable earlyFailure;
    private static volatile int exitCode;
    /** Whether this JVM showed the program's own window (not a floor). */
    private static volatile boolean programWindowShown;

    /**
     * Starts JavaFX while the command line is still being read: reading it costs about a tenth of a
     * second (picocli builds every command's model, from classes too old for the class-data archive),
     * which JavaFX's own start then hides. Nothing else happens before the command line's decision: no
     * file is touched (the database opens, and the log starts, on the decision), and the window shows
     * nothing until then.
     */
    static void beginEarly() {
        // Nothing on the console before the log file beside the database is chosen (JavaFX warns as it starts).
        LogSetup.silent();
        Thread launch = new Thread(() -> {
            try {
                Application.launch(DesktopApp.class);
            } catch (Throwable e) {
                // Handed to the command line's thread, which reports it as it did before the early start.
                earlyFailure = e;
            }
        }, "ptdv-window");
        earlyLaunch = launch;
        launch.start();
    }

    /** Opens the window and returns when it is closed. */
    static int launchAndWait(Optional<Path> database, boolean fillDemo, Measure timing) {
        Plan plan = new Plan(Main.databaseFile(database), fillDemo, timing);
        LogSetup.toFileBeside(plan.databaseFile());
        LOG.info(() -> "Command line read " + StartupTimer.sinceJvmStart() + " ms after JVM start");
        if (!timing.isFloor()) {
            headStart = DatabaseHeadStart.begin(plan.databaseFile(), Clock.systemDefaultZone(), plan.demo());
        }
        DECISION.complete(Optional.of(plan));
        Thread launch = earlyLaunch;
        if (launch == null) {
            Application.launch(DesktopApp.class);
            return exitCode;
        }
        joinQuietly(launch);
        Throwable failure = earlyFailure;
        if (failure != null) {
            DatabaseHeadStart untaken = headStart;
            headStart = null;
            if (untaken != null) {
                untaken.discard();
            }
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            if (failure instanceof Error e) {
                throw e;
            }
            throw new IllegalStateException(failure);
        }
        return exitCode;
    }

    /** Whether the program's window was shown in this JVM: the classes it loaded are worth keeping. */
    static boolean programWindowShown() {
        return programWindowShown;
    }

    /** Once the command line is done: JavaFX started early for a window it did not open is ended. */
    static void endEarly() {
        if (!DECISION.complete(Optional.empty())) {
            return; // the window was opened, and has closed
        }
        Thread launch = earlyLaunch;
        if (launch != null) {
            joinQuietly(launch);
        }
    }

    private static void joinQuietly(Thread thread) {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private DesktopWindow window;

    @Override
    public void start(Stage stage) {
        if (DECISION.isDone()) {
            begin(stage, DECISION.join());
        } else {
            DECISION.thenAccept(plan -> Platform.runLater(() -> {
                try {
                    begin(stage, plan);
                } catch (RuntimeException | Error e) {
                    // Outside start() JavaFX would only print it and keep running with no window: the
                    // failure goes to the command line, as a failing start() does, and JavaFX ends.
                    LOG.log(Level.SEVERE, "The window could not be built", e);
                    earlyFailure = e;
                    Platform.exit();
                }
            }));
        }
    }

    private void begin(Stage stage, Optional<Plan> decided) {
        if (decided.isEmpty()) {
            Platform.exit();
            return;
        }
        Plan plan = decided.get();
        if (plan.measure() == Measure.BARE) {
            StartupTimer.bare(stage);
            return;
        }
        if (plan.measure() == Measure.TABLE) {
            StartupTimer.table(stage);
            return;
        }
        LOG.info(() -> "Window begun " + StartupTimer.sinceJvmStart() + " ms after JVM start");
        vn.ptdv.ui.common.IconFont.loadInBackground();
        // The desktop's own program opens a written report (Excel, LibreOffice) or its folder.
        window = new DesktopWindow(plan.databaseFile(), plan.demo(), Clock.systemDefaultZone(),
                path -> getHostServices().showDocument(path.toUri().toString()));
        DatabaseHeadStart ahead = headStart;
        headStart = null;
        if (ahead != null) {
            window.openedAhead(ahead);
        }
        if (plan.measure() == Measure.FULL) {
            window.whenDataShown(StartupTimer::printAndExit);
        }
        window.open(stage);
        programWindowShown = true;
    }

    @Override
    public void stop() {
        if (window != null && window.failedToOpen()) {
            exitCode = 1;
        }
        if (window != null) {
            window.close();
        }
    }
}
