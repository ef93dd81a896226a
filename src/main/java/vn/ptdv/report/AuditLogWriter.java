package vn.ptdv.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.ptdv.domain.Cell;
import vn.ptdv.domain.DisplayDates;
import vn.ptdv.domain.audit.AuditQuery;
import vn.ptdv.i18n.Messages;
import vn.ptdv.persistence.AtomicFile;
import vn.ptdv.service.AuditLine;

/** The audit trail as filtered on the screen, to an .xlsx file under the administrative header. */
public final class AuditLogWriter {
    private final Messages m;

    public AuditLogWriter(Messages messages) {
        this.m = messages;
    }

    /** Writes the entries, under a line saying which part of the trail they are (days, kind, text). */
    public void write(List<AuditLine> lines, AuditQuery query, Cell cell, LocalDate today, Path file)
            throws IOException {
        String period = filterText(query);
        AtomicFile.write(file, out -> {
            try (XSSFWorkbook wb = new XSSFWorkbook()) {
                ReportStyles s = new ReportStyles(wb);
                Sheet sheet = wb.createSheet(m.get("audit.export.sheet"));
                Header.write(sheet, cell, today, s, m.get("audit.title").toUpperCase(Locale.forLanguageTag("vi")), 7);
                Header.put(sheet, 5, 0, 6, period, s.italicCentre);
                List<String> heads = List.of(m.get("report.col.no"), m.get("audit.column.at"), m.get("audit.col.user"),
                        m.get("audit.col.computer"), m.get("audit.column.candidate"), m.get("audit.column.what"),
                        m.get("audit.column.changes"));
                List<List<Object>> rows = new ArrayList<>();
                int n = 1;
                for (AuditLine line : lines) {
                    rows.add(List.of(n++, line.at().withNano(0), line.user(), line.computer(), line.candidateName(),
                            line.what(), line.changesText()));
                }
                ListTable.write(sheet, s, heads, new int[] {6, 17, 14, 14, 22, 34, 60}, rows);
                ListTable.printLandscape(sheet);
                wb.write(out);
            }
        });
    }

    /** "Từ ngày 01/01/2026 · Đến ngày 31/12/2026 · Loại: Các bước của hồ sơ", or "Toàn bộ nhật ký". */
    String filterText(AuditQuery query) {
        List<String> parts = new ArrayList<>();
        query.from().ifPresent(d -> parts.add(m.get("audit.export.from", DisplayDates.format(d))));
        query.to().ifPresent(d -> parts.add(m.get("audit.export.to", DisplayDates.format(d))));
        query.kind().ifPresent(k -> parts.add(m.get("audit.export.kind", m.get("audit.kind." + k.name()))));
        if (!query.text().isEmpty()) {
            parts.add(m.get("audit.export.text", query.text()));
        }
        return parts.isEmpty() ? m.get("audit.export.all") : String.join(" · ", parts);
    }
}
