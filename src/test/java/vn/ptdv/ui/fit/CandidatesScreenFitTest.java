package vn.ptdv.ui.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
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
import vn.ptdv.domain.Cell;
import vn.ptdv.domain.CandidateSummary;
import vn.ptdv.service.PhotoUpdate;
import vn.ptdv.service.Services;

/**
 * The candidate list as a committee member sees it on an office screen: every name and heading whole,
 * in a 1366×768 window (title bar and task bar taken off), and in the logical size of a 1920×1080 laptop at
 * 150 % (1280×720 less the same). Monocle draws at scale 1 only: the layout is the same at any render scale
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
        Preferences.userRoot().node(vn.ptdv.ui.common.LayoutMemory.root() + "/candidates").removeNode();
        Services services = Services.open(folder.resolve("fit.db"), TestData.CLOCK);
        services.cell().saveCell(new Cell("Chi bộ Tổ dân phố số 5", "Đảng bộ xã Phố Lu", "Phố Lu", "Lê Văn Bí", 25));
        services.demo().fill();
        services.candidates().save(TestData.candidate(LONG_NAME).build(), PhotoUpdate.keep());
        services.close();
    }

    @AfterAll
    static void forget() throws Exception {
        Preferences.userRoot().node(vn.ptdv.ui.common.LayoutMemory.root() + "/candidates").removeNode();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        new DesktopWindow(folder.resolve("fit.db"), false, TestData.CLOCK, path -> { }).open(stage);
    }

    @Test
    void everyNameAndHeadingIsWholeAt1366x768AndAt150PercentAndTheLayoutChosenIsKept(FxRobot robot) throws Exception {
        assertThat(LONG_NAME).hasSize(40);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#candidateTable").tryQuery().isPresent());
        TableView<CandidateSummary> table = robot.lookup("#candidateTable").queryTableView();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> table.getItems().size() == 14);
        for (Size size : List.of(new Size("1366x768", 1366, 705, 1), new Size("150pc-1920x1080", 1280, 650, 1.5))) {
            robot.interact(() -> {
                stage.setMaximized(false);
                stage.setMinWidth(0);
                stage.setMinHeight(0);
                stage.setWidth(size.width());
                stage.setHeight(size.height());
            });
            WaitForAsyncUtils.waitForFxEvents();
            // The longest name row in view, so that its cell is drawn and checked.
            robot.interact(() -> table.scrollTo(table.getItems().stream()
                    .filter(c -> c.fullName().equals(LONG_NAME)).findFirst().orElseThrow()));
            WaitForAsyncUtils.waitForFxEvents();
            List<String> cut = WaitForAsyncUtils.asyncFx(() -> {
                ScreenShots.write(stage.getScene(), size.scale(), "candidates-" + size.name());
                return Truncations.in(stage.getScene().getRoot(),
                        cell -> "nameColumn".equals(cell.getTableColumn().getId()));
            }).get(20, TimeUnit.SECONDS);
            assertThat(cut).as("cut at " + size.name()).isEmpty();
            assertThat(table.getVisibleLeafColumns()).extracting(TableColumn::getId)
                    .contains("nameColumn", "currentStepColumn", "statusColumn");
            for (String screen : List.of("Dashboard", "Targets", "Reports", "Settings")) {
                robot.clickOn("#nav" + screen);
                WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
                WaitForAsyncUtils.waitForFxEvents();
                List<String> cutThere = WaitForAsyncUtils.asyncFx(() -> {
                    ScreenShots.write(stage.getScene(), size.scale(), screen.toLowerCase(java.util.Locale.ROOT) + "-" + size.name());
                    return Truncations.in(stage.getScene().getRoot(), cell -> false);
                }).get(20, TimeUnit.SECONDS);
                assertThat(cutThere).as("cut on " + screen + " at " + size.name()).isEmpty();
            }
            robot.clickOn("#navCandidates");
            WaitForAsyncUtils.waitForFxEvents();
        }
        // The columns chosen and the folded page are kept for the next run.
        Preferences kept = Preferences.userRoot().node(vn.ptdv.ui.common.LayoutMemory.root() + "/candidates");
        robot.interact(() -> table.getColumns().stream().filter(c -> "helperColumn".equals(c.getId()))
                .findFirst().orElseThrow().setVisible(true));
        assertThat(kept.get("visible", "")).contains("helperColumn", "nameColumn");
        javafx.scene.control.SplitPane split = robot.lookup("#candidatesSplit").queryAs(javafx.scene.control.SplitPane.class);
        robot.clickOn("#detailToggle");
        assertThat(split.getItems()).hasSize(1);
        assertThat(kept.get("detailHidden", "")).isEqualTo("true");
        robot.clickOn("#candidateTable").type(javafx.scene.input.KeyCode.F9);
        assertThat(split.getItems()).hasSize(2);
        assertThat(kept.get("detailHidden", "")).isEqualTo("false");
    }

    record Size(String name, double width, double height, double scale) {
    }
}
