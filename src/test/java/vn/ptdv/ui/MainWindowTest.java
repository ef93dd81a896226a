package vn.ptdv.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
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
import org.testfx.matcher.control.LabeledMatchers;
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

    private DesktopWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = new DesktopWindow(folder.resolve("window.db"), false, TestData.CLOCK, path -> { });
        window.open(stage);
    }

    /** Waits until the node is on a window that is showing: dialogs open a moment after they exist. */
    private void waitFor(FxRobot robot, String query) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery()
                .filter(n -> n.isVisible() && n.getScene() != null && n.getScene().getWindow() != null
                        && n.getScene().getWindow().isShowing())
                .isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void firstStartWithSampleDataThenAddACandidateWithAStepAndFindThemBySearching(FxRobot robot) throws Exception {
        waitFor(robot, "#firstStartButton");
        // Set once the first frame is on the screen, every size for the title bar and the task bar.
        assertThat(stage.getIcons()).hasSize(6);
        robot.clickOn("#cellField_cellName").write("Chi bo To dan pho so 3");
        robot.clickOn("#cellField_secretaryName").write("Hoang Van Nam");
        robot.clickOn("#firstStartChoice_SAMPLE");
        robot.clickOn("#firstStartButton");
        TableView<CandidateSummary> table = robot.lookup("#candidateTable").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 13);
        // Until someone is opened or added, the right-hand side says how; the form is built on that need.
        assertThat(robot.lookup("#candidateDetailHint").tryQuery()).isPresent();
        assertThat(robot.lookup("#candidateField_fullName").tryQuery()).isEmpty();
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.S)
                .release(javafx.scene.input.KeyCode.CONTROL);
        assertThat(robot.lookup("#candidateField_fullName").tryQuery()).isEmpty();

        robot.clickOn("#addCandidateButton");
        assertThat(robot.lookup("#candidateDetailHint").tryQuery()).isEmpty();
        robot.clickOn("#candidateField_fullName").write("Nguyễn Văn Bình");
        robot.clickOn("#candidateField_gender");
        // The popup's cell, not one of the table's "Nam" cells.
        robot.clickOn(robot.lookup(".list-cell").match(LabeledMatchers.hasText("Nam")).queryLabeled());
        robot.clickOn("#candidateField_birthDate").write("05/03/1998");
        robot.clickOn("#candidateField_citizenId").write("010098001234");
        robot.clickOn("#saveCandidateButton");

        // The new row is selected after the list reloads: on a loaded machine that is a moment later.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 14
                && table.getSelectionModel().getSelectedItem() != null);
        assertThat(table.getSelectionModel().getSelectedItem().fullName()).isEqualTo("Nguyễn Văn Bình");

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
        assertThat(table.getItems()).extracting(CandidateSummary::fullName)
                .containsExactly("Nguyễn Văn Bình", "Nguyễn Văn Khánh", "Nguyễn Thị Thảo");
        robot.write(" thao");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).extracting(CandidateSummary::fullName).containsExactly("Nguyễn Thị Thảo");

        // A sample candidate's source survives a visit to Settings, and the visit is no edit.
        robot.clickOn("Nguyễn Thị Thảo");
        ComboBox<?> source = robot.lookup("#candidateField_source").queryComboBox();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> source.getValue() != null);
        // Bồi dưỡng: her helper's review and activity, newest first; a note added asks nothing and shows first.
        robot.clickOn("#journalTab");
        ListView<?> journal = robot.lookup("#journalList").queryListView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> journal.getItems().size() == 2);
        assertThat(robot.lookup("#journalLastReview").queryLabeled().getText())
                .isEqualTo("Nhận xét gần nhất: ngày 15/09/2025, Trần Văn Bình — Đủ điều kiện đề nghị kết nạp.");
        robot.clickOn("#addJournalMenu");
        robot.clickOn("Ghi chú");
        waitFor(robot, "#saveJournalButton");
        robot.clickOn("#journalField_text").write("Đã gặp gia đình");
        // Escape with typed text asks first; Enter answers the safe way (stay), and the text is still there.
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        waitFor(robot, ".alert");
        assertThat(robot.lookup(".alert .content").queryLabeled().getText())
                .isEqualTo("Những gì vừa nhập chưa được lưu. Đóng cửa sổ này và bỏ các thay đổi đó?");
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#journalField_text").queryTextInputControl().getText()).isEqualTo("Đã gặp gia đình");
        robot.clickOn("#saveJournalButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> journal.getItems().size() == 3);
        assertThat(((vn.ptdv.domain.journal.JournalEntry) journal.getItems().get(0)).text()).isEqualTo("Đã gặp gia đình");
        robot.clickOn("#navSettings");
        waitFor(robot, "#sourceList");
        robot.clickOn("#navCandidates");
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(source.getValue()).isNotNull();
        assertThat(robot.lookup("#unsavedChanges").query().isVisible()).isFalse();

        // Tổng quan lists what is due in the sample cell, overdue first.
        robot.clickOn("#navDashboard");
        javafx.scene.layout.VBox todo = robot.lookup("#todoList").queryAs(javafx.scene.layout.VBox.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !todo.getChildren().isEmpty());
        assertThat(robot.lookup("Quá hạn hoặc sai quy định (5)").tryQuery()).isPresent();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#card_admitted").tryQuery().isPresent());
        // The dashboard may still be redrawing from a second load: click once all background work is done.
        javafx.scene.Node statusBar = robot.lookup("#statusBar").query();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> statusBar.getPseudoClassStates().stream()
                .noneMatch(p -> p.getPseudoClassName().equals("busy")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#pipeline_PROBATIONARY").queryButton().getText()).endsWith(": 2");
        robot.clickOn("#pipeline_PROBATIONARY");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        assertThat(table.getItems()).extracting(CandidateSummary::fullName)
                .containsExactly("Phạm Thị Hồng Nhung", "Nguyễn Thị Thảo");

        // Cài đặt › Nhật ký lists what was done, newest first, by whom; a candidate's history has theirs.
        robot.clickOn("#navSettings");
        robot.clickOn("#settingsAuditTab");
        TableView<vn.ptdv.service.AuditLine> log = robot.lookup("#auditTable").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !log.getItems().isEmpty());
        assertThat(log.getItems()).filteredOn(l -> l.candidateName().equals("Nguyễn Văn Bình"))
                .extracting(vn.ptdv.service.AuditLine::what)
                .containsExactly("Thêm bước “Vào danh sách” ngày 27/11/2026", "Thêm quần chúng");
        assertThat(log.getItems().get(0).user()).isEqualTo(System.getProperty("user.name"));
        robot.clickOn("#navCandidates");
        robot.clickOn("Nguyễn Thị Thảo");
        robot.clickOn("#historyTab");
        ListView<?> history = robot.lookup("#candidateHistoryList").queryListView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !history.getItems().isEmpty());
        assertThat(history.getItems()).last().extracting(l -> ((vn.ptdv.service.AuditLine) l).what())
                .isEqualTo("Thêm quần chúng");

        // A second copy of the program is refused while the window has the file open.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Services.open(folder.resolve("window.db"), TestData.CLOCK))
                .hasMessageContaining("in use");
        // Closing the program backs the file up (once a day) and lets go of it.
        window.close();
        assertThat(vn.ptdv.service.BackupService.list(folder.resolve("window.db")))
                .extracting(vn.ptdv.service.BackupService.Entry::reason)
                .containsExactly(vn.ptdv.service.BackupService.Reason.ON_CLOSE);

        // What the window saved is in the file, for the command line and the next start.
        Services same = Services.open(folder.resolve("window.db"), TestData.CLOCK);
        assertThat(same.cell().cell()).hasValueSatisfying(c -> {
            assertThat(c.name()).isEqualTo("Chi bo To dan pho so 3");
            assertThat(c.secretaryName()).isEqualTo("Hoang Van Nam");
        });
        assertThat(same.candidates().listWithSteps()).filteredOn(x -> x.candidate().fullName().equals("Nguyễn Văn Bình"))
                .singleElement().satisfies(x -> {
            assertThat(x.candidate().citizenId()).isEqualTo("010098001234");
            assertThat(x.steps()).singleElement().satisfies(s -> assertThat(s.code().name()).isEqualTo("SOURCE_LISTED"));
        });
    }
}
