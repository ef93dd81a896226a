package vn.ptdv.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import javafx.application.Application;
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

    /** What this JVM's window opens: set before JavaFX starts (JavaFX starts once per JVM). */
    private static volatile Plan plan;
    private static volatile DatabaseHeadStart headStart;
    private static volatile int exitCode;
    /** Whether this JVM showed the program's own window (not a floor). */
    private static volatile boolean programWindowShown;

    /** Opens the window and returns when it is closed (the command line chose it). */
    static int launchAndWait(Optional<Path> database, boolean fillDemo, Measure timing) {
        return launchAndWait(new Plan(Main.databaseFile(database), fillDemo, timing));
    }

    /**
     * Opens the window and returns when it is closed. The database starts opening on a thread of its
     * own at once: JavaFX's own start (about a third of a second) then hides most of it.
     */
    static int launchAndWait(Plan chosen) {
        plan = chosen;
        LogSetup.toFileBeside(chosen.databaseFile());
        LOG.info(() -> "Command line read " + StartupTimer.sinceJvmStart() + " ms after JVM start");
        vn.ptdv.ui.common.LayoutMemory.keepIn(AppPaths.dataFolder().resolve("layout.properties"));
        // Written as the program ends, however it ends (the window closed, Windows shutting down or logging
        // off with it open): on a thread of its own, never on the FX thread.
        Thread keepLayout = new Thread(vn.ptdv.ui.common.LayoutMemory::save, "ptdv-layout-save");
        Runtime.getRuntime().addShutdownHook(keepLayout);
        if (!chosen.measure().isFloor()) {
            headStart = DatabaseHeadStart.begin(chosen.databaseFile(), Clock.systemDefaultZone(), chosen.demo());
            ReadAhead.begin("candidates");
        }
        try {
            Application.launch(DesktopApp.class);
        } catch (RuntimeException | Error e) {
            DatabaseHeadStart untaken = headStart;
            headStart = null;
            if (untaken != null) {
                untaken.discard(); // let go of the file (and its lock) before the failure is told
            }
            throw e;
        }
        return exitCode;
    }

    /** Whether the program's window was shown in this JVM: the classes it loaded are worth keeping. */
    static boolean programWindowShown() {
        return programWindowShown;
    }

    private DesktopWindow window;

    @Override
    public void start(Stage stage) {
        Plan chosen = plan;
        if (chosen.measure() == Measure.BARE) {
            StartupTimer.bare(stage);
            return;
        }
        if (chosen.measure() == Measure.TABLE) {
            StartupTimer.table(stage);
            return;
        }
        LOG.info(() -> "Window begun " + StartupTimer.sinceJvmStart() + " ms after JVM start");
        vn.ptdv.ui.common.IconFont.loadInBackground();
        // The desktop's own program opens a written report (Excel, LibreOffice) or its folder.
        window = new DesktopWindow(chosen.databaseFile(), chosen.demo(), Clock.systemDefaultZone(),
                path -> getHostServices().showDocument(path.toUri().toString()));
        DatabaseHeadStart ahead = headStart;
        headStart = null;
        if (ahead != null) {
            window.openedAhead(ahead);
        }
        if (chosen.measure() == Measure.FULL) {
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
