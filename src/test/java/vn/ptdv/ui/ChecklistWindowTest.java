package vn.ptdv.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;
import vn.ptdv.TestData;
import vn.ptdv.app.DesktopWindow;
import vn.ptdv.domain.CandidateSummary;
import vn.ptdv.domain.Step;
import vn.ptdv.domain.StepCode;
import vn.ptdv.service.Services;

/** The real window on the sample cell with one file completed: the ready filter and the Hồ sơ tab. */
@ExtendWith(ApplicationExtension.class)
class ChecklistWindowTest {
    @TempDir
    static Path folder;

    private DesktopWindow window;

    @Start
    void start(Stage stage) {
        Path db = folder.resolve("checklist.db");
        try (Services s = Services.open(db, TestData.CLOCK)) {
            s.demo().fill();
            long id = s.candidates().listSummaries().stream().filter(c -> c.fullName().equals("Trần Thị Mai Anh"))
                    .findFirst().orElseThrow().id();
            for (StepCode code : new StepCode[] {StepCode.VERIFICATION, StepCode.INTRODUCTION, StepCode.COMMENTS}) {
                s.candidates().saveStep(Step.simple(id, code, LocalDate.of(2026, 11, 20)));
            }
        }
        window = new DesktopWindow(db, false, TestData.CLOCK, path -> { });
        window.open(stage);
    }

    /** On the screen: the table keeps cells it does not show, hidden, with their bars. */
    private static boolean shown(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    @Test
    void theReadyFilterFindsTheCompletedFileAndItsTabListsEveryDocument(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#navCandidates").tryQuery().isPresent());
        robot.clickOn("#navCandidates");
        TableView<CandidateSummary> table = robot.lookup("#candidateTable").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 13);

        robot.clickOn("#statusFilter");
        robot.clickOn(robot.lookup(".menu-item .label").match(LabeledMatchers.hasText("Đủ hồ sơ để chi bộ xét")).queryLabeled());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).fullName()).isEqualTo("Trần Thị Mai Anh");
        javafx.scene.Node bar = robot.lookup(".file-progress").match(ChecklistWindowTest::shown).query();
        assertThat(bar.getStyleClass()).contains("file-ready");
        javafx.scene.Node fill = bar.lookup(".fill");
        WaitForAsyncUtils.waitForFxEvents();
        // A full file fills the whole track, inside its border.
        javafx.scene.layout.Region track = (javafx.scene.layout.Region) bar;
        double inside = track.getWidth() - track.getInsets().getLeft() - track.getInsets().getRight();
        assertThat(fill.getLayoutBounds().getWidth()).isGreaterThan(0).isEqualTo(inside, org.assertj.core.data.Offset.offset(1.0));
        assertThat(bar.getAccessibleText()).isEqualTo("6/6 giấy tờ: đủ hồ sơ để chi bộ xét");
        // The count shows when the mouse rests on the bar (its tooltip is made then).
        javafx.scene.control.TableCell<?, ?> cell = (javafx.scene.control.TableCell<?, ?>) bar.getParent();
        robot.moveTo(bar);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> cell.getTooltip() != null);
        assertThat(cell.getTooltip().getText()).isEqualTo("6/6 giấy tờ: đủ hồ sơ để chi bộ xét");

        robot.clickOn("Trần Thị Mai Anh");
        robot.clickOn("#checklistTab");
        Label summary = robot.lookup("#checklistSummary").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !summary.getText().isEmpty());
        assertThat(summary.getText()).isEqualTo("Đủ hồ sơ để chi bộ xét kết nạp (6/6 giấy tờ).");
        assertThat(robot.lookup("#checklist_COMMENTS").tryQuery()).isPresent();
        assertThat(robot.lookup("#checklist_OFFICIAL_RESOLUTION").tryQuery()).isPresent();
        window.close();
    }
}
