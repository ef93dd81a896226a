package vn.ptdv.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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
import vn.ptdv.domain.CandidateSummary;
import vn.ptdv.service.Services;

/** The real window, headless through Monocle, on a temporary database: a person's first minutes. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @TempDir
    static Path folder;

    @Start
    void start(Stage stage) {
        new DesktopWindow(folder.resolve("window.db"), false, TestData.CLOCK).open(stage);
    }

    private void waitFor(FxRobot robot, String query) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().isPresent());
    }

    @Test
    void firstStartThenAddACandidateWithAStepAndFindThemBySearching(FxRobot robot) throws Exception {
        waitFor(robot, "#firstStartButton");
        robot.clickOn("#cellField_cellName").write("Chi bo To dan pho so 3");
        robot.clickOn("#cellField_officialMembers").write("28");
        robot.clickOn("#firstStartButton");
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#addCandidateButton");
        robot.clickOn("#candidateField_fullName").write("Nguyễn Văn Bình");
        robot.clickOn("#candidateField_gender").clickOn("Nam");
        robot.clickOn("#candidateField_birthDate").write("05/03/1998");
        robot.clickOn("#candidateField_citizenId").write("010098001234");
        robot.clickOn("#saveCandidateButton");

        TableView<CandidateSummary> table = robot.lookup("#candidateTable").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).fullName()).isEqualTo("Nguyễn Văn Bình");

        robot.clickOn("#stepsTab");
        robot.clickOn("#addStepButton");
        waitFor(robot, "#saveStepButton");
        TextField date = robot.lookup("#stepField_date").queryAs(TextField.class);
        assertThat(date.getText()).isEqualTo("27/11/2026");
        robot.clickOn("#saveStepButton");
        ListView<?> steps = robot.lookup("#stepList").queryListView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> steps.getItems().size() == 1);

        robot.clickOn("#candidateSearchField").write("nguyen");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).extracting(CandidateSummary::fullName).containsExactly("Nguyễn Văn Bình");
        robot.write(" thao");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).isEmpty();

        // What the window saved is in the file, for the command line and the next start.
        Services same = Services.open(folder.resolve("window.db"), TestData.CLOCK);
        assertThat(same.cell().cell()).hasValueSatisfying(c -> {
            assertThat(c.name()).isEqualTo("Chi bo To dan pho so 3");
            assertThat(c.officialMembers()).isEqualTo(28);
        });
        assertThat(same.candidates().listWithSteps()).singleElement().satisfies(x -> {
            assertThat(x.candidate().citizenId()).isEqualTo("010098001234");
            assertThat(x.steps()).singleElement().satisfies(s -> assertThat(s.code().name()).isEqualTo("SOURCE_LISTED"));
        });
    }
}
