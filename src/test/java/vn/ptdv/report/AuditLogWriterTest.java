package vn.ptdv.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ptdv.TestData;
import vn.ptdv.domain.Cell;
import vn.ptdv.domain.audit.AuditKind;
import vn.ptdv.domain.audit.AuditQuery;
import vn.ptdv.service.AuditIdentity;
import vn.ptdv.service.PhotoUpdate;
import vn.ptdv.service.Services;

class AuditLogWriterTest {
    @TempDir
    Path folder;

    @Test
    void theTrailIsWrittenAsTextUnderTheHeaderAndAFormulaTypedBySomeoneStaysText() throws Exception {
        Services services = TestData.services(folder);
        services.audit().identify(new AuditIdentity("=cmd|' /C calc'!A0", "VP-01"));
        services.cell().saveCell(new Cell("Chi bộ Tổ dân phố số 5", "Đảng bộ xã Phố Lu", "Phố Lu", "Lê Văn Bí", 25));
        services.candidates().save(TestData.candidate("=1+1").build(), PhotoUpdate.keep());
        Path file = folder.resolve("nhat-ky.xlsx");

        int written = new ReportService(services).exportAudit(
                AuditQuery.all().withKind(Optional.of(AuditKind.CANDIDATE)), TestData.TODAY, file);

        assertThat(written).isEqualTo(1);
        assertThat(Files.isRegularFile(file)).isTrue();
        try (var in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheet("Nhật ký");
            assertThat(sheet).isNotNull();
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("CHI BỘ TỔ DÂN PHỐ SỐ 5");
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("NHẬT KÝ THAY ĐỔI DỮ LIỆU");
            assertThat(sheet.getRow(5).getCell(0).getStringCellValue()).isEqualTo("Loại: Hồ sơ quần chúng");
            Row head = sheet.getRow(Header.FIRST_TABLE_ROW);
            assertThat(head.getCell(1).getStringCellValue()).isEqualTo("Thời gian");
            assertThat(head.getCell(6).getStringCellValue()).isEqualTo("Thay đổi");
            Row row = sheet.getRow(Header.FIRST_TABLE_ROW + 1);
            assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(1);
            assertThat(DateUtil.isCellDateFormatted(row.getCell(1))).isTrue();
            assertThat(row.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy hh:mm");
            for (int i = 2; i <= 6; i++) {
                assertThat(row.getCell(i).getCellType()).as("column " + i).isEqualTo(CellType.STRING);
            }
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo("=cmd|' /C calc'!A0");
            assertThat(row.getCell(4).getStringCellValue()).isEqualTo("=1+1");
            assertThat(row.getCell(5).getStringCellValue()).isEqualTo("Thêm quần chúng");
            assertThat(row.getCell(6).getStringCellValue()).contains("Họ và tên (theo CCCD): =1+1\n");
            assertThat(sheet.getRow(Header.FIRST_TABLE_ROW + 2)).isNull();
        }
    }
}
