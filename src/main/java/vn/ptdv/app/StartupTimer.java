package vn.ptdv.app;

import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import vn.ptdv.i18n.Messages;

/**
 * {@code --measure-startup}: the milliseconds from the JVM's start to the first frame of the main
 * window with its data shown, or with {@code --bare} to the first frame of an empty window of the same
 * size (the floor JavaFX itself sets). Printed on the console, then the program exits.
 */
final class StartupTimer {
    private StartupTimer() {
    }

    static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /** Prints the time now (the frame being timed has just been laid out) and exits. */
    static void printAndExit() {
        long ms = sinceJvmStart();
        System.out.println(Messages.text("startup.measured", ms));
        System.out.flush();
        Platform.exit();
    }

    static void bare(Stage stage) {
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(new StackPane(), Math.max(960, screen.getWidth() * 0.96),
                Math.max(600, screen.getHeight() * 0.94));
        stage.setScene(scene);
        stage.setMaximized(true);
        stage.show();
        Frames.afterNext(scene, StartupTimer::printAndExit);
    }
}
