package vn.ptdv.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.ptdv.ui.common.FxTaskRunner;

/**
 * While a long report is being written, the screens' own work (opening a file, saving, reloading the
 * list) still runs: it is not queued behind the report.
 */
@ExtendWith(ApplicationExtension.class)
class FxTaskRunnerTest {
    @Start
    void start(Stage stage) {
        // Only the toolkit is needed: callbacks run on the FX thread.
    }

    @Test
    void workOfTheScreensIsNotHeldBehindALongReport() throws Exception {
        FxTaskRunner tasks = new FxTaskRunner();
        CountDownLatch reportMayFinish = new CountDownLatch(1);
        CountDownLatch reportDone = new CountDownLatch(1);
        CountDownLatch saved = new CountDownLatch(1);
        AtomicBoolean reportStillRunningWhenSaved = new AtomicBoolean();
        tasks.runBeside(() -> reportMayFinish.await(20, TimeUnit.SECONDS), ok -> reportDone.countDown(), e -> { });

        tasks.run(() -> reportDone.getCount() == 1, stillRunning -> {
            reportStillRunningWhenSaved.set(stillRunning);
            saved.countDown();
        }, e -> { });

        assertThat(saved.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(reportStillRunningWhenSaved).isTrue();
        reportMayFinish.countDown();
        assertThat(reportDone.await(10, TimeUnit.SECONDS)).isTrue();
        tasks.finish(5);
    }
}
