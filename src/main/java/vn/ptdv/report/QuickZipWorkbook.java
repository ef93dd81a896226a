package vn.ptdv.report;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A streamed workbook made quickly. A ward's yearly report holds some 20 MB of sheet XML; its lists' rows
 * are now made beside POI ({@link PrewrittenRows}, deflated at the same quickest level), and what POI still
 * writes (the headers, the summary) is made so:
 * <ul>
 *   <li>it is zipped at the quickest compression level: deflating at the usual level took about a fifth
 *       of the report's time, the quickest takes a third of that, for a file about a quarter larger
 *       (Excel and LibreOffice read any level alike);</li>
 *   <li>the sheets' XML goes to POI's temporary files through a writer that takes no lock: POI writes
 *       the XML a character or a few at a time, and {@link java.io.BufferedWriter} takes its lock at
 *       every one of those calls, millions of times for a ward;</li>
 *   <li>a text with nothing to escape (nearly every cell's) is written whole: POI's escaping writes it a
 *       character at a time, making an array for each.</li>
 * </ul>
 * The XML written is the same, character for character.
 */
final class QuickZipWorkbook extends SXSSFWorkbook {
    QuickZipWorkbook(XSSFWorkbook template, int rowAccessWindowSize) {
        super(template, rowAccessWindowSize);
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream stream) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(stream);
        zip.setLevel(Deflater.BEST_SPEED);
        return zip;
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new SheetDataWriter(getSharedStringSource()) {
            @Override
            @SuppressWarnings("deprecation") // POI 6 makes it protected; it stays the place to choose the writer
            public Writer createWriter(File fd) throws IOException {
                return new UnlockedWriter(new OutputStreamWriter(new FileOutputStream(fd), StandardCharsets.UTF_8));
            }

            @Override
            protected void outputEscapedString(String s) throws IOException {
                if (s != null && !needsEscaping(s)) {
                    _out.write(s);
                } else {
                    super.outputEscapedString(s);
                }
            }
        };
    }

    /**
     * Whether POI's escaping would change the text: the XML's special characters, the line breaks, tabs
     * and no-break spaces it writes as references, and the control characters and non-characters it
     * writes as question marks.
     */
    static boolean needsEscaping(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < ' ' || c == '<' || c == '>' || c == '&' || c == '"' || c == '\u00A0' || c >= '\uFFFE') {
                return true;
            }
        }
        return false;
    }

    /**
     * Gathers characters in a buffer without a lock and hands them on a buffer at a time. Used by one
     * thread only: a sheet is written by the thread that fills it.
     */
    static final class UnlockedWriter extends Writer {
        private static final int SIZE = 1 << 16;
        private final Writer out;
        private final char[] buffer = new char[SIZE];
        private int used;
        private boolean closed;

        UnlockedWriter(Writer out) {
            this.out = out;
        }

        @Override
        public void write(int c) throws IOException {
            if (used == SIZE) {
                drain();
            }
            buffer[used++] = (char) c;
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            while (length > 0) {
                if (used == SIZE) {
                    drain();
                }
                int n = Math.min(length, SIZE - used);
                text.getChars(offset, offset + n, buffer, used);
                used += n;
                offset += n;
                length -= n;
            }
        }

        @Override
        public void write(String text) throws IOException {
            write(text, 0, text.length());
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            while (length > 0) {
                if (used == SIZE) {
                    drain();
                }
                int n = Math.min(length, SIZE - used);
                System.arraycopy(chars, offset, buffer, used, n);
                used += n;
                offset += n;
                length -= n;
            }
        }

        private void drain() throws IOException {
            if (used > 0) {
                out.write(buffer, 0, used);
                used = 0;
            }
        }

        @Override
        public void flush() throws IOException {
            drain();
            out.flush();
        }

        @Override
        public void close() throws IOException {
            // POI closes a sheet's writer more than once (on writing the workbook, and on closing it).
            if (!closed) {
                closed = true;
                drain();
                out.close();
            }
        }
    }
}
