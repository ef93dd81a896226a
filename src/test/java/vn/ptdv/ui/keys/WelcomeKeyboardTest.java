package vn.ptdv.ui.keys;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.ptdv.TestData;
import vn.ptdv.app.DesktopWindow;

/** The welcome on a new database: the Tab key goes through it in reading order, from where its focus starts. */
@ExtendWith(ApplicationExtension.class)
class WelcomeKeyboardTest {
    @TempDir
    Path folder;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void tabGoesThroughTheWelcomeInReadingOrder(FxRobot robot) throws Exception {
        DesktopWindow window = new DesktopWindow(folder.resolve("moi.db"), false, TestData.CLOCK, path -> { });
        javafx.application.Platform.runLater(() -> window.open(stage));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#firstStartButton").tryQuery()
                .map(n -> n.getScene().getWindow().isShowing()).orElse(false));
        // Checked, then left with "Để sau", which saves nothing.
        KeyboardTest.checkDialog(robot, "#firstStartButton");
        window.close();
    }
}
