package vn.ptdv.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/** The JavaFX application; {@link Main} launches it when no command is given. */
public final class DesktopApp extends Application {
    /** Whether the start-up is timed: the whole window with its data, or a bare window as the floor. */
    enum Measure {
        NONE, FULL, BARE
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
    private static volatile int exitCode;

    /**
     * Starts JavaFX, and opens the database, while the command line is still being read: reading it
     * costs about a tenth of a second (picocli builds every command's model, from classes too old for
     * the class-data archive), which JavaFX's own start then hides. The window waits for the command
     * line's decision before it shows anything.
     */
    static void beginEarly(Plan likely) {
        LogSetup.toFileBeside(likely.databaseFile());
        if (likely.measure() != Measure.BARE) {
            headStart = DatabaseHeadStart.begin(likely.databaseFile(), Clock.systemDefaultZone(), likely.demo());
        }
        Thread launch = new Thread(() -> Application.launch(DesktopApp.class), "ptdv-window");
        earlyLaunch = launch;
        launch.start();
    }

    /** Opens the window and returns when it is closed. */
    static int launchAndWait(Optional<Path> database, boolean fillDemo, Measure timing) {
        Plan plan = new Plan(Main.databaseFile(database), fillDemo, timing);
        LogSetup.toFileBeside(plan.databaseFile());
        DatabaseHeadStart ahead = headStart;
        if (ahead != null && (timing == Measure.BARE || !ahead.opens(plan.databaseFile(), plan.demo()))) {
            // Begun on another reading of the arguments than the command line's: not this window's file.
            headStart = null;
            ahead.discard();
        }
        if (headStart == null && timing != Measure.BARE) {
            headStart = DatabaseHeadStart.begin(plan.databaseFile(), Clock.systemDefaultZone(), plan.demo());
        }
        DECISION.complete(Optional.of(plan));
        Thread launch = earlyLaunch;
        if (launch != null) {
            joinQuietly(launch);
        } else {
            Application.launch(DesktopApp.class);
        }
        return exitCode;
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
        DatabaseHeadStart ahead = headStart;
        headStart = null;
        if (ahead != null) {
            ahead.discard();
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
            DECISION.thenAccept(plan -> Platform.runLater(() -> begin(stage, plan)));
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
