package vn.ptdv.report;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;

/**
 * A list's rows written as the sheet's XML and deflated as they are made, on the thread that makes them,
 * to be put into the workbook's file whole ({@link SplicedWorkbook}). A ward's to-do list (tens of
 * thousands of rows, some 16 MB of XML) went through POI's row and cell objects, its temporary file, and
 * then its zip on the thread writing the workbook, after every other sheet: made here, beside those
 * sheets, it costs a fraction of that and leaves the other core its own work.
 *
 * <p>The XML is POI's, character for character ({@code SplicedWorkbookTest} compares the two): the rows
 * of {@link ListTable#rows}, with its heights, its value types and the report's styles.
 */
final class PrewrittenRows {
    private static final long NEGATIVE_ZERO = Double.doubleToRawLongBits(-0.0);
    /** Bytes gathered before they are deflated: enough to keep the deflater busy. */
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

    /**
     * Writes the XML as UTF-8 bytes straight into an array, escaping as it encodes: one pass over each text
     * rather than a check, a copy into a builder, a copy out of it and an encoding. A character outside
     * XML (a control, a non-character) becomes "?" as POI writes it, and a lone surrogate "?" as Java's
     * encoding of a string makes it.
     */
    private static final class Writer {
        private static final byte[] ROW = ascii("<row r=\"");
        private static final byte[] HEIGHT = ascii("\" customHeight=\"1\" ht=\"");
        private static final byte[] ROW_OPEN = ascii("\">\n");
        private static final byte[] CELL = ascii("<c r=\"");
        private static final byte[] STYLE = ascii("\" s=\"");
        private static final byte[] NUMBER = ascii("\" t=\"n\"><v>");
        private static final byte[] NUMBER_END = ascii("</v></c>");
        private static final byte[] TEXT = ascii("\" t=\"inlineStr\"><is><t");
        private static final byte[] PRESERVE = ascii(" xml:space=\"preserve\"");
        private static final byte[] TEXT_END = ascii("</t></is></c>");
        private static final byte[] ROW_END = ascii("</row>\n");

        private final int[] widths;
        private final Styles styles;
        private final byte[][] columns;
        private final Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        private final CRC32 crc = new CRC32();
        private final ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        private final byte[] buffer = new byte[1 << 16];
        private byte[] xml = new byte[CHUNK + 8192];
        private int used;
        private long length;
        /** The last height written and its text: a list's rows have a few heights between them. */
        private float lastHeight = Float.NaN;
        private byte[] lastHeightText;

        Writer(int[] widths, Styles styles) {
            this.widths = widths;
            this.styles = styles;
            this.columns = new byte[widths.length][];
            for (int i = 0; i < widths.length; i++) {
                columns[i] = ascii(CellReference.convertNumToColString(i));
            }
        }

        private static byte[] ascii(String text) {
            return text.getBytes(StandardCharsets.US_ASCII);
        }

        void row(int index, List<Object> values) {
            float height = ListTable.height(values, widths);
            if (height != lastHeight) {
                lastHeight = height;
                lastHeightText = ascii(Float.toString(height));
            }
            room(256);
            put(ROW);
            int rowStart = used;
            putLong(index + 1);
            int rowEnd = used;
            put(HEIGHT);
            put(lastHeightText);
            put(ROW_OPEN);
            for (int i = 0; i < values.size(); i++) {
                Object v = values.get(i);
                room(128);
                put(CELL);
                put(columns[i]);
                System.arraycopy(xml, rowStart, xml, used, rowEnd - rowStart); // the row's number again
                used += rowEnd - rowStart;
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
            }
            room(16);
            put(ROW_END);
            if (used >= CHUNK) {
                drain();
            }
        }

        private void style(short style) {
            if (style != 0) {
                put(STYLE);
                putLong(style);
            }
        }

        private void number(short style, double value) {
            style(style);
            put(NUMBER);
            // A whole number below ten million is written by Double.toString as its digits and ".0": the
            // rows' numbers and the days of their dates, written so without Double.toString's cost.
            long whole = (long) value;
            if (whole == value && Math.abs(whole) < 10_000_000L && Double.doubleToRawLongBits(value) != NEGATIVE_ZERO) {
                putLong(whole);
                xml[used++] = '.';
                xml[used++] = '0';
            } else {
                put(ascii(Double.toString(value)));
            }
            put(NUMBER_END);
        }

