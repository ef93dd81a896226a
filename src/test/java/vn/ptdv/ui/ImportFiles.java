package vn.ptdv.ui;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.ptdv.report.ImportFormat;
import vn.ptdv.report.TemplateWriter;

/** Workbooks in the import template's layout, filled as a cell would fill them. */
final class ImportFiles {
    private ImportFiles() {
    }

    /** The template with one row per person: name, gender ("Nam"/"Nữ") and birth date as typed (may be empty). */
    static Path people(Path file, String[]... rows) throws Exception {
        Path template = file.resolveSibling("template-" + file.getFileName());
        new TemplateWriter().write(template);
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheet(ImportFormat.PEOPLE);
            int r = 1;
            for (String[] person : rows) {
                Row row = sheet.createRow(r);
                row.createCell(ImportFormat.PEOPLE_COLUMNS.indexOf(ImportFormat.CODE)).setCellValue(String.valueOf(r));
                row.createCell(ImportFormat.PEOPLE_COLUMNS.indexOf("Họ và tên")).setCellValue(person[0]);
                row.createCell(ImportFormat.PEOPLE_COLUMNS.indexOf("Giới tính")).setCellValue(person[1]);
                row.createCell(ImportFormat.PEOPLE_COLUMNS.indexOf("Ngày sinh")).setCellValue(person[2]);
                r++;
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        Files.delete(template);
        return file;
    }
}
