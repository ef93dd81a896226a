package vn.ptdv.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.ptdv.TestData;
import vn.ptdv.i18n.Messages;
import vn.ptdv.service.Services;
import vn.ptdv.ui.access.AccessViewModel;
import vn.ptdv.ui.access.IdleLock;
import vn.ptdv.ui.access.LockViewModel;
import vn.ptdv.ui.common.FxDialogService;
import vn.ptdv.ui.common.FxTaskRunner;

/**
 * When the lock comes on, a dialog open over the window (with a name in it, say) is closed, so that
 * the lock screen is all there is to see; the dialog's question counts as not answered.
 */
@ExtendWith(ApplicationExtension.class)
class LockClosesDialogsTest {
    @TempDir
    static Path folder;

    private Stage stage;
    private LockViewModel lock;
    private FxDialogService dialogs;
    private Services services;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        services = TestData.services(folder);
        FxTaskRunner tasks = new FxTaskRunner();
        dialogs = new FxDialogService(stage, Messages.current());
        lock = new LockViewModel(services.access(), tasks, dialogs);
        AccessViewModel access = new AccessViewModel(services.access(), tasks, dialogs);
        Scene scene = new Scene(new StackPane(), 800, 600);
        stage.setScene(scene);
        IdleLock.install(scene, lock, access);
        stage.show();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private static long otherWindowsShowing(Stage main) {
        return Window.getWindows().stream().filter(w -> w != main && w.isShowing()).count();
    }

    @Test
    void anOpenDialogIsClosedWhenTheScreenLocksAndItsQuestionIsNotAnswered(FxRobot robot) throws Exception {
        AtomicReference<Boolean> answer = new AtomicReference<>();
        Platform.runLater(() -> answer.set(dialogs.confirm("Xóa hồ sơ", "Xóa hồ sơ của Nguyễn Thị Thảo?", "Xóa")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> otherWindowsShowing(stage) == 1);
        assertThat(robot.lookup("Xóa hồ sơ của Nguyễn Thị Thảo?").tryQuery()).isPresent();

        Platform.runLater(lock::lock);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> otherWindowsShowing(stage) == 0);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> answer.get() != null);
        assertThat(answer.get()).as("closed, not confirmed").isFalse();
        assertThat(robot.lookup("Xóa hồ sơ của Nguyễn Thị Thảo?").tryQuery()).isEmpty();
        assertThat(lock.lockedProperty().get()).isTrue();
        assertThat(stage.isShowing()).isTrue();
    }
}
