package vn.ptdv.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ptdv.TestData;
import vn.ptdv.service.Services;

/** The 2026 report of the sample cell, read back with POI. */
class ReportWriterTest {
    @TempDir
    Path folder;

    private XSSFWorkbook wb;

    @BeforeEach
    void write() throws Exception {
        Services services = TestData.services(folder);
        services.demo().fill();
        Path file = folder.resolve("bao-cao-2026.xlsx");
        new ReportService(services).write(2026, LocalDate.of(2026, 12, 15), file);
        try (InputStream in = Files.newInputStream(file)) {
            wb = new XSSFWorkbook(in);
        }
    }

    private static String text(Sheet sheet, int row, int col) {
        Row r = sheet.getRow(row);
        Cell c = r == null ? null : r.getCell(col);
        return c == null ? "" : new DataFormatter().formatCellValue(c);
    }

    private static List<String> column(Sheet sheet, int col) {
        List<String> values = new ArrayList<>();
        for (int r = Header.FIRST_TABLE_ROW + 1; r <= sheet.getLastRowNum(); r++) {
            values.add(text(sheet, r, col));
        }
        return values;
    }

    @Test
    void theSheetsAreThoseTheCommitteeAboveExpects() {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        assertThat(names).containsExactly("Tổng hợp", "Bồi dưỡng", "Kết nạp", "Dự bị - Chính thức", "Việc cần làm");
    }

    @Test
    void everySheetHasTheAdministrativeHeaderInTimesNewRoman() {
        for (Sheet sheet : wb) {
            assertThat(text(sheet, 0, 0)).isEqualTo("ĐẢNG BỘ XÃ PHỐ LU");
            assertThat(text(sheet, 1, 0)).isEqualTo("CHI BỘ TỔ DÂN PHỐ SỐ 5");
            // The right half starts in the middle of each sheet's own table.
            int right = 0;
            while (right < 20 && !"ĐẢNG CỘNG SẢN VIỆT NAM".equals(text(sheet, 0, right))) {
                right++;
            }
            assertThat(right).isBetween(1, 19);
            assertThat(text(sheet, 1, right)).isEqualTo("Phố Lu, ngày 15 tháng 12 năm 2026");
            Cell party = sheet.getRow(0).getCell(right);
            assertThat(party.getStringCellValue()).isEqualTo("ĐẢNG CỘNG SẢN VIỆT NAM");
            assertThat(wb.getFontAt(party.getCellStyle().getFontIndex()).getUnderline()).isEqualTo((byte) 1);
            String title = text(sheet, 4, 0);
            assertThat(title).isEqualTo(title.toUpperCase(java.util.Locale.forLanguageTag("vi")));
            assertThat(wb.getFontAt(sheet.getRow(4).getCell(0).getCellStyle().getFontIndex()).getFontName())
                    .isEqualTo("Times New Roman");
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo((short) 9); // A4
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
        }
    }

    @Test
    void theSummaryCountsMatchStatsWithFormulasAndTheSignature() {
        Sheet summary = wb.getSheet("Tổng hợp");
        FormulaEvaluator eval = wb.getCreationHelper().createFormulaEvaluator();
        int first = Header.FIRST_TABLE_ROW + 2;
        assertThat(summary.getRow(first).getCell(3).getNumericCellValue()).isEqualTo(3);      // cultivated
        assertThat(summary.getRow(first + 1).getCell(3).getNumericCellValue()).isEqualTo(3);  // admitted
        assertThat(summary.getRow(first + 2).getCell(3).getNumericCellValue()).isEqualTo(1);  // recognised
        assertThat(summary.getRow(first + 1).getCell(5).getNumericCellValue()).isEqualTo(0);  // admitted 2025
        Cell rate = summary.getRow(first + 1).getCell(4);
        assertThat(rate.getCellType()).isEqualTo(CellType.FORMULA);
        assertThat(eval.evaluate(rate).getNumberValue()).isEqualTo(3.0);
        assertThat(new DataFormatter().formatCellValue(rate, eval)).isEqualTo("300%");
        // The values written with the formulas, which LibreOffice and Excel's Protected View show as they are.
        assertThat(rate.getNumericCellValue()).isEqualTo(3.0);
        Cell change = summary.getRow(first).getCell(6);
        assertThat(change.getCellType()).isEqualTo(CellType.FORMULA);
        assertThat(change.getNumericCellValue()).isEqualTo(eval.evaluate(change).getNumberValue());
        assertThat(summary.getRow(first + 1).getCell(6).getNumericCellValue()).isEqualTo(3.0);
        List<String> all = new ArrayList<>();
        for (Row r : summary) {
            r.forEach(c -> all.add(new DataFormatter().formatCellValue(c)));
        }
        assertThat(all).contains("T/M CHI ỦY", "BÍ THƯ", "Nguyễn Văn Hùng", "Nữ", "Nam", "18–30", "31–40", "41–50",
                "Trên 50", "Kinh", "Dân tộc thiểu số");
    }

    @Test
    void theListsNameThePeopleWithRealDateCells() {
        Sheet admitted = wb.getSheet("Kết nạp");
        assertThat(column(admitted, 1)).containsExactly("Phạm Thị Hồng Nhung", "Nguyễn Thị Thảo", "Đỗ Anh Vinh");
        Cell decision = admitted.getRow(Header.FIRST_TABLE_ROW + 3).getCell(5);
        assertThat(decision.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(decision.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 9, 8));
        assertThat(new DataFormatter().formatCellValue(decision)).isEqualTo("08/09/2026");
        assertThat(column(admitted, 4)).contains("402-QĐ/ĐU");
        assertThat(admitted.getPaneInformation().isFreezePane()).isTrue();
        assertThat(admitted.getRepeatingRows()).isNotNull();

        assertThat(column(wb.getSheet("Bồi dưỡng"), 1)).containsExactly("Nguyễn Văn Khánh", "Bùi Thị Lan", "Vũ Minh Tuấn");
        // Each person's last helper review and the helper's overall opinion, from the journal.
        assertThat(text(wb.getSheet("Bồi dưỡng"), Header.FIRST_TABLE_ROW, 13)).isEqualTo("Nhận xét gần nhất");
        assertThat(text(wb.getSheet("Bồi dưỡng"), Header.FIRST_TABLE_ROW + 1, 13)).isEqualTo("12/09/2026");
        assertThat(text(wb.getSheet("Bồi dưỡng"), Header.FIRST_TABLE_ROW + 1, 14))
                .startsWith("Chưa đủ điều kiện đề nghị kết nạp");
        assertThat(column(wb.getSheet("Dự bị - Chính thức"), 1))
                .containsExactly("Lê Văn Hoàng", "Phạm Thị Hồng Nhung", "Nguyễn Thị Thảo");
        assertThat(column(wb.getSheet("Việc cần làm"), 1)).contains("Đỗ Anh Vinh");
        Sheet probation = wb.getSheet("Dự bị - Chính thức");
        for (int c = 0; c < 7; c++) {
            assertThat(text(probation, Header.FIRST_TABLE_ROW, c)).doesNotContain("{");
        }
        assertThat(column(probation, 6)).contains("Đã công nhận chính thức ngày 10/02/2026", "Chưa xét");
    }

    @Test
    void theFileIsWrittenWholeOrNotAtAll() throws Exception {
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }
}
