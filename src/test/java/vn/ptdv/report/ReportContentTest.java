package vn.ptdv.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ptdv.TestData;
import vn.ptdv.bench.BenchDataGenerator;
import vn.ptdv.service.Services;

/**
 * The yearly report of a generated cell of 200 candidates, cell by cell, against the workbook the report
 * wrote before it was made quicker (December 2026, issue 18): making it quicker must not change what it
 * holds. The expected text is {@code report/bao-cao-200.txt}; on a difference the workbook's text is
 * written to {@code target/bao-cao-200.actual.txt} to be compared with it.
 */
class ReportContentTest {
    @TempDir
    Path folder;

    @Test
    void theReportOfAGeneratedCellHoldsExactlyWhatItHeldBeforeItWasMadeQuicker() throws Exception {
        LocalDate today = LocalDate.of(2026, 11, 27);
        Path file = folder.resolve("bao-cao.xlsx");
        try (Services services = TestData.services(folder)) {
            new BenchDataGenerator(services.candidates()).generate(200, 7L, today);
            new ReportService(services).write(2026, today, file);
        }
        List<String> actual;
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            actual = WorkbookDump.of(wb);
        }
        List<String> expected;
        try (InputStream in = ReportContentTest.class.getResourceAsStream("/report/bao-cao-200.txt")) {
            expected = in == null ? List.of() : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        if (!actual.equals(expected)) {
            Files.createDirectories(Path.of("target"));
            Files.write(Path.of("target", "bao-cao-200.actual.txt"), actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).hasSizeGreaterThan(1000).containsExactlyElementsOf(expected);
    }
}
