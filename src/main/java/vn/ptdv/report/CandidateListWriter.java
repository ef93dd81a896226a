package vn.ptdv.report;

import vn.ptdv.persistence.AtomicFile;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
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
                List<String> heads = List.of(m.get("report.col.no"), m.get("candidates.column.name"),
                        m.get("candidates.column.birthDate"), m.get("candidates.column.gender"),
                        m.get("report.col.citizenId"), m.get("candidates.column.source"),
                        m.get("candidates.column.currentStep"), m.get("candidates.column.stepDate"),
                        m.get("candidates.column.helper"), m.get("candidates.column.status"));
                List<List<Object>> table = new ArrayList<>();
                int n = 1;
                for (CandidateSummary x : rows) {
                    table.add(List.of(n++, x.fullName(), x.birthDate(), m.get("gender." + x.gender().name()),
                            x.citizenId(), x.sourceCategory(),
                            x.currentStep().map(st -> m.get("step." + st.code().name())).orElse(""),
                            x.currentStep().map(st -> (Object) st.date()).orElse(""), x.helpers(),
                            m.get("status." + x.status().name())));
                }
                ListTable.write(sheet, s, heads, new int[] {6, 26, 13, 9, 16, 26, 28, 13, 26, 22}, table);
                ListTable.printLandscape(sheet);
                ImportFormatWriter.write(wb, s, files, sources);
                wb.write(out);
            }
        });
    }
}
