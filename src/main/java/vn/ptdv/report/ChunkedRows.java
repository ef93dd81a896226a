package vn.ptdv.report;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * A long list's rows made in chunks by whichever thread is free ({@link #work}), each chunk made and
 * deflated on its own ({@link PrewrittenRows}), the chunks joined in order in the file. The report's
 * to-do list is most of its work: the thread writing the other sheets takes its share of the list when
 * it is done with them, so that both cores end together whatever the list's length and the PC's pace.
 */
final class ChunkedRows {
    /** Rows in a chunk: some 500 kB of XML, a small loss of compression at each chunk's start. */
    static final int CHUNK = 1024;

    private final int first;
    private final int[] widths;
    private final PrewrittenRows.Styles styles;
    private final int count;
    private final IntFunction<List<Object>> row;
    private final PrewrittenRows[] chunks;
    private final AtomicInteger next = new AtomicInteger();

    /** {@code count} rows from row {@code first} (counted from 0), row {@code i} of the list being {@code row(i)}. */
    ChunkedRows(int first, int[] widths, PrewrittenRows.Styles styles, int count, IntFunction<List<Object>> row) {
        this.first = first;
        this.widths = widths;
        this.styles = styles;
        this.count = count;
        this.row = row;
        this.chunks = new PrewrittenRows[Math.max(1, (count + CHUNK - 1) / CHUNK)];
    }

    /** Makes chunks until none is left to take; any thread may call it, several at once. */
    void work() {
        for (int c = next.getAndIncrement(); c < chunks.length; c = next.getAndIncrement()) {
            int from = c * CHUNK;
            int to = Math.min(count, from + CHUNK);
            chunks[c] = PrewrittenRows.write(first + from, widths, styles, new AbstractList<List<Object>>() {
                @Override
                public List<Object> get(int index) {
                    return row.apply(from + index);
                }

                @Override
                public int size() {
                    return to - from;
                }
            });
        }
    }

    /**
     * The chunks in order, once every thread that called {@link #work} has returned from it (and the
     * caller has waited for those on other threads).
     */
    List<PrewrittenRows> chunks() {
        return Arrays.asList(chunks.clone());
    }
}
