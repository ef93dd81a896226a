package vn.ptdv.report;

import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * One sheet's rows written on a thread of its own while the caller writes the workbook's other sheets.
 * A streamed sheet has its own temporary file and writer, so two sheets can be filled at once; what the
 * workbook keeps for all its sheets (names, print titles) stays with the caller's thread.
 */
final class SheetRowsTask {
    private final FutureTask<Integer> task;
    private int end;

    private SheetRowsTask(FutureTask<Integer> task) {
        this.task = task;
    }

    /** Starts writing; {@code rows} returns the number of the row after the sheet's last. */
    static SheetRowsTask start(String threadName, Callable<Integer> rows) {
        SheetRowsTask started = new SheetRowsTask(new FutureTask<>(rows));
        Thread thread = new Thread(started.task, threadName);
        thread.setDaemon(true);
        thread.start();
        return started;
    }

    /**
     * Waits until the rows are written, interrupted or not (the workbook, closed, would delete the sheet's
     * file under the thread); their failure is thrown here, on the caller's thread.
     */
    void await() throws IOException {
        try {
            end = finished().get();
        } catch (InterruptedException e) {
            throw new IllegalStateException("The task is done", e); // cannot happen: finished() waited
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IOException("A sheet could not be written", cause);
        }
    }

    /** Waits, the caller having failed already: the rows' own failure, if any, adds nothing to its. */
    void awaitAfterFailure() {
        finished();
    }

    private FutureTask<Integer> finished() {
        boolean interrupted = false;
        while (!task.isDone()) {
            try {
                task.get();
            } catch (InterruptedException e) {
                interrupted = true;
            } catch (ExecutionException e) {
                break; // done, with a failure
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return task;
    }

    /** The number of the row after the last, once {@link #await} has returned. */
    int end() {
        return end;
    }
}
