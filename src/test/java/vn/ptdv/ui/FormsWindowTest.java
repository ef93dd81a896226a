package vn.ptdv.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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

/** The real window: "Hồ sơ giấy tờ" on the page of a candidate the cell has just voted on. */
@ExtendWith(ApplicationExtension.class)
class FormsWindowTest {
    @TempDir
    static Path folder;

    private DesktopWindow window;
    private final List<Path> opened = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        Path db = folder.resolve("giay-to.db");
        try (Services s = Services.open(db, TestData.CLOCK)) {
            s.demo().fill();
        }
        window = new DesktopWindow(db, false, TestData.CLOCK, opened::add);
        window.open(stage);
    }

    @Test
    void theDocumentsForTheCurrentStepAreMadeAsWordFilesAndOpened(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#navCandidates").tryQuery().isPresent());
        robot.clickOn("#navCandidates");
        TableView<CandidateSummary> table = robot.lookup("#candidateTable").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 13);
        robot.clickOn("Hoàng Văn Đức");
        Button forms = robot.lookup("#formsButton").queryButton();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !forms.isDisabled());
        robot.clickOn(forms);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#makeForm3")
                .match(org.testfx.util.NodeQueryUtils.isVisible()).tryQuery().isPresent());
        assertThat(robot.lookup("Nghị quyết chi bộ đề nghị kết nạp đảng viên (mẫu 6-KNĐ)").tryQuery()).isPresent();
        assertThat(robot.lookup("Giấy giới thiệu người vào Đảng (mẫu 3-KNĐ): đồng chí Phạm Văn Tâm").tryQuery()).isPresent();
        Button open = robot.lookup("#openForm3").queryButton();
        assertThat(open.isDisabled()).as("nothing to open yet").isTrue();

        robot.clickOn("#makeForm3");
        Label status = robot.lookup("#formsStatus").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !status.getText().isEmpty());
        assertThat(status.getText()).isEqualTo("Đã tạo tệp “6-KND Hoàng Văn Đức.docx”.");
        Path file = folder.resolve("giay-to").resolve("5 - Hoàng Văn Đức").resolve("6-KND Hoàng Văn Đức.docx");
        assertThat(Files.size(file)).isPositive();

        robot.clickOn(open);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !opened.isEmpty());
        assertThat(opened).containsExactly(file.toAbsolutePath());
        robot.clickOn("Đóng");
        window.close();
    }
}
