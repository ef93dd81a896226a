package vn.ptdv.report;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;

/**
 * A long list's rows written as the sheet's XML and deflated as they are made, on the thread that makes
 * them, to be put into the workbook's file whole ({@link SplicedWorkbook}). A ward's to-do list (tens of
 * thousands of rows, some 16 MB of XML) went through POI's row and cell objects, its temporary file, and
 * then its zip on the thread writing the workbook, after every other sheet: made here, beside those
 * sheets, it costs a third of that and leaves the other core its own work.
 *
 * <p>The XML is POI's, character for character ({@code PrewrittenRowsTest} compares the two): the rows
 * of {@link ListTable#rows}, with its heights, its value types and the report's styles.
 */
final class PrewrittenRows {
    private static final long NEGATIVE_ZERO = Double.doubleToRawLongBits(-0.0);
    /** Text gathered before it is encoded and deflated: large enough to keep the deflater busy. */
    private static final int CHUNK = 1 << 16;

    private final byte[] deflated;
    private final long crc;
    private final long length;
    private final int end;
    private final int columns;

    private PrewrittenRows(byte[] deflated, long crc, long length, int end, int columns) {
        this.deflated = deflated;
        this.crc = crc;
        this.length = length;
        this.end = end;
        this.columns = columns;
    }

    /** The styles' numbers, read on the caller's thread: the rows are made on another. */
    record Styles(short cell, short date, short dateTime, short number) {
        static Styles of(ReportStyles s) {
            return new Styles(s.cell.getIndex(), s.date.getIndex(), s.dateTime.getIndex(), s.number.getIndex());
        }
    }

    /**
     * The rows from row {@code first} (counted from 0) on. The deflated data ends with a flush, not with
     * the end of the stream, so that more can follow it in the same zip entry.
     */
    static PrewrittenRows write(int first, int[] widths, Styles styles, Iterable<List<Object>> rows) {
        Writer w = new Writer(widths, styles);
        int r = first;
        for (List<Object> values : rows) {
            w.row(r++, values);
        }
        return w.finish(r);
    }

    /** The deflated rows, to be copied into the zip entry as they are. */
    InputStream deflated() {
        return new java.io.ByteArrayInputStream(deflated);
    }

    long deflatedLength() {
        return deflated.length;
    }

    /** The CRC-32 of the rows' XML (not deflated). */
    long crc() {
        return crc;
    }

    /** The length in bytes of the rows' XML (not deflated). */
    long length() {
        return length;
    }

    /** The number of the row after the last (counted from 0). */
    int end() {
        return end;
    }

    /** How many columns the rows span. */
    int columns() {
        return columns;
    }

    private static final class Writer {
        private final int[] widths;
        private final Styles styles;
        private final String[] columns;
        private final StringBuilder xml = new StringBuilder(CHUNK + 4096);
        private final Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        private final CRC32 crc = new CRC32();
        private final ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        private final byte[] buffer = new byte[1 << 16];
        private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        /** At most three bytes a character in UTF-8 (a surrogate pair's two make four). */
        private char[] chars = new char[CHUNK + 4096];
        private ByteBuffer bytes = ByteBuffer.allocate(chars.length * 3);
        private long length;

        Writer(int[] widths, Styles styles) {
            this.widths = widths;
            this.styles = styles;
            this.columns = new String[widths.length];
            for (int i = 0; i < widths.length; i++) {
                columns[i] = CellReference.convertNumToColString(i);
            }
        }

        void row(int index, List<Object> values) {
            String number = Integer.toString(index + 1);
            xml.append("<row r=\"").append(number).append("\" customHeight=\"1\" ht=\"")
                    .append(Float.toString(ListTable.height(values, widths))).append("\">\n");
            for (int i = 0; i < values.size(); i++) {
                Object v = values.get(i);
                xml.append("<c r=\"").append(columns[i]).append(number).append('"');
                // As ListTable writes them: dates as Excel's day numbers counted from 1900, numbers as
                // numbers, and everything else as text, never a formula.
                if (v instanceof LocalDateTime t) {
                    number(styles.dateTime(), DateUtil.getExcelDate(t, false));
                } else if (v instanceof LocalDate d) {
                    number(styles.date(), DateUtil.getExcelDate(d.atStartOfDay(), false));
                } else if (v instanceof Number n) {
                    number(styles.number(), n.doubleValue());
                } else {
                    text(styles.cell(), CellText.escape(v == null ? "" : v.toString()));
                }
                xml.append("</c>");
            }
            xml.append("</row>\n");
            if (xml.length() >= CHUNK) {
                drain();
            }
        }

        private void style(short style) {
            if (style != 0) {
                xml.append(" s=\"").append(style).append('"');
            }
        }

        private void number(short style, double value) {
            style(style);
            xml.append(" t=\"n\"><v>");
            // A whole number below ten million is written by Double.toString as its digits and ".0": the
            // rows' numbers and the days of their dates, written so without Double.toString's cost.
            long whole = (long) value;
            if (whole == value && Math.abs(whole) < 10_000_000L && Double.doubleToRawLongBits(value) != NEGATIVE_ZERO) {
                xml.append(whole).append(".0");
            } else {
                xml.append(Double.toString(value));
            }
            xml.append("</v>");
        }

        private void text(short style, String text) {
            style(style);
            xml.append(" t=\"inlineStr\"><is><t");
            if (!text.isEmpty() && (Character.isWhitespace(text.charAt(0))
                    || Character.isWhitespace(text.charAt(text.length() - 1)))) {
                xml.append(" xml:space=\"preserve\"");
            }
            xml.append('>');
            if (QuickZipWorkbook.needsEscaping(text)) {
                escaped(text);
            } else {
                xml.append(text);
            }
            xml.append("</t></is>");
        }

        /** As POI escapes a text: the XML's specials and white space as references, other controls as "?". */
        private void escaped(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '<' -> xml.append("&lt;");
                    case '>' -> xml.append("&gt;");
                    case '&' -> xml.append("&amp;");
                    case '"' -> xml.append("&quot;");
                    case '\n' -> xml.append("&#xa;");
                    case '\r' -> xml.append("&#xd;");
                    case '\t' -> xml.append("&#x9;");
                    case '\u00A0' -> xml.append("&#xa0;");
                    default -> xml.append(c < ' ' || c >= '\uFFFE' ? '?' : c);
                }
            }
        }

        /**
         * Encodes and deflates the text gathered so far, through arrays kept from one chunk to the next (as a
         * string first, a ward's 16 MB of XML was copied twice more). It ends after a row, so a character
         * and its surrogate pair are never apart; a lone surrogate becomes "?", as in a string's encoding.
         */
        private void drain() {
            int n = xml.length();
            if (chars.length < n) {
                chars = new char[n];
                bytes = ByteBuffer.allocate(n * 3);
            }
            xml.getChars(0, n, chars, 0);
            xml.setLength(0);
            bytes.clear();
            encoder.reset();
            encoder.encode(CharBuffer.wrap(chars, 0, n), bytes, true);
            encoder.flush(bytes);
            int size = bytes.position();
            crc.update(bytes.array(), 0, size);
            length += size;
            deflater.setInput(bytes.array(), 0, size);
            while (!deflater.needsInput()) {
                out.write(buffer, 0, deflater.deflate(buffer, 0, buffer.length, Deflater.NO_FLUSH));
            }
        }

        PrewrittenRows finish(int end) {
            drain();
            int n;
            do {
                n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
                out.write(buffer, 0, n);
            } while (n == buffer.length);
            deflater.end();
            return new PrewrittenRows(out.toByteArray(), crc.getValue(), length, end, widths.length);
        }
    }
}
