package vn.ptdv.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs database, file and Excel work away from the JavaFX thread and reports back on it. Tests use
 * {@link CurrentThreadTaskRunner}, so view models are tested without threads.
 */
public interface TaskRunner {
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /**
     * Long work that only reads the database (writing a yearly report, an export): runs beside the
     * other work, so that opening or saving a file is not held behind it for seconds.
     */
    default <T> void runBeside(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        run(work, onSuccess, onFailure);
    }
}
