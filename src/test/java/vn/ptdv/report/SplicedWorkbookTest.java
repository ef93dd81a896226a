package vn.ptdv.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A list's rows made as XML and spliced into the workbook ({@link PrewrittenRows}, {@link SplicedWorkbook})
 * give the same file, part for part, as POI writing them through {@link ListTable}.
 */
class SplicedWorkbookTest {
    @TempDir
    Path folder;

    private static final int[] WIDTHS = {6, 24, 16, 13, 80, 40};
    /** Texts a committee types or pastes, and those POI escapes or replaces. */
    private static final List<String> TEXTS = List.of("Nguyễn Thị Hồng Nhung", "", " lề trái", "lề phải ",
            "a<b>c", "Đội & Hội", "\"trích\"", "dòng\nmới", "\nđầu dòng", "về\r\ndòng", "cột\tbên", "cách\u00A0cứng",
            "điều khiển\u0001\u001F", "phi ký tự\uFFFE\uFFFF", "ngoài BMP 😀𝔸", "nửa cặp \uD800 và \uDC00",
            "'nháy đơn' ; = + - @", "=1+1", "_x0041_ giữ nguyên", "\u0130\u00DF\u2028\u2029\u200B",
            "Hồ sơ của Đỗ Đức Vinh không có bước mới từ ngày 05/06/2024, một dòng dài hơn cột của nó nhiều lần, "
                    + "để hàng phải cao hơn cho đủ chỗ ba bốn dòng chữ.");

