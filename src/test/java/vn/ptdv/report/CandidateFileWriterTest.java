package vn.ptdv.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ptdv.TestData;
import vn.ptdv.service.CandidateWithSteps;
import vn.ptdv.service.Services;

/** A candidate's whole file, read back from the workbook. */
class CandidateFileWriterTest {
    @TempDir
    Path folder;

    private Services services;

    @BeforeEach
    void open() {
        services = TestData.services(folder);
        services.demo().fill();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private static List<String> texts(Sheet sheet) {
        DataFormatter f = new DataFormatter();
        List<String> all = new ArrayList<>();
        for (Row row : sheet) {
            row.forEach(c -> all.add(f.formatCellValue(c)));
        }
        return all;
    }

    @Test
    void theDetailsAndEveryStepWithItsPeopleAreInTheWorkbook() throws Exception {
        CandidateWithSteps vinh = services.candidates().listWithSteps().stream()
                .filter(x -> x.candidate().fullName().equals("Đỗ Anh Vinh")).findFirst().orElseThrow();
        Path file = folder.resolve("ho-so.xlsx");
        new ReportService(services).exportCandidate(vinh.candidate().id(), TestData.TODAY, file);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Thông tin");
            assertThat(texts(wb.getSheetAt(0))).contains("HỒ SƠ QUẦN CHÚNG ĐỖ ANH VINH", "Số CCCD", "010092001359",
                    "Ngày sinh");
            List<String> steps = texts(wb.getSheet("Các bước"));
            assertThat(steps).contains("Quyết định kết nạp đảng viên (mẫu 9-KNĐ)");
            assertThat(steps).anyMatch(t -> t.startsWith("Giới thiệu") || t.contains(":"));
            // One row per step under the header row.
            long stepRows = vinh.steps().size();
            assertThat(wb.getSheet("Các bước").getLastRowNum() - Header.FIRST_TABLE_ROW).isEqualTo((int) stepRows);
        }
    }

    @Test
    void theJournalIsInTheWorkbookWithTheNextReviewAndTextStaysText() throws Exception {
        CandidateWithSteps khanh = services.candidates().listWithSteps().stream()
                .filter(x -> x.candidate().fullName().equals("Nguyễn Văn Khánh")).findFirst().orElseThrow();
        Path file = folder.resolve("khanh.xlsx");
        new ReportService(services).exportCandidate(khanh.candidate().id(), TestData.TODAY, file);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            List<String> journal = texts(wb.getSheet("Bồi dưỡng"));
            assertThat(journal).contains("Lần nhận xét tới: chậm nhất ngày 14/12/2026");
            assertThat(journal).anyMatch(t -> t.contains("Chưa đủ điều kiện đề nghị kết nạp"));
            assertThat(journal).contains("12/09/2026");
            // The checklist: every document with its status, derived from the steps.
            List<String> documents = texts(wb.getSheet("Giấy tờ"));
            assertThat(documents).contains("Có", "Còn thiếu");
            assertThat(wb.getSheet("Giấy tờ").getLastRowNum() - Header.FIRST_TABLE_ROW).isEqualTo(12);
        }
        // What a person typed is written as text, never as a formula.
        Path other = folder.resolve("x.xlsx");
        new CandidateFileWriter(vn.ptdv.i18n.Messages.current()).write(khanh.candidate(), khanh.steps(), "",
                new vn.ptdv.domain.Cell("C", "", "", "", 1), TestData.TODAY,
                List.of(new CandidateFileWriter.ExtraSheet("Thêm", "Trang thêm", "", List.of("A", "B"), new int[] {10, 10},
                        List.of(List.of("=1+1", 2)))), other);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(other))) {
            Row first = wb.getSheet("Thêm").getRow(Header.FIRST_TABLE_ROW + 1);
            assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("=1+1");
        }
    }
}