        private void text(short style, String text) {
            style(style);
            put(TEXT);
            if (!text.isEmpty() && (Character.isWhitespace(text.charAt(0))
                    || Character.isWhitespace(text.charAt(text.length() - 1)))) {
                put(PRESERVE);
            }
            xml[used++] = '>';
            escaped(text);
            room(TEXT_END.length);
            put(TEXT_END);
        }

        /** As POI escapes a text: the XML's specials and white space as references, other controls as "?". */
        private void escaped(String text) {
            int n = text.length();
            room(n * 6 + 16); // "&quot;" is the longest a character becomes
            byte[] b = xml;
            int at = used;
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                if (c < 0x80) {
                    if (c >= ' ' && c != '<' && c != '>' && c != '&' && c != '"') {
                        b[at++] = (byte) c;
                    } else {
                        String reference = switch (c) {
                            case '<' -> "&lt;";
                            case '>' -> "&gt;";
                            case '&' -> "&amp;";
                            case '"' -> "&quot;";
                            case '\n' -> "&#xa;";
                            case '\r' -> "&#xd;";
                            case '\t' -> "&#x9;";
                            default -> "?";
                        };
                        for (int k = 0; k < reference.length(); k++) {
                            b[at++] = (byte) reference.charAt(k);
                        }
                    }
                } else if (c < 0x800) {
                    if (c == '\u00A0') {
                        for (byte x : NO_BREAK) {
                            b[at++] = x;
                        }
                    } else {
                        b[at++] = (byte) (0xC0 | c >> 6);
                        b[at++] = (byte) (0x80 | c & 0x3F);
                    }
                } else if (Character.isSurrogate(c)) {
                    char low = i + 1 < n ? text.charAt(i + 1) : 0;
                    if (Character.isHighSurrogate(c) && Character.isLowSurrogate(low)) {
                        int cp = Character.toCodePoint(c, low);
                        b[at++] = (byte) (0xF0 | cp >> 18);
                        b[at++] = (byte) (0x80 | cp >> 12 & 0x3F);
                        b[at++] = (byte) (0x80 | cp >> 6 & 0x3F);
                        b[at++] = (byte) (0x80 | cp & 0x3F);
                        i++;
                    } else {
                        b[at++] = '?';
                    }
                } else if (c >= '\uFFFE') {
                    b[at++] = '?';
                } else {
                    b[at++] = (byte) (0xE0 | c >> 12);
                    b[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                    b[at++] = (byte) (0x80 | c & 0x3F);
                }
            }
            used = at;
        }

        private static final byte[] NO_BREAK = ascii("&#xa0;");

        private void put(byte[] bytes) {
            System.arraycopy(bytes, 0, xml, used, bytes.length);
            used += bytes.length;
        }

        /** A whole number's digits (no sign needed: rows, styles and day numbers are not negative). */
        private void putLong(long value) {
            if (value < 0) {
                xml[used++] = '-';
                value = -value;
            }
            int digits = 1;
            for (long rest = value / 10; rest > 0; rest /= 10) {
                digits++;
            }
            for (int k = used + digits - 1; k >= used; k--) {
                xml[k] = (byte) ('0' + value % 10);
                value /= 10;
            }
            used += digits;
        }

        /** Makes room for {@code more} bytes after those written. */
        private void room(int more) {
            if (used + more > xml.length) {
                xml = java.util.Arrays.copyOf(xml, Math.max(xml.length * 2, used + more));
            }
        }

        /** Deflates the bytes gathered so far; it ends after a row. */
        private void drain() {
            crc.update(xml, 0, used);
            length += used;
            deflater.setInput(xml, 0, used);
            while (!deflater.needsInput()) {
                out.write(buffer, 0, deflater.deflate(buffer, 0, buffer.length, Deflater.NO_FLUSH));
            }
            used = 0;
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
