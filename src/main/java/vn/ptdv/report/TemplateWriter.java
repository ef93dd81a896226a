package vn.ptdv.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.ptdv.domain.StepCode;
import vn.ptdv.i18n.Messages;

/** The empty import workbook, with the instructions on a third sheet. */
public final class TemplateWriter {
    public void write(Path file) throws IOException {
        Messages m = Messages.current();
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempFile(parent, ".ptdv-", ".xlsx.part");
        try {
            try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(temp)) {
                ReportStyles s = new ReportStyles(wb);
                header(wb.createSheet(ImportFormat.PEOPLE), ImportFormat.PEOPLE_COLUMNS, s);
                header(wb.createSheet(ImportFormat.STEPS), ImportFormat.STEP_COLUMNS, s);
                Sheet guide = wb.createSheet(ImportFormat.GUIDE);
                guide.setColumnWidth(0, 120 * 256);
                int r = 0;
                for (String line : m.get("template.guide").split("\n")) {
                    Cell c = guide.createRow(r++).createCell(0);
                    c.setCellValue(line);
                    c.setCellStyle(s.normal);
                }
                r++;
                for (StepCode code : StepCode.values()) {
                    Cell c = guide.createRow(r++).createCell(0);
                    c.setCellValue(code.name() + " — " + m.get("step." + code.name()));
                    c.setCellStyle(s.normal);
                }
                wb.write(out);
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void header(Sheet sheet, List<String> columns, ReportStyles s) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            Cell c = row.createCell(i);
            c.setCellValue(columns.get(i));
            c.setCellStyle(s.header);
            sheet.setColumnWidth(i, Math.max(12, columns.get(i).length() + 4) * 256);
        }
        sheet.createFreezePane(0, 1);
    }
}
