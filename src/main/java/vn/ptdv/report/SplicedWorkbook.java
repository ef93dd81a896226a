package vn.ptdv.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.commons.io.output.CloseShieldOutputStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a streamed workbook with some sheets' rows made elsewhere ({@link PrewrittenRows}): POI writes
 * the workbook with those sheets holding only the rows it was given (their headers), and the file is then
 * copied entry by entry, as it is (nothing is deflated again), each such sheet's rows going in before its
 * {@code </sheetData>}. Deflated data can be joined so: each part is deflated on its own, all but the last
 * ending with a flush, and the entry's CRC is that of the parts joined ({@link Crc32Join}).
 */
final class SplicedWorkbook {
    private static final String SHEET_DATA_END = "</sheetData>";

    private SplicedWorkbook() {
    }

    /** {@code rows}: for each sheet so made, its rows' parts in order, the first part's rows first. */
    static void write(SXSSFWorkbook wb, Map<Sheet, List<PrewrittenRows>> rows, OutputStream out) throws IOException {
        Map<String, List<PrewrittenRows>> byPart = new HashMap<>();
        rows.forEach((sheet, parts) -> byPart.put(wb.getXSSFWorkbook().getSheet(sheet.getSheetName()).getPackagePart()
                .getPartName().getName().substring(1), parts));
        // Small: the lists' rows are not in it (and a buffer of a megabyte is a "humongous" object to G1 in a
        // 256 MB heap, collected apart from the rest).
        ByteArrayOutputStream written = new ByteArrayOutputStream(1 << 16);
        wb.write(written);
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(
                new SeekableInMemoryByteChannel(written.toByteArray())).get();
             ZipArchiveOutputStream to = new ZipArchiveOutputStream(CloseShieldOutputStream.wrap(out))) {
            int spliced = 0;
            for (ZipArchiveEntry entry : Collections.list(zip.getEntriesInPhysicalOrder())) {
                List<PrewrittenRows> parts = byPart.get(entry.getName());
                if (parts != null) {
                    splice(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8), entry, parts, to);
                    spliced++;
                } else {
                    to.addRawArchiveEntry(entry, zip.getRawInputStream(entry));
                }
            }
            if (spliced != byPart.size()) {
                throw new IOException("The workbook written lacks some of the sheets " + byPart.keySet());
            }
            to.finish();
        }
    }

    private static void splice(String written, ZipArchiveEntry entryWritten, List<PrewrittenRows> parts,
                               ZipArchiveOutputStream to) throws IOException {
        String xml = withExtent(written, parts.get(parts.size() - 1).end(), parts.get(0).columns(), entryWritten.getName());
        int at = xml.lastIndexOf(SHEET_DATA_END);
        if (at < 0) {
            throw new IOException("The sheet " + entryWritten.getName() + " was written without " + SHEET_DATA_END);
        }
        byte[] head = xml.substring(0, at).getBytes(StandardCharsets.UTF_8);
        byte[] tail = xml.substring(at).getBytes(StandardCharsets.UTF_8);
        byte[] headDeflated = deflate(head, false);
        byte[] tailDeflated = deflate(tail, true);
        long size = head.length;
        long deflated = headDeflated.length;
        long crc = crc(head);
        List<InputStream> streams = new ArrayList<>();
        streams.add(new ByteArrayInputStream(headDeflated));
        for (PrewrittenRows part : parts) {
            size += part.length();
            deflated += part.deflatedLength();
            crc = Crc32Join.join(crc, part.crc(), part.length());
            streams.add(part.deflated());
        }
        streams.add(new ByteArrayInputStream(tailDeflated));
        ZipArchiveEntry entry = new ZipArchiveEntry(entryWritten.getName());
        entry.setMethod(ZipEntry.DEFLATED);
        entry.setTime(entryWritten.getTime());
        entry.setSize(size + tail.length);
        entry.setCompressedSize(deflated + tailDeflated.length);
        entry.setCrc(Crc32Join.join(crc, crc(tail), tail.length));
        to.addRawArchiveEntry(entry, new SequenceInputStream(Collections.enumeration(streams)));
    }

    /**
     * The sheet's extent ({@code <dimension ref="A1:F7"/>}) as POI gives it when it writes the rows itself,
     * down to the last row: some readers (openpyxl's quick mode) read no further than it says.
     */
    private static String withExtent(String xml, int end, int columns, String name) throws IOException {
        String start = "<dimension ref=\"";
        int from = xml.indexOf(start);
        int to = from < 0 ? -1 : xml.indexOf('"', from + start.length());
        if (to < 0) {
            throw new IOException("The sheet " + name + " was written without its extent");
        }
        CellRangeAddress written = CellRangeAddress.valueOf(xml.substring(from + start.length(), to));
        CellRangeAddress whole = new CellRangeAddress(written.getFirstRow(), Math.max(written.getLastRow(), end - 1),
                written.getFirstColumn(), Math.max(written.getLastColumn(), columns - 1));
        return xml.substring(0, from + start.length()) + whole.formatAsString() + xml.substring(to);
    }

    /** Deflated on its own: ending the stream if {@code last}, else with a flush so that more may follow. */
    private static byte[] deflate(byte[] data, boolean last) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        try {
            deflater.setInput(data);
            if (last) {
                deflater.finish();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 4 + 64);
            byte[] buffer = new byte[8192];
            while (true) {
                int n = deflater.deflate(buffer, 0, buffer.length, last ? Deflater.NO_FLUSH : Deflater.SYNC_FLUSH);
                out.write(buffer, 0, n);
                if (last ? deflater.finished() : n < buffer.length) {
                    return out.toByteArray();
                }
            }
        } finally {
            deflater.end();
        }
    }

    private static long crc(byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(data);
        return crc.getValue();
    }
}
