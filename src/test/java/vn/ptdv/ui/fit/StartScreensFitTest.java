package vn.ptdv.ui.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
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
import vn.ptdv.service.Services;

/** The first things a person sees, the welcome on a new database and the lock screen, whole on every screen. */
@ExtendWith(ApplicationExtension.class)
class StartScreensFitTest {
    @TempDir
    Path folder;
    private Stage stage;
    private DesktopWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private void open(Path db) {
        window = new DesktopWindow(db, false, TestData.CLOCK, path -> { });
        javafx.application.Platform.runLater(() -> window.open(stage));
    }

    @Test
    void theWelcomeIsWholeOnEveryScreen(FxRobot robot) throws Exception {
        open(folder.resolve("moi.db"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#firstStartButton").tryQuery()
                .map(n -> n.getScene().getWindow().isShowing()).orElse(false));
        // Checked, then left with "Để sau", which saves nothing.
        assertThat(CandidatePageFitTest.checkAndCancel(robot, "#firstStartButton", Sizes.ALL, "welcome")).isEmpty();
        window.close();
    }

    @Test
    void theLockScreenIsWholeOnEveryScreen(FxRobot robot) throws Exception {
        Path db = folder.resolve("locked.db");
        try (Services s = Services.open(db, TestData.CLOCK)) {
            s.demo().fill();
            s.database().inTransaction(c -> {
                new AppSettingRepository().save(c, AppSettingRepository.PASSWORD_HASH,
                        vn.ptdv.service.AccessServiceHashes.hash("mat khau".toCharArray()));
                return null;
            });
        }
        open(db);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#lockPasswordField").tryQuery()
                .filter(Node::isVisible).isPresent());
        List<String> problems = new ArrayList<>();
        for (Sizes.Size size : Sizes.ALL) {
            Sizes.resize(robot, stage, size);
            problems.addAll(Fit.check(stage, size, "lock-" + size.name(), cell -> false));
        }
        assertThat(problems).isEmpty();
        window.close();
    }
}
