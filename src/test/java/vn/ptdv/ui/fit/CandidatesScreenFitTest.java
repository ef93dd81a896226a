package vn.ptdv.ui.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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
import vn.ptdv.service.PhotoUpdate;
import vn.ptdv.service.Services;

/**
 * The candidate list and the other screens (every tab of the settings) as a committee member sees them on
 * an office screen: every name and heading whole at each of {@link Sizes#ALL} (1366×768 at 100 % and 125 %,
 * 1920×1080 at 150 %, title bar and task bar taken off). Monocle draws at scale 1 only: the layout is the same at any render scale
 * (JavaFX lays out in logical pixels), and the picture is drawn at 1.5 to show the pixels such a screen has.
 */
@ExtendWith(ApplicationExtension.class)
class CandidatesScreenFitTest {
    /** Forty characters: a long Vietnamese name, as the issue asks. */
    static final String LONG_NAME = "Nguyễn Hoàng Thị Phương Thảo Quỳnh Hương";

    @TempDir
    static Path folder;
    private Stage stage;

    @BeforeAll
    static void data() throws Exception {
        vn.ptdv.ui.common.LayoutMemory.forUser("candidates").forget();
        try (Services services = TestData.demoCell(folder.resolve("fit.db"))) {
            services.candidates().save(TestData.candidate(LONG_NAME).build(), PhotoUpdate.keep());
        }
    }

    @AfterAll
    static void forget() throws Exception {
        vn.ptdv.ui.common.LayoutMemory.forUser("candidates").forget();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        new DesktopWindow(folder.resolve("fit.db"), false, TestData.CLOCK, path -> { }).open(stage);
    }

    @Test
    void everyNameAndHeadingIsWholeOnEveryOfficeScreenAndTheLayoutChosenIsKept(FxRobot robot) throws Exception {
        assertThat(LONG_NAME).hasSize(40);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#candidateTable").tryQuery().isPresent());
        TableView<CandidateSummary> table = robot.lookup("#candidateTable").queryTableView();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> table.getItems().size() == 14);
        // The window starts within the screen's room, however large it is.
        javafx.geometry.Rectangle2D room = javafx.stage.Screen.getPrimary().getVisualBounds();
        assertThat(stage.getX()).isGreaterThanOrEqualTo(room.getMinX());
        assertThat(stage.getY()).isGreaterThanOrEqualTo(room.getMinY());
        assertThat(stage.getX() + stage.getWidth()).isLessThanOrEqualTo(room.getMaxX());
        assertThat(stage.getY() + stage.getHeight()).isLessThanOrEqualTo(room.getMaxY());
        List<String> cut = new java.util.ArrayList<>();
        for (Sizes.Size size : Sizes.ALL) {
            Sizes.resize(robot, stage, size);
            // The longest name row in view, so that its cell is drawn and checked.
            robot.interact(() -> table.scrollTo(table.getItems().stream()
                    .filter(c -> c.fullName().equals(LONG_NAME)).findFirst().orElseThrow()));
            WaitForAsyncUtils.waitForFxEvents();
            cut.addAll(Fit.check(stage, size, "candidates-" + size.name(),
                    cell -> "nameColumn".equals(cell.getTableColumn().getId())));
            if (size == Sizes.SCALED_125) {
                // Beside the page only the names fit; with the page folded away the step and status come back.
                assertThat(table.getVisibleLeafColumns()).extracting(TableColumn::getId).contains("nameColumn");
                robot.clickOn("#detailToggle");
                WaitForAsyncUtils.waitForFxEvents();
                cut.addAll(Fit.check(stage, size, "candidates-folded-" + size.name(),
                        cell -> "nameColumn".equals(cell.getTableColumn().getId())));
                assertThat(table.getVisibleLeafColumns()).extracting(TableColumn::getId)
                        .contains("nameColumn", "currentStepColumn", "statusColumn");
                robot.clickOn("#detailToggle");
                WaitForAsyncUtils.waitForFxEvents();
            } else {
                assertThat(table.getVisibleLeafColumns()).extracting(TableColumn::getId)
                        .contains("nameColumn", "currentStepColumn", "statusColumn");
            }
            for (String screen : List.of("Dashboard", "Targets", "Reports")) {
                robot.clickOn("#nav" + screen);
                WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
                WaitForAsyncUtils.waitForFxEvents();
                cut.addAll(Fit.check(stage, size, screen.toLowerCase(java.util.Locale.ROOT) + "-" + size.name(),
                        cell -> false));
            }
            robot.clickOn("#navSettings");
            WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
            Fit.everyTab(robot, robot.lookup("#settingsScreen").queryAs(javafx.scene.control.TabPane.class),
                    tab -> cut.addAll(Fit.check(stage, size, "settings-" + tab + "-" + size.name(), cell -> false)));
            robot.clickOn("#navCandidates");
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(cut).isEmpty();
        // The columns chosen and the folded page are kept for the next run.
        vn.ptdv.ui.common.LayoutMemory kept = vn.ptdv.ui.common.LayoutMemory.forUser("candidates");
        robot.interact(() -> table.getColumns().stream().filter(c -> "helperColumn".equals(c.getId()))
                .findFirst().orElseThrow().setVisible(true));
        assertThat(kept.get("visible").orElse("")).contains("helperColumn", "nameColumn");
        javafx.scene.control.SplitPane split = robot.lookup("#candidatesSplit").queryAs(javafx.scene.control.SplitPane.class);
        robot.clickOn("#detailToggle");
        assertThat(split.getItems()).hasSize(1);
        assertThat(kept.get("detailHidden").orElse("")).isEqualTo("true");
        robot.clickOn("#candidateTable").type(javafx.scene.input.KeyCode.F9);
        assertThat(split.getItems()).hasSize(2);
        assertThat(kept.get("detailHidden").orElse("")).isEqualTo("false");
    }
}
