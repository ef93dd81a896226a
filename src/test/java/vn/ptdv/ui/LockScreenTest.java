package vn.ptdv.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
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
import vn.ptdv.persistence.AppSettingRepository;
import vn.ptdv.persistence.Database;
import vn.ptdv.service.Services;

/**
 * With an opening password, the real window shows nothing of the data until the password is given:
 * an encrypted file is not even opened before; a file of an older version, guarded by the password's
 * hash only, opens behind the lock screen and is encrypted once the password is given.
 */
@ExtendWith(ApplicationExtension.class)
class LockScreenTest {
    private static final String PASSWORD = "mat khau chi bo";

    @TempDir
    static Path folder;

    private DesktopWindow window;
    private Stage stage;
    private static int opened;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        opened++;
    }

    private void open(Path db) {
        window = new DesktopWindow(db, false, TestData.CLOCK, path -> { });
        javafx.application.Platform.runLater(() -> window.open(stage));
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    /** The password dialog's field, once its window is on the screen. */
    private static Optional<Node> passwordField(FxRobot robot) {
        return robot.lookup("#passwordField").queryAll().stream()
                .filter(n -> shown(n) && n.getScene().getWindow().isShowing() && n.getScene().getWindow().getOpacity() > 0.99)
                .findFirst();
    }

    @Test
    void anEncryptedFileIsAskedForItsPasswordBeforeAnythingOfItIsReadOrShown(FxRobot robot) throws Exception {
        Path db = folder.resolve("encrypted-" + opened + ".db");
        try (Services s = Services.open(db, TestData.CLOCK)) {
            s.demo().fill();
            s.access().setPassword(Optional.empty(), PASSWORD.toCharArray());
        }
        open(db);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> passwordField(robot).isPresent());
        assertThat(robot.lookup("#candidateTable").tryQuery()).as("no screen is built before the password").isEmpty();

        robot.clickOn(passwordField(robot).orElseThrow()).write("mat khau sai").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(n -> n instanceof Label l
                && l.getText().startsWith("Mật khẩu không đúng")).tryQuery().isPresent());
        assertThat(robot.lookup("#candidateTable").tryQuery()).isEmpty();

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> passwordField(robot).isPresent());
        robot.clickOn(passwordField(robot).orElseThrow()).write(PASSWORD).type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#candidateTable").tryQuery()
                .filter(LockScreenTest::shown).isPresent());
        // The password was given just now: no lock screen on top of it.
        assertThat(robot.lookup("#lockScreen").tryQuery().filter(LockScreenTest::shown)).isEmpty();
        assertThat(robot.lookup("#candidateCount").queryAs(Label.class).getText()).contains("13");
        window.close();
    }

    @Test
    void aFileGuardedByTheHashOnlyOpensLockedAndIsEncryptedOnceUnlocked(FxRobot robot) throws Exception {
        Path db = folder.resolve("older-" + opened + ".db");
        try (Services s = Services.open(db, TestData.CLOCK)) {
            s.demo().fill();
            s.database().inTransaction(c -> {
                new AppSettingRepository().save(c, AppSettingRepository.PASSWORD_HASH,
                        vn.ptdv.service.AccessServiceHashes.hash(PASSWORD.toCharArray()));
                return null;
            });
        }
        open(db);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#lockPasswordField").tryQuery()
                .filter(LockScreenTest::shown).isPresent());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#candidateTable").tryQuery().isPresent());
        Node table = robot.lookup("#candidateTable").query();
        assertThat(shown(table)).as("the list is hidden behind the lock").isFalse();

        robot.clickOn("#lockPasswordField").write("mat khau sai").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("Mật khẩu không đúng.").tryQuery().isPresent());
        assertThat(shown(table)).isFalse();

        // The focus is back in the field: the next try is typed straight away.
        robot.write(PASSWORD).type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shown(table));
        assertThat(shown(robot.lookup("#lockScreen").query())).isFalse();
        assertThat(robot.lookup("#candidateCount").queryAs(Label.class).getText()).contains("13");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Database.isEncrypted(db));
        window.close();
    }
}
