package vn.ptdv.bench;

import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * A second floor for {@code --measure-startup}: the milliseconds from JVM start to the first frame of a
 * window of the same size that holds nothing but a JavaFX table of 13 rows and 9 text columns under the
 * program's theme. No program can show a list in a JavaFX table sooner; {@code --bare} (an empty
 * window, no control at all) is the lower floor. Not a test: run by hand, as README says, with
 * {@code java -cp target/ptdv.jar:target/test-classes vn.ptdv.bench.TableFloor}.
 */
public final class TableFloor {
    private TableFloor() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window; public for JavaFX's launcher. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
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
            javafx.geometry.Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            Scene scene = new Scene(new StackPane(table), Math.max(960, screen.getWidth() * 0.96),
                    Math.max(600, screen.getHeight() * 0.94));
            stage.setScene(scene);
            stage.setMaximized(true);
            stage.show();
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                System.out.println(vn.ptdv.i18n.Messages.text("startup.measured", ms));
                Platform.exit();
            };
            scene.addPostLayoutPulseListener(once[0]);
            Platform.requestNextPulse();
        }
    }
}
