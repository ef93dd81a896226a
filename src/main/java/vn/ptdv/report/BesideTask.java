package vn.ptdv.report;

import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Part of a report's work done on a thread of its own beside the caller's, on a PC's second core: one
 * sheet's rows while the caller writes the others (a streamed sheet has its own temporary file and
 * writer; what the workbook keeps for all its sheets stays with the caller), or the year's numbers while
 * the caller orders the findings.
 */
final class BesideTask<T> {
    private final FutureTask<T> task;

    private BesideTask(FutureTask<T> task) {
        this.task = task;
    }

    static <T> BesideTask<T> start(String threadName, Callable<T> work) {
        BesideTask<T> started = new BesideTask<>(new FutureTask<>(work));
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
    T await() throws IOException {
        try {
            return finished().get();
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
            throw new IOException("The work beside failed", cause);
        }
    }

    /** Waits, the caller having failed already: the work's own failure, if any, goes with the caller's. */
    void awaitAfterFailure(Throwable callers) {
        try {
            finished().get();
        } catch (ExecutionException e) {
            callers.addSuppressed(e.getCause());
        } catch (InterruptedException | RuntimeException e) {
            // finished() waited: it is done
        }
    }

    private FutureTask<T> finished() {
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
}
