package vn.ptdv.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * Opens the database on its own thread from the moment the launcher knows the window will open.
 * Opening (loading the SQLite driver, checking the file) takes about as long as JavaFX takes to start;
 * side by side the two cost the longer of them, one after the other their sum. The window takes the
 * result (or the failure) as if it had opened the file itself.
 */
final class DatabaseHeadStart {
    private final CompletableFuture<OpenedDatabase> opening;

    private DatabaseHeadStart(CompletableFuture<OpenedDatabase> opening) {
        this.opening = opening;
    }

    static DatabaseHeadStart begin(Path databaseFile, Clock clock, boolean demo) {
        CompletableFuture<OpenedDatabase> opening = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                SqliteNativeLibrary.prepare(); // before the driver loads; JavaFX starts meanwhile
                opening.complete(OpenedDatabase.open(databaseFile, clock, demo));
            } catch (Throwable e) {
                opening.completeExceptionally(e);
            }
        }, "ptdv-open");
        thread.setDaemon(true);
        thread.start();
        return new DatabaseHeadStart(opening);
    }

    /** An opening already under way elsewhere (tests time it). */
    static DatabaseHeadStart of(CompletableFuture<OpenedDatabase> opening) {
        return new DatabaseHeadStart(opening);
    }

    /**
     * Runs {@code then} on the FX thread once the opening has ended, or once {@code wait} has passed,
     * whichever comes first.
     */
    void afterOpeningOr(Duration wait, Runnable then) {
        opening.handle((opened, failure) -> Boolean.TRUE)
                .completeOnTimeout(Boolean.FALSE, wait.toMillis(), TimeUnit.MILLISECONDS)
                .thenRun(() -> Platform.runLater(then));
    }

    /** The open database, if the opening has already succeeded; otherwise nothing (it goes on). */
    Optional<OpenedDatabase> openedNow() {
        return opening.isDone() && !opening.isCompletedExceptionally()
                ? Optional.of(opening.join()) : Optional.empty();
    }

    /** Waits for the opening to end: the open database, or the exception it failed with. */
    OpenedDatabase take() throws Exception {
        try {
            return opening.get();
        } catch (ExecutionException e) {
            // The window tells the person what went wrong from the opening's own exception.
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** Not used after all: waits for the opening and lets go of the database (its lock too). */
    void discard() {
        try {
            opening.get().services().close();
        } catch (ExecutionException e) {
            // Nothing was opened, so nothing is held.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
