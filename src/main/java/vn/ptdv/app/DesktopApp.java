package vn.ptdv.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application; {@link Main} launches it when no command is given. */
public final class DesktopApp extends Application {
    /** Whether the start-up is timed: the whole window with its data, or a bare window as the floor. */
    enum Measure {
        NONE, FULL, BARE
    }

    private static volatile Path databaseFile;
    private static volatile boolean demo;
    private static volatile Measure measure = Measure.NONE;
    private static volatile DatabaseHeadStart headStart;
    private static volatile int exitCode;

    /** Opens the window and returns when it is closed. */
    static int launchAndWait(Optional<Path> database, boolean fillDemo, Measure timing) {
        databaseFile = Main.databaseFile(database);
        demo = fillDemo;
        measure = timing;
        LogSetup.toFileBeside(databaseFile);
        if (timing != Measure.BARE) {
            headStart = DatabaseHeadStart.begin(databaseFile, Clock.systemDefaultZone(), fillDemo);
        }
        Application.launch(DesktopApp.class);
        return exitCode;
    }

    private DesktopWindow window;

    @Override
    public void start(Stage stage) {
        if (measure == Measure.BARE) {
            StartupTimer.bare(stage);
            return;
        }
        // The desktop's own program opens a written report (Excel, LibreOffice) or its folder.
        window = new DesktopWindow(databaseFile, demo, Clock.systemDefaultZone(),
                path -> getHostServices().showDocument(path.toUri().toString()));
        if (headStart != null) {
            window.openedAhead(headStart);
            headStart = null;
        }
        if (measure == Measure.FULL) {
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
