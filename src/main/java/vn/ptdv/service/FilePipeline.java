package vn.ptdv.service;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Reads the files on one thread while the caller works on them on its own: reading (SQLite and the
 * unpacking of each file) and the work on each file (rule checks, counts) take about as long as each
 * other, and an office PC has two cores. Files come to the caller in the order they were read, in
 * batches, and at most a few batches are held at a time, so memory stays that of a few hundred files.
 */
final class FilePipeline {
    /** Reads every file, handing each to the sink given; runs on the reading thread. */
    @FunctionalInterface
    interface Reader<T> {
        void readInto(Consumer<T> sink);
    }

    private static final int BATCH = 128;
    private static final int BATCHES_AHEAD = 4;
    /** Put on the queue after the last batch (or after a failure): nothing more comes. */
    private static final List<Object> END = List.of();

    private FilePipeline() {
    }

    @SuppressWarnings("unchecked")
    static <T> void run(Reader<T> reader, Consumer<T> action) {
        BlockingQueue<List<T>> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
        List<T> end = (List<T>) END;
        java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicBoolean stopped = new java.util.concurrent.atomic.AtomicBoolean();
        Thread thread = new Thread(() -> {
            try {
                Batcher<T> batcher = new Batcher<>(queue, stopped);
                reader.readInto(batcher);
                batcher.flush();
            } catch (Throwable t) {
                failure.set(t);
            } finally {
                put(queue, end, stopped);
            }
        }, "ptdv-file-reader");
        thread.setDaemon(true);
        thread.start();
        try {
            for (List<T> batch = take(queue); batch != end; batch = take(queue)) {
                batch.forEach(action);
            }
        } finally {
            stopped.set(true);
            queue.clear(); // lets a reader blocked on a full queue see that it may stop
            join(thread);
        }
        Throwable failed = failure.get();
        if (failed instanceof RuntimeException e) {
            throw e;
        }
        if (failed instanceof Error e) {
            throw e;
        }
        if (failed != null) {
            throw new IllegalStateException(failed);
        }
    }

    /** Gathers files into batches and queues each full one: one hand-over per batch, not per file. */
    private static final class Batcher<T> implements Consumer<T> {
        private final BlockingQueue<List<T>> queue;
        private final java.util.concurrent.atomic.AtomicBoolean stopped;
        private List<T> batch = new ArrayList<>(BATCH);

        Batcher(BlockingQueue<List<T>> queue, java.util.concurrent.atomic.AtomicBoolean stopped) {
            this.queue = queue;
            this.stopped = stopped;
        }

        @Override
        public void accept(T file) {
            if (stopped.get()) {
                // The caller failed and takes no more: reading the rest would be wasted.
                throw new java.util.concurrent.CancellationException("The work on the files stopped");
            }
            batch.add(file);
            if (batch.size() == BATCH) {
                flush();
            }
        }

        void flush() {
            if (!batch.isEmpty()) {
                put(queue, batch, stopped);
                batch = new ArrayList<>(BATCH);
            }
        }
    }

    /** Waits for room, unless the caller has stopped taking (it failed): then the batch is dropped. */
    private static <T> void put(BlockingQueue<List<T>> queue, List<T> batch,
                                java.util.concurrent.atomic.AtomicBoolean stopped) {
        try {
            do {
                if (stopped.get()) {
                    return;
                }
            } while (!queue.offer(batch, 50, TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static <T> List<T> take(BlockingQueue<List<T>> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the files", e);
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