    @Test
    void theSplicedWorkbookIsPoisPartForPart() throws IOException {
        List<List<Object>> rows = rows(2 * ChunkedRows.CHUNK + 400, new Random(18)); // three chunks
        Map<String, byte[]> spliced = parts(spliced(rows));
        Map<String, byte[]> poi = parts(byPoi(rows));
        assertThat(spliced.keySet()).containsExactlyElementsOf(poi.keySet());
        for (String name : poi.keySet()) {
            if (!name.equals("docProps/core.xml")) { // the time it was made
                assertThat(new String(spliced.get(name), java.nio.charset.StandardCharsets.UTF_8)).as(name)
                        .isEqualTo(new String(poi.get(name), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        assertThat(new String(spliced.get("xl/worksheets/sheet2.xml"), java.nio.charset.StandardCharsets.UTF_8))
                .contains("<dimension ref=\"A1:F" + (Header.FIRST_TABLE_ROW + 2 * ChunkedRows.CHUNK + 402) + "\"/>", "&lt;b&gt;", "xml:space=\"preserve\"", "43133.0");
    }

    @Test
    void aListWithNoRowsIsPoisToo() throws IOException {
        Map<String, byte[]> spliced = parts(spliced(List.of()));
        Map<String, byte[]> poi = parts(byPoi(List.of()));
        assertThat(new String(spliced.get("xl/worksheets/sheet2.xml"), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(new String(poi.get("xl/worksheets/sheet2.xml"), java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void poiReadsTheSplicedWorkbook() throws IOException {
        List<List<Object>> rows = rows(50, new Random(3));
        try (InputStream in = Files.newInputStream(spliced(rows)); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet list = wb.getSheet("Việc cần làm");
            assertThat(list.getLastRowNum()).isEqualTo(Header.FIRST_TABLE_ROW + 51); // and the one of the first day
            assertThat(list.getRow(Header.FIRST_TABLE_ROW + 1).getCell(0).getNumericCellValue()).isEqualTo(1);
            assertThat(wb.getSheet("Tổng hợp").getRow(0).getCell(0).getStringCellValue()).isEqualTo("trang đầu");
        }
    }

    private static List<List<Object>> rows(int count, Random random) {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Object due = switch (random.nextInt(4)) {
                case 0 -> "";
                case 1 -> LocalDate.of(2018, 2, 2).plusDays(random.nextInt(3000));
                case 2 -> LocalDateTime.of(2026, 11, 27, 8, 30).minusMinutes(random.nextInt(100_000));
                default -> null;
            };
            rows.add(java.util.Arrays.asList(i + 1, TEXTS.get(random.nextInt(TEXTS.size())), "Nhắc việc", due,
                    TEXTS.get(random.nextInt(TEXTS.size())), random.nextInt(5) == 0 ? 2.5 : ""));
        }
        rows.add(java.util.Arrays.asList(count + 1, "Ngày đầu", "Sai quy định", LocalDate.of(2018, 2, 2), "a<b>c", ""));
        return Collections.unmodifiableList(rows);
    }

    /** The rows made beside POI and spliced in, in chunks made by two threads at once as the report's to-do list is. */
    private Path spliced(List<List<Object>> rows) throws IOException {
        return workbook("spliced", (wb, styles, list, out) -> {
            int from = ListTable.rows(list, styles, headers(), WIDTHS, List.of());
            ChunkedRows made = new ChunkedRows(from, WIDTHS, PrewrittenRows.Styles.of(styles), rows.size(), rows::get);
            BesideTask<Void> other = BesideTask.start("test-rows", () -> {
                made.work();
                return null;
            });
            made.work();
            other.await();
            List<PrewrittenRows> chunks = made.chunks();
            ListTable.finish(list, WIDTHS.length, chunks.get(chunks.size() - 1).end());
            SplicedWorkbook.write(wb, Map.of(list, chunks), out);
        });
    }

    /** The same rows written by POI through ListTable. */
    private Path byPoi(List<List<Object>> rows) throws IOException {
        return workbook("poi", (wb, styles, list, out) -> {
            ListTable.finish(list, WIDTHS.length, ListTable.rows(list, styles, headers(), WIDTHS, rows));
            wb.write(out);
        });
    }

    /** What fills the list sheet and writes the workbook. */
    @FunctionalInterface
    private interface ListWriting {
        void write(SXSSFWorkbook wb, ReportStyles styles, Sheet list, java.io.OutputStream out) throws IOException;
    }

    /** A workbook of two sheets, the list being the second, as the report's to-do list is one of several. */
    private Path workbook(String name, ListWriting writing) throws IOException {
        Path file = Files.createTempFile(folder, name, ".xlsx");
        SXSSFWorkbook wb = new QuickZipWorkbook(new XSSFWorkbook(), 100);
        try (var out = Files.newOutputStream(file)) {
            ReportStyles styles = new ReportStyles(wb);
            first(wb, styles);
            writing.write(wb, styles, list(wb, styles), out);
        } finally {
            wb.close();
        }
        return file;
    }

    private static void first(SXSSFWorkbook wb, ReportStyles styles) {
        Sheet sheet = wb.createSheet("Tổng hợp");
        Header.put(sheet, 0, 0, 2, "trang đầu", styles.bold);
    }

    private static Sheet list(SXSSFWorkbook wb, ReportStyles styles) {
        Sheet sheet = wb.createSheet("Việc cần làm");
        Header.write(sheet, vn.ptdv.domain.Cell.blank(), LocalDate.of(2026, 11, 27), styles, "VIỆC CẦN LÀM", WIDTHS.length);
        ListTable.printLandscape(sheet);
        return sheet;
    }

    private static List<String> headers() {
        return List.of("STT", "Họ và tên", "Mức độ", "Hạn", "Nội dung", "Xác nhận");
    }

    /** Every part, read through the JDK's zip, which checks each part's CRC and length. */
    private static Map<String, byte[]> parts(Path file) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    byte[] data = in.readAllBytes();
                    CRC32 crc = new CRC32();
                    crc.update(data);
                    assertThat(crc.getValue()).as(entry.getName()).isEqualTo(entry.getCrc());
                    parts.put(entry.getName(), data);
                }
            }
        }
        return parts;
    }
}
