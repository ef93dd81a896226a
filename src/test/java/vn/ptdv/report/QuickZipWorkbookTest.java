package vn.ptdv.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quick workbook writes the same sheet XML as POI's own, whatever the text holds. */
class QuickZipWorkbookTest {
    @TempDir
    Path folder;

    /** Texts a committee types or pastes, and those POI escapes or replaces. */
    private static final List<String> TEXTS = List.of("Nguyễn Thị Hồng Nhung", "", " lề trái", "lề phải ",
            "a<b>c", "Đội & Hội", "\"trích\"", "dòng\nmới", "về\r\ndòng", "cột\tbên", "cách\u00A0cứng",
            "điều khiển\u0001\u001F", "phi ký tự\uFFFE\uFFFF", "ngoài BMP 😀𝔸", "nửa cặp \uD800 và \uDC00",
            "'nháy đơn' ; = + - @", "\u0130\u00DF\u2028\u2029\u200B");

    @Test
    void everyTextIsWrittenCharacterForCharacterAsPoiWritesIt() throws IOException {
        assertThat(sheetXml(new QuickZipWorkbook(new XSSFWorkbook(), 100)))
                .contains("Nguyễn Thị Hồng Nhung", "&lt;b&gt;", "&amp;", "&#xa;", "?")
                .isEqualTo(sheetXml(new SXSSFWorkbook(new XSSFWorkbook(), 100)));
    }

    @Test
    void onlyTheCharactersPoiChangesCountAsNeedingEscaping() {
        assertThat(QuickZipWorkbook.needsEscaping("Nguyễn Thị Hồng Nhung 😀 'a' ; = + - @")).isFalse();
        for (String special : List.of("<", ">", "&", "\"", "\n", "\r", "\t", "\u00A0", "\u0000", "\u001F",
                "\uFFFE", "\uFFFF")) {
            assertThat(QuickZipWorkbook.needsEscaping("ab" + special + "cd")).as("%04x", (int) special.charAt(0))
                    .isTrue();
        }
    }

    private String sheetXml(SXSSFWorkbook wb) throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (wb) {
            Sheet sheet = wb.createSheet("Việc cần làm");
            for (int r = 0; r < TEXTS.size(); r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(TEXTS.get(r));
                row.createCell(1).setCellValue(r);
            }
            wb.write(zipped);
        }
        Path file = Files.createTempFile(folder, "sheet", ".xlsx");
        Files.write(file, zipped.toByteArray());
        try (ZipFile zip = new ZipFile(file.toFile()); InputStream in = zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
