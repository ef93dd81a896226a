package vn.ptdv.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
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
import vn.ptdv.domain.CandidateSummary;
import vn.ptdv.service.Services;

/** The real window on a new, empty database: the welcome, driven from the keyboard. */
@ExtendWith(ApplicationExtension.class)
class WelcomeWindowTest {
    @TempDir
    Path folder;

    private DesktopWindow window;

    @Start
    void start(Stage stage) {
        window = new DesktopWindow(folder.resolve("moi.db"), false, TestData.CLOCK, path -> { });
        window.open(stage);
    }

    private static Window welcome(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#firstStartButton").tryQuery()
                .map(n -> n.getScene().getWindow().isShowing()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#firstStartButton").query().getScene().getWindow();
    }

    @Test
    void theWelcomeStartsInTheCellsNameFitsTheScreenAndEnterWithSampleDataFillsTheList(FxRobot robot) throws Exception {
        Window dialog = welcome(robot);
        Node focused = dialog.getScene().getFocusOwner();
        assertThat(focused.getId()).isEqualTo("cellField_cellName");
        // Readable on a 1366×768 screen, title bar and task bar included.
        assertThat(dialog.getHeight()).isLessThanOrEqualTo(700);
        assertThat(robot.lookup("#firstStartChoice_EMPTY").queryAs(javafx.scene.control.RadioButton.class).isSelected())
                .isTrue();

        // Enter with no name: refused under the field, the focus back in it.
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#cellNameError").queryLabeled().getText()).isEqualTo("Chưa nhập tên chi bộ.");
        assertThat(dialog.isShowing()).isTrue();

        // Monocle gives the dialog's window no keyboard focus of its own until it is clicked.
        robot.clickOn("#cellField_cellName").write("Chi bo To dan pho so 7");
        robot.clickOn("#firstStartChoice_SAMPLE");
        assertThat(robot.lookup("#firstStartButton").queryButton().getText()).isEqualTo("Bắt đầu");
        robot.type(KeyCode.ENTER);
        TableView<CandidateSummary> table = robot.lookup("#candidateTable").queryTableView();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> table.getItems().size() == 13);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !dialog.isShowing());
        assertThat(robot.lookup("#statusLine").tryQuery().map(n -> ((javafx.scene.control.Labeled) n).getText()))
                .hasValueSatisfying(t -> assertThat(t).endsWith("Đã thêm 13 quần chúng mẫu."));

        window.close();
        try (Services saved = Services.open(folder.resolve("moi.db"), TestData.CLOCK)) {
            assertThat(saved.cell().cell()).hasValueSatisfying(c -> assertThat(c.name()).isEqualTo("Chi bo To dan pho so 7"));
        }
    }

    @Test
    void escapeIsForLaterAndSavesNothing(FxRobot robot) throws Exception {
        Window dialog = welcome(robot);
        robot.clickOn("#cellField_cellName").write("Chi bộ thử");
        robot.clickOn("#firstStartChoice_SAMPLE");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !dialog.isShowing());
        WaitForAsyncUtils.waitForFxEvents();
        window.close();
        // No cell saved: the welcome comes again at the next start.
        try (Services saved = Services.open(folder.resolve("moi.db"), TestData.CLOCK)) {
            assertThat(saved.cell().cell()).isEmpty();
            assertThat(saved.candidates().count()).isZero();
        }
    }
}
