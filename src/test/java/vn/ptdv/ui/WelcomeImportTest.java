package vn.ptdv.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.ptdv.TestData;
import vn.ptdv.report.ImportService;
import vn.ptdv.service.Services;
import vn.ptdv.ui.common.DialogService;
import vn.ptdv.ui.common.FxTaskRunner;
import vn.ptdv.ui.report.ExcelFlows;
import vn.ptdv.ui.settings.FirstStartDialog;
import vn.ptdv.ui.settings.WelcomeViewModel;

/**
 * The real welcome dialog, headless, with its real preview and error dialogs: only the file chooser,
 * which the operating system draws, answers with a file prepared here.
 */
@ExtendWith(ApplicationExtension.class)
class WelcomeImportTest {
    @TempDir
    Path folder;

    private Stage stage;
    private Services services;
    private final AtomicReference<Optional<WelcomeViewModel.Outcome>> answer = new AtomicReference<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new javafx.scene.Scene(new StackPane(), 900, 700));
        stage.show();
    }

    @AfterEach
    void close() {
        if (services != null) {
            services.close();
        }
    }

    /** Opens the welcome; the chooser "picks" {@code file}. */
    private void openWelcome(FxRobot robot, Path file) throws Exception {
        services = TestData.services(folder);
        FxTaskRunner tasks = new FxTaskRunner();
        robot.interact(() -> {
            FirstStartDialog dialog = new FirstStartDialog(stage, dialogs -> new WelcomeViewModel(services.cell(),
                    services.candidates(), services.demo(),
                    new ExcelFlows(new ImportService(services), tasks, new Chooses(dialogs, file)), tasks,
                    new Chooses(dialogs, file)));
            dialog.setOnHidden(e -> answer.set(Optional.ofNullable(dialog.getResult())));
            dialog.show();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#firstStartButton").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitForAlert(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup(".alert .content").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void choosingImportShowsThePreviewAndTheConfirmedImportAddsThePeople(FxRobot robot) throws Exception {
        Path file = ImportFiles.people(folder.resolve("danh-sach.xlsx"),
                new String[] {"Nguyễn Thị Thảo", "Nữ", "12/04/1998"}, new String[] {"Đỗ Anh Vinh", "Nam", "29/02/1992"});
        openWelcome(robot, file);
        robot.clickOn("#cellField_cellName").write("Chi bộ Tổ dân phố số 3");
        robot.clickOn("#cellField_secretaryName").write("Hoàng Văn Nam");
        robot.clickOn("#firstStartChoice_IMPORT");
        assertThat(robot.lookup("#firstStartButton").queryButton().getText()).isEqualTo("Chọn tệp Excel…");
        robot.clickOn("#firstStartButton");
        waitForAlert(robot);
        assertThat(robot.lookup(".alert .content").queryLabeled().getText())
                .contains("Thêm mới 2 người: Nguyễn Thị Thảo, Đỗ Anh Vinh");
        robot.clickOn("Nhập");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> answer.get() != null);
        assertThat(answer.get()).hasValueSatisfying(o -> assertThat(o.summary())
                .isEqualTo("Đã nhập: thêm 2 người, cập nhật 0 người, thêm 0 bước."));
        assertThat(services.candidates().count()).isEqualTo(2);
        assertThat(services.cell().cell()).hasValueSatisfying(c -> {
            assertThat(c.name()).isEqualTo("Chi bộ Tổ dân phố số 3");
            assertThat(c.secretaryName()).isEqualTo("Hoàng Văn Nam");
        });
    }

    @Test
    void aRefusedImportSaysWhereTheErrorIsAndTheWelcomeStaysToChooseAgain(FxRobot robot) throws Exception {
        Path file = ImportFiles.people(folder.resolve("sai.xlsx"), new String[] {"Đỗ Anh Vinh", "Nam", "31/02/1992"});
        openWelcome(robot, file);
        robot.clickOn("#cellField_cellName").write("Chi bộ Tổ dân phố số 3");
        robot.clickOn("#firstStartChoice_IMPORT");
        robot.clickOn("#firstStartButton");
        waitForAlert(robot);
        assertThat(robot.lookup(".alert .content").queryLabeled().getText())
                .contains("trang “Quần chúng”, dòng 2, cột “Ngày sinh”").contains("Có lỗi nên chưa nhập gì");
        robot.clickOn("Đóng");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(answer.get()).isNull();
        assertThat(robot.lookup("#firstStartButton").queryButton().isDisabled()).isFalse();
        // The focus goes back to the way chosen, not to "Để sau": Enter there closed the welcome and lost the name.
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node focused = robot.lookup("#firstStartButton").queryButton().getScene().getFocusOwner();
        assertThat(focused).isNotNull();
        assertThat(focused.getId()).isEqualTo("firstStartButton");
        assertThat(services.cell().cell()).isEmpty();
        assertThat(services.candidates().count()).isZero();

        robot.clickOn("#firstStartChoice_EMPTY");
        robot.clickOn("#firstStartButton");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> answer.get() != null);
        assertThat(answer.get()).hasValueSatisfying(o -> assertThat(o.start()).isEqualTo(WelcomeViewModel.Start.EMPTY));
        assertThat(services.cell().cell()).isPresent();
    }

    /** The real dialogs, except that the file chooser answers with a given file. */
    private record Chooses(DialogService real, Path file) implements DialogService {
        @Override
        public Optional<Path> chooseOpenFile(String extension, String filterText) {
            return Optional.of(file);
        }

        @Override
        public boolean confirm(String title, String message, String confirmLabel) {
            return real.confirm(title, message, confirmLabel);
        }

        @Override
        public void showError(String title, String message) {
            real.showError(title, message);
        }

        @Override
        public void showInfo(String title, String message) {
            real.showInfo(title, message);
        }

        @Override
        public UnsavedChoice askUnsaved(String title, String message) {
            return real.askUnsaved(title, message);
        }

        @Override
        public Optional<Path> chooseImage() {
            return real.chooseImage();
        }

        @Override
        public Optional<Path> chooseSaveFile(String suggestedName, String extension, String filterText) {
            return real.chooseSaveFile(suggestedName, extension, filterText);
        }

        @Override
        public Optional<Acknowledgement> askAcknowledgement(String findingText, String defaultBy) {
            return real.askAcknowledgement(findingText, defaultBy);
        }

        @Override
        public Optional<char[]> askPassword(String title, String message) {
            return real.askPassword(title, message);
        }

        @Override
        public Optional<char[]> askNewPassword(String title, String message, int minimumLength) {
            return real.askNewPassword(title, message, minimumLength);
        }
    }
}
