package vn.ptdv.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.ptdv.domain.CandidateSummary;
import vn.ptdv.i18n.Messages;
import vn.ptdv.service.CandidateWithSteps;

/** The candidate list as the screen shows it (after search and filter), to an .xlsx file. */
public final class CandidateListWriter {
    private final Messages m = Messages.current();

    /**
     * Writes the printable list, and the same people with their steps in the import format (sheets
     * "Quần chúng" and "Các bước"), so the file can be imported elsewhere and give the same data.
     */
    public void write(List<CandidateSummary> rows, List<CandidateWithSteps> files, java.util.Map<Long, String> sources,
                      vn.ptdv.domain.Cell cell, LocalDate today, Path file) throws IOException {
        AtomicFile.write(file, out -> {
            try (XSSFWorkbook wb = new XSSFWorkbook()) {
                ReportStyles s = new ReportStyles(wb);
                Sheet sheet = wb.createSheet(m.get("export.sheet"));
                Header.write(sheet, cell, today, s, m.get("export.title").toUpperCase(Locale.forLanguageTag("vi")), 10);
                String[] heads = {m.get("report.col.no"), m.get("candidates.column.name"), m.get("candidates.column.birthDate"),
                    m.get("candidates.column.gender"), m.get("report.col.citizenId"), m.get("candidates.column.source"),
                    m.get("candidates.column.currentStep"), m.get("candidates.column.stepDate"),
                    m.get("candidates.column.helper"), m.get("candidates.column.status")};
                int[] widths = {6, 26, 13, 9, 16, 26, 28, 13, 26, 22};
                int first = Header.FIRST_TABLE_ROW;
                Row head = sheet.createRow(first);
                head.setHeightInPoints(36);
                for (int i = 0; i < heads.length; i++) {
                    Cell c = head.createCell(i);
                    c.setCellValue(heads[i]);
                    c.setCellStyle(s.header);
                    sheet.setColumnWidth(i, widths[i] * 256);
                }
                int r = first + 1;
                for (CandidateSummary x : rows) {
                    Row row = sheet.createRow(r);
                    number(row, 0, r - first, s);
                    text(row, 1, x.fullName(), s);
                    date(row, 2, x.birthDate(), s);
                    text(row, 3, m.get("gender." + x.gender().name()), s);
                    text(row, 4, x.citizenId(), s);
                    text(row, 5, x.sourceCategory(), s);
                    text(row, 6, x.currentStep().map(st -> m.get("step." + st.code().name())).orElse(""), s);
                    if (x.currentStep().isPresent()) {
                        date(row, 7, x.currentStep().get().date(), s);
                    } else {
                        text(row, 7, "", s);
                    }
                    text(row, 8, x.helpers(), s);
                    text(row, 9, m.get("status." + x.status().name()), s);
                    r++;
                }
                sheet.createFreezePane(0, first + 1);
                sheet.setRepeatingRows(new CellRangeAddress(first, first, -1, -1));
                if (!rows.isEmpty()) {
                    sheet.setAutoFilter(new CellRangeAddress(first, r - 1, 0, heads.length - 1));
                }
                PrintSetup print = sheet.getPrintSetup();
                print.setPaperSize(PrintSetup.A4_PAPERSIZE);
                print.setLandscape(true);
                print.setFitWidth((short) 1);
                print.setFitHeight((short) 0);
                sheet.setFitToPage(true);
                ImportFormatWriter.write(wb, s, files, sources);
                wb.write(out);
            }
        });
    }

    private static void text(Row row, int col, String value, ReportStyles s) {
        Cell c = row.createCell(col);
        c.setCellValue(value);
        c.setCellStyle(s.cell);
    }

    private static void number(Row row, int col, int value, ReportStyles s) {
        Cell c = row.createCell(col);
        c.setCellValue(value);
        c.setCellStyle(s.number);
    }

    private static void date(Row row, int col, LocalDate value, ReportStyles s) {
        Cell c = row.createCell(col);
        c.setCellValue(value);
        c.setCellStyle(s.date);
    }
}
