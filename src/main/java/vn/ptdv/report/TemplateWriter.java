package vn.ptdv.report;

import vn.ptdv.persistence.AtomicFile;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.ptdv.domain.StepCode;
import vn.ptdv.i18n.Messages;

/** The empty import workbook, with the instructions on a third sheet. */
public final class TemplateWriter {
    public void write(Path file) throws IOException {
        Messages m = Messages.current();
        AtomicFile.write(file, out -> {
            try (XSSFWorkbook wb = new XSSFWorkbook()) {
                ReportStyles s = new ReportStyles(wb);
                ImportFormatWriter.header(wb, ImportFormat.PEOPLE, ImportFormat.PEOPLE_COLUMNS, s);
                ImportFormatWriter.header(wb, ImportFormat.STEPS, ImportFormat.templateStepColumns(), s);
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
                    // The number and name first, as the window shows the step; the code after it (any of the
                    // three goes in "Bước"). The two closing steps have no number.
                    c.setCellValue(code.order() > 0
                            ? m.get("template.guide.step", m.get("step." + code.name()), code.name(), code.order())
                            : m.get("template.guide.closingStep", m.get("step." + code.name()), code.name()));
                    c.setCellStyle(s.normal);
                }
                wb.write(out);
            }
        });
    }
}
