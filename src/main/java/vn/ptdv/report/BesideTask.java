package vn.ptdv.report;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Part of a report's work done on a thread of its own beside the caller's, on a PC's second core: one
 * sheet's rows while the caller writes the others (a streamed sheet has its own temporary file and
 * writer; what the workbook keeps for all its sheets stays with the caller), or the year's numbers while
 * the caller orders the findings. The work throws no checked exception, so neither does waiting for it.
 */
final class BesideTask<T> {
    private final FutureTask<T> task;
    private T result;

    private BesideTask(FutureTask<T> task) {
        this.task = task;
    }

    static <T> BesideTask<T> start(String threadName, Supplier<T> work) {
        BesideTask<T> started = new BesideTask<>(new FutureTask<>(work::get));
        Thread thread = new Thread(started.task, threadName);
        thread.setDaemon(true);
        thread.start();
        return started;
    }

    /**
     * Waits until the work has ended, interrupted or not (it still uses what it was given: a workbook
     * closed would delete a sheet's file under it), and returns its result; its failure is thrown here,
     * on the caller's thread.
     */
    T await() {
        Throwable failure = finish();
        if (failure instanceof Error error) {
            throw error;
        }
        if (failure != null) {
            throw (RuntimeException) failure; // a Supplier throws nothing else
        }
        return result;
    }

    /** Waits, the caller having failed already: the work's own failure, if any, goes with the caller's. */
    void awaitAfterFailure(Throwable callers) {
        Throwable failure = finish();
        if (failure != null) {
            callers.addSuppressed(failure);
        }
    }

    /** Waits for the end without giving up on an interrupt (kept for the caller); the work's failure, if any. */
    private Throwable finish() {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    result = task.get();
                    return null;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    return e.getCause();
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
