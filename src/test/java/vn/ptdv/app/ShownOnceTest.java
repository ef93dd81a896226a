package vn.ptdv.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.ptdv.TestData;
import vn.ptdv.service.Services;

/**
 * The database opened ahead by the launcher: the window is shown once, with its list in it, when the
 * opening is done in time, and without waiting longer when it is not.
 */
class ShownOnceTest {
    @TempDir
    Path folder;

    private DesktopWindow window;
    private Stage stage;

    private Path sampleDatabase() {
        Path file = folder.resolve("mau.db");
        try (Services services = Services.open(file, TestData.CLOCK)) {
            services.demo().fill();
        }
        return file;
    }

    /** Opens the window on the FX thread; returns the rows its list had when the stage first showed. */
    private AtomicInteger openWindow(Path file, DatabaseHeadStart ahead, AtomicLong shownAt) throws Exception {
        FxToolkit.registerPrimaryStage();
        AtomicInteger rowsWhenShown = new AtomicInteger(-1);
        CountDownLatch opened = new CountDownLatch(1);
        Platform.runLater(() -> {
            stage = new Stage();
            stage.showingProperty().addListener((o, was, now) -> {
                if (now && rowsWhenShown.get() < 0) {
                    shownAt.set(System.nanoTime());
                    TableView<?> table = (TableView<?>) stage.getScene().lookup("#candidateTable");
                    rowsWhenShown.set(table == null ? 0 : table.getItems().size());
                }
            });
            window = new DesktopWindow(file, false, TestData.CLOCK, path -> { });
            window.openedAhead(ahead);
            window.open(stage);
            opened.countDown();
        });
        assertThat(opened.await(20, TimeUnit.SECONDS)).isTrue();
        return rowsWhenShown;
    }

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            window.close();
        }
        if (stage != null) {
            FxToolkit.cleanupStages();
        }
    }

    @Test
    void aDatabaseOpenedInTimeIsInTheWindowsFirstShowing() throws Exception {
        Path file = sampleDatabase();
        DatabaseHeadStart ahead = DatabaseHeadStart.begin(file, TestData.CLOCK, false);
        ahead.take(); // opened before the window is built, as on a start from the launcher

        AtomicLong shownAt = new AtomicLong();
        AtomicInteger rowsWhenShown = openWindow(file, ahead, shownAt);

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> rowsWhenShown.get() >= 0);
        assertThat(rowsWhenShown.get()).isEqualTo(13);
    }

    @Test
    void anOpeningThatEndsJustAfterTheWindowPutsTheFrameAndItsListInTogether() throws Exception {
        Path file = sampleDatabase();
        CompletableFuture<OpenedDatabase> soon = new CompletableFuture<>();
        AtomicLong shownAt = new AtomicLong();
        AtomicInteger rowsWhenShown = openWindow(file, DatabaseHeadStart.of(soon), shownAt);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> rowsWhenShown.get() >= 0);
        // The system's window came at once, with nothing in it yet: not the frame saying it is opening.
        assertThat(stage.getScene().lookup("#navigation")).isNull();

        soon.complete(OpenedDatabase.open(file, TestData.CLOCK, false));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            TableView<?> table = (TableView<?>) stage.getScene().lookup("#candidateTable");
            return table != null && table.getItems().size() == 13;
        });
        assertThat(stage.getScene().lookup("#navigation")).isNotNull();
    }

    @Test
    void aSlowOpeningDoesNotHoldTheWindowBackAndTheListComesAfter() throws Exception {
        Path file = sampleDatabase();
        CompletableFuture<OpenedDatabase> slow = new CompletableFuture<>();
        long began = System.nanoTime();
        AtomicLong shownAt = new AtomicLong();
        AtomicInteger rowsWhenShown = openWindow(file, DatabaseHeadStart.of(slow), shownAt);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> rowsWhenShown.get() >= 0);
        assertThat(rowsWhenShown.get()).isZero();
        assertThat(TimeUnit.NANOSECONDS.toMillis(shownAt.get() - began)).isLessThan(2_000);

        slow.complete(OpenedDatabase.open(file, TestData.CLOCK, false));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            TableView<?> table = (TableView<?>) stage.getScene().lookup("#candidateTable");
            return table != null && table.getItems().size() == 13;
        });
    }
}
