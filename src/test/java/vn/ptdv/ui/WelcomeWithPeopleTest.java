package vn.ptdv.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.ptdv.TestData;
import vn.ptdv.app.DesktopWindow;
import vn.ptdv.service.PhotoUpdate;
import vn.ptdv.service.Services;

/**
 * A file made by {@code import} on the command line has people but no cell details: the welcome asks only for the
 * details, and offers no way to begin (sample data into a real list, which it then refused).
 */
@ExtendWith(ApplicationExtension.class)
class WelcomeWithPeopleTest {
    @TempDir
    static Path folder;

    private DesktopWindow window;

    private static void data() throws Exception {
        try (Services services = TestData.services(folder)) {
            if (services.candidates().count() == 0) {
                services.candidates().save(TestData.candidate("Nguyễn Văn An").build(), PhotoUpdate.keep());
            }
        }
    }

    @Start
    void start(Stage stage) throws Exception {
        data();
        window = new DesktopWindow(folder.resolve("ptdv.db"), false, TestData.CLOCK, path -> { });
        window.open(stage);
    }

    @Test
    void theWelcomeAsksOnlyForTheCellsDetailsAndKeepsTheList(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#firstStartButton").tryQuery()
                .map(n -> n.getScene().getWindow().isShowing()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        Window dialog = robot.lookup("#firstStartButton").query().getScene().getWindow();
        assertThat(shown(robot.lookup("#firstStartChoice_SAMPLE").query())).isFalse();
        assertThat(shown(robot.lookup("#firstStartChoice_IMPORT").query())).isFalse();
        assertThat(shown(robot.lookup("#cellField_cellName").query())).isTrue();
        assertThat(robot.lookup(".label").queryAll().stream().map(n -> ((javafx.scene.control.Labeled) n).getText()))
                .anyMatch(t -> t != null && t.startsWith("Tệp dữ liệu này đã có danh sách 1 quần chúng"));

        robot.clickOn("#cellField_cellName").write("Chi bộ Thôn Phố Lu");
        robot.clickOn("#firstStartButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialog.isShowing());
        WaitForAsyncUtils.waitForFxEvents();
        window.close();
        try (Services saved = Services.open(folder.resolve("ptdv.db"), TestData.CLOCK)) {
            assertThat(saved.cell().cell()).hasValueSatisfying(c -> assertThat(c.name()).isEqualTo("Chi bộ Thôn Phố Lu"));
            assertThat(saved.candidates().count()).isEqualTo(1);
        }
    }

    /** Shown on the screen: it and every node above it visible. */
    private static boolean shown(javafx.scene.Node node) {
        return node.isVisible() && (node.getParent() == null || shown(node.getParent()));
    }
}
