package vn.ptdv.app;

import java.lang.management.ManagementFactory;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import vn.ptdv.i18n.Messages;

/**
 * {@code --measure-startup}: the milliseconds from the JVM's start to the first frame of the main
 * window with its data shown, or of a floor of the same size: with {@code --bare} an empty window (what
 * JavaFX itself costs), with {@code --table} a window holding nothing but a JavaFX table of 13 rows and
 * 9 text columns under the program's theme (no program can show a list in a JavaFX table sooner).
 * Printed on the console, then the program exits.
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
        showTimed(stage, new StackPane());
    }

    static void table(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        TableView<String[]> table = new TableView<>();
        for (int c = 0; c < 9; c++) {
            int column = c;
            TableColumn<String[], String> col = new TableColumn<>("Cột " + (c + 1));
            col.setPrefWidth(90);
            col.setCellValueFactory(row -> new SimpleStringProperty(row.getValue()[column]));
            table.getColumns().add(col);
        }
        for (int r = 0; r < 13; r++) {
            String[] row = new String[9];
            for (int c = 0; c < 9; c++) {
                row[c] = "Nguyễn Thị Hồng " + r + "." + c;
            }
            table.getItems().add(row);
        }
        showTimed(stage, new StackPane(table));
    }

    /** Shows the floor maximised, as the program's window is, and times its first frame. */
    private static void showTimed(Stage stage, StackPane root) {
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.max(960, screen.getWidth() * 0.96),
                Math.max(600, screen.getHeight() * 0.94));
        stage.setScene(scene);
        stage.setMaximized(true);
        stage.show();
        Frames.afterNext(scene, StartupTimer::printAndExit);
    }
}
