package vn.ptdv.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs database, file and Excel work away from the JavaFX thread and reports back on it. Tests use
 * {@link CurrentThreadTaskRunner}, so view models are tested without threads.
 */
public interface TaskRunner {
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);
}
