package vn.ptdv.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
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
import vn.ptdv.service.Services;

/** With an opening password, the real window shows nothing of the data until the password is given. */
@ExtendWith(ApplicationExtension.class)
class LockScreenTest {
    @TempDir
    static Path folder;

    private DesktopWindow window;

    @Start
    void start(Stage stage) {
        Path db = folder.resolve("locked.db");
        try (Services s = Services.open(db, TestData.CLOCK)) {
            s.demo().fill();
            s.access().setPassword(Optional.empty(), "mat khau chi bo".toCharArray());
        }
        window = new DesktopWindow(db, false, TestData.CLOCK, path -> { });
        window.open(stage);
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    @Test
    void theWindowOpensLockedAndOnlyThePasswordOpensIt(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#lockPasswordField").tryQuery()
                .filter(LockScreenTest::shown).isPresent());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#candidateTable").tryQuery().isPresent());
        Node table = robot.lookup("#candidateTable").query();
        assertThat(shown(table)).as("the list is hidden behind the lock").isFalse();

        robot.clickOn("#lockPasswordField").write("mat khau sai").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("Mật khẩu không đúng.").tryQuery().isPresent());
        assertThat(shown(table)).isFalse();

        // The focus is back in the field: the next try is typed straight away.
        robot.write("mat khau chi bo").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shown(table));
        assertThat(shown(robot.lookup("#lockScreen").query())).isFalse();
        assertThat(robot.lookup("#candidateCount").queryAs(Label.class).getText()).contains("13");
        window.close();
    }
}
