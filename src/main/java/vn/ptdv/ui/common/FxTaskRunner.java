package vn.ptdv.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.concurrent.Task;

/**
 * Runs work as JavaFX tasks on one background thread: SQLite takes one writer at a time, and one
 * thread keeps saves in the order the person made them. Long reading work (reports, exports) has a
 * second thread of its own, so it never holds the screens' work up. Callbacks run on the FX thread.
 */
public final class FxTaskRunner implements TaskRunner {
    private static final Logger LOG = Logger.getLogger(FxTaskRunner.class.getName());
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ptdv-background");
        t.setDaemon(true);
        return t;
    });
    private final ExecutorService beside = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ptdv-long-work");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(0);

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        submit(executor, work, onSuccess, onFailure);
    }

    @Override
    public <T> void runBeside(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        submit(beside, work, onSuccess, onFailure);
    }

    private <T> void submit(ExecutorService executor, Callable<T> work, Consumer<T> onSuccess,
                            Consumer<Throwable> onFailure) {
        if (executor.isShutdown()) {
            // The program is closing (the database is being let go): late work, such as a screen
            // reloading, is dropped rather than run against a closed database.
            LOG.fine("Background work after closing dropped");
            return;
        }
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        running.set(running.get() + 1);
        task.setOnSucceeded(e -> {
            running.set(running.get() - 1);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            running.set(running.get() - 1);
            LOG.log(Level.WARNING, "Background work failed", task.getException());
            onFailure.accept(task.getException());
        });
        try {
            executor.execute(task);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // Closing shut the executor down between the check above and now (close runs on another
            // thread): the late work is dropped all the same.
            running.set(running.get() - 1);
            LOG.log(Level.FINE, "Background work after closing dropped", e);
        }
    }

    /**
     * Lets queued work finish before the program exits (a save in flight must land), waiting at most
     * the given number of seconds.
     */
    public void finish(long seconds) {
        executor.shutdown();
        beside.shutdown();
        try {
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(seconds);
            if (!executor.awaitTermination(seconds, java.util.concurrent.TimeUnit.SECONDS)
                    || !beside.awaitTermination(Math.max(0, deadline - System.nanoTime()),
                    java.util.concurrent.TimeUnit.NANOSECONDS)) {
                LOG.warning("Background work still running at exit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** How many tasks are queued or running: the status bar shows that the program is busy. */
    public ReadOnlyIntegerProperty runningProperty() {
        return running.getReadOnlyProperty();
    }
}
