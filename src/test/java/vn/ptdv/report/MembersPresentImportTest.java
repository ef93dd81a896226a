package vn.ptdv.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ptdv.TestData;
import vn.ptdv.domain.Step;
import vn.ptdv.domain.StepCode;
import vn.ptdv.service.Services;

/** The column of official members present at a vote: files without it import as before. */
class MembersPresentImportTest {
    @TempDir
    Path folder;

    private Services services;

    @BeforeEach
    void open() {
        services = TestData.services(folder);
    }

    /** A workbook with the given step columns, one person and one vote of 31 official members, 28 for. */
    private Path workbook(List<String> stepColumns, String present) throws Exception {
        Path file = folder.resolve("nhap.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet people = wb.createSheet(ImportFormat.PEOPLE);
            row(people, 0, ImportFormat.PEOPLE_COLUMNS.toArray(String[]::new));
            Row person = people.createRow(1);
            List<String> columns = ImportFormat.PEOPLE_COLUMNS;
            person.createCell(columns.indexOf("Mã")).setCellValue("1");
            person.createCell(columns.indexOf("Họ và tên")).setCellValue("Vũ Thị Lan");
            person.createCell(columns.indexOf("Giới tính")).setCellValue("Nữ");
            person.createCell(columns.indexOf("Ngày sinh")).setCellValue("02/09/1996");
            Sheet steps = wb.createSheet(ImportFormat.STEPS);
            row(steps, 0, stepColumns.toArray(String[]::new));
            Row vote = steps.createRow(1);
            vote.createCell(stepColumns.indexOf("Mã")).setCellValue("1");
            vote.createCell(stepColumns.indexOf("Bước")).setCellValue("CELL_RESOLUTION");
            vote.createCell(stepColumns.indexOf("Ngày")).setCellValue("15/03/2026");
            vote.createCell(stepColumns.indexOf("Số đảng viên chính thức")).setCellValue(31);
            vote.createCell(stepColumns.indexOf("Số tán thành")).setCellValue(28);
            if (present != null) {
                vote.createCell(stepColumns.indexOf(ImportFormat.MEMBERS_PRESENT)).setCellValue(present);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    private static void row(Sheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }

    private Step importedVote() {
        return services.candidates().listWithSteps().get(0).steps().get(0);
    }

    @Test
    void aFileInTheOldFormatWithoutTheColumnImportsWithNoNumberPresent() throws Exception {
        ImportPreview preview = new ImportService(services).apply(workbook(ImportFormat.STEP_COLUMNS, null));
        assertThat(preview.errors()).isEmpty();
        assertThat(preview.warnings()).isEmpty();
        assertThat(importedVote().code()).isEqualTo(StepCode.CELL_RESOLUTION);
        assertThat(importedVote().officialMembers()).contains(31);
        assertThat(importedVote().votesFor()).contains(28);
        assertThat(importedVote().membersPresent()).isEmpty();
    }

    @Test
    void theTemplateHasTheColumnAtTheEndAndItsNumberIsImported() throws Exception {
        Path template = folder.resolve("mau.xlsx");
        new TemplateWriter().write(template);
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Row header = wb.getSheet(ImportFormat.STEPS).getRow(0);
            assertThat(header.getLastCellNum()).isEqualTo((short) (ImportFormat.STEP_COLUMNS.size() + 1));
            assertThat(header.getCell(ImportFormat.STEP_COLUMNS.size()).getStringCellValue())
                    .isEqualTo("Số đảng viên chính thức có mặt");
        }
        ImportPreview preview = new ImportService(services).apply(workbook(ImportFormat.templateStepColumns(), "30"));
        assertThat(preview.errors()).isEmpty();
        assertThat(importedVote().membersPresent()).contains(30);
    }

    @Test
    void moreVotesThanMembersPresentIsAnErrorInThatColumnAndNothingIsImported() throws Exception {
        ImportPreview preview = new ImportService(services).apply(workbook(ImportFormat.stepColumns(), "27"));
        assertThat(preview.errors()).singleElement().satisfies(p -> {
            assertThat(p.sheet()).isEqualTo(ImportFormat.STEPS);
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.column()).isEqualTo("Số tán thành");
            assertThat(p.message()).contains("(28)", "(27)", "có mặt");
        });
        assertThat(services.candidates().count()).isZero();
    }

    @Test
    void aNumberPresentThatIsNotANumberNamesItsColumn() throws Exception {
        ImportPreview preview = new ImportService(services).apply(workbook(ImportFormat.stepColumns(), "ba mươi"));
        assertThat(preview.errors()).singleElement()
                .satisfies(p -> assertThat(p.column()).isEqualTo("Số đảng viên chính thức có mặt"));
        assertThat(services.candidates().count()).isZero();
    }
}
