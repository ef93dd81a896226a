package vn.ptdv.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.ptdv.domain.Candidate;
import vn.ptdv.domain.DisplayDates;
import vn.ptdv.domain.Step;
import vn.ptdv.i18n.Messages;
import vn.ptdv.persistence.AtomicFile;

/**
 * One candidate's whole file in one workbook, for the committee's meeting: the personal details, the
 * steps with their documents and people, and the further sheets the caller adds (the journal, the
 * checklist), each under the administrative header.
 */
public final class CandidateFileWriter {
    /**
     * A further sheet: its name, title, a line under the title (empty for none), column headers and
     * widths, and rows.
     */
    public record ExtraSheet(String name, String title, String subtitle, List<String> headers, int[] widths,
                             List<List<Object>> rows) {
    }

    private final Messages m;

    public CandidateFileWriter(Messages messages) {
        this.m = messages;
    }

    public void write(Candidate candidate, List<Step> steps, String sourceName, vn.ptdv.domain.Cell cell,
                      LocalDate today, List<ExtraSheet> extra, Path file) throws IOException {
        AtomicFile.write(file, out -> {
            try (XSSFWorkbook wb = new XSSFWorkbook()) {
                ReportStyles s = new ReportStyles(wb);
                Locale vi = Locale.forLanguageTag("vi");
                Sheet profile = wb.createSheet(m.get("fileExport.sheet.profile"));
                Header.write(profile, cell, today, s,
                        m.get("fileExport.title", candidate.fullName()).toUpperCase(vi), 4);
                // Two pairs of columns side by side: the details fit one portrait page.
                ListTable.write(profile, s, List.of(m.get("fileExport.col.field"), m.get("fileExport.col.value"),
                        m.get("fileExport.col.field"), m.get("fileExport.col.value")),
                        new int[] {20, 30, 20, 30}, sideBySide(profileRows(candidate, sourceName)));
                ListTable.printPortrait(profile);

                Sheet stepSheet = wb.createSheet(m.get("fileExport.sheet.steps"));
                Header.write(stepSheet, cell, today, s,
                        m.get("fileExport.stepsTitle", candidate.fullName()).toUpperCase(vi), 8);
                ListTable.write(stepSheet, s, List.of(m.get("report.col.no"), m.get("fileExport.col.step"),
                        m.get("step.field.date"), m.get("step.field.documentNumber"), m.get("step.field.issuingBody"),
                        m.get("fileExport.col.people"), m.get("fileExport.col.votes"), m.get("step.field.note")),
                        new int[] {6, 30, 13, 16, 24, 30, 14, 30}, stepRows(steps));
                ListTable.printLandscape(stepSheet);

                for (ExtraSheet x : extra) {
                    Sheet sheet = wb.createSheet(x.name());
                    Header.write(sheet, cell, today, s, x.title().toUpperCase(vi), x.headers().size(),
                            leftBlock(x.widths()));
                    if (!x.subtitle().isEmpty()) {
                        Header.put(sheet, Header.FIRST_TABLE_ROW - 1, 0, x.headers().size() - 1, x.subtitle(),
                                s.italicCentre);
                    }
                    ListTable.write(sheet, s, x.headers(), x.widths(), x.rows());
                    ListTable.printLandscape(sheet);
                }
                wb.write(out);
            }
        });
    }

    private List<List<Object>> profileRows(Candidate c, String sourceName) {
        List<List<Object>> rows = new ArrayList<>();
        add(rows, "fullName", c.fullName());
        add(rows, "birthName", c.birthName());
        add(rows, "alias", c.alias());
        add(rows, "gender", m.get("gender." + c.gender().name()));
        rows.add(List.of(m.get("candidate.field.birthDate"), c.birthDate()));
        add(rows, "birthPlace", c.birthPlace());
        add(rows, "homeTown", c.homeTown());
        add(rows, "permanentResidence", c.permanentResidence());
        add(rows, "temporaryResidence", c.temporaryResidence());
        add(rows, "ethnicity", c.ethnicity());
        add(rows, "religion", c.religion());
        add(rows, "citizenId", c.citizenId());
        add(rows, "phone", c.phone());
        add(rows, "occupation", c.occupation());
        add(rows, "workplace", c.workplace());
        add(rows, "education", c.education());
        add(rows, "professionalQualification", c.professionalQualification());
        add(rows, "politicalTheory", c.politicalTheory());
        add(rows, "youthUnionMember", m.get(c.youthUnionMember() ? "fileExport.yes" : "fileExport.no"));
        c.youthUnionSince().ifPresent(d -> rows.add(List.of(m.get("candidate.field.youthUnionSince"), d)));
        add(rows, "massAssociations", c.massAssociations());
        add(rows, "source", sourceName);
        add(rows, "notes", c.notes());
        return rows;
    }

    /**
     * As many columns as the cell's name needs on the left of the header (about thirty characters),
     * leaving at least two for the Party's name and the date on the right.
     */
    private static int leftBlock(int[] widths) {
        int columns = 0;
        int width = 0;
        while (columns < widths.length - 2 && width < 30) {
            width += widths[columns++];
        }
        return Math.max(1, columns);
    }

    /** The first half of the rows on the left, the second half on the right. */
    private static List<List<Object>> sideBySide(List<List<Object>> rows) {
        int half = (rows.size() + 1) / 2;
        List<List<Object>> paired = new ArrayList<>();
        for (int i = 0; i < half; i++) {
            List<Object> row = new ArrayList<>(rows.get(i));
            row.addAll(i + half < rows.size() ? rows.get(i + half) : List.of("", ""));
            paired.add(row);
        }
        return paired;
    }

    private void add(List<List<Object>> rows, String field, String value) {
        rows.add(List.of(m.get("candidate.field." + field), value));
    }

    private List<List<Object>> stepRows(List<Step> steps) {
        List<List<Object>> rows = new ArrayList<>();
        int n = 1;
        for (Step st : steps) {
            String people = st.people().stream()
                    .map(p -> m.get("person.role." + p.role().name() + ".short") + ": " + p.name()
                            + p.knownSince().map(d -> " (" + m.get("fileExport.knownSince", DisplayDates.format(d)) + ")").orElse(""))
                    .collect(Collectors.joining("\n"));
            String votes = st.votesFor().map(v -> st.officialMembers().map(o -> v + "/" + o).orElse(v.toString()))
                    .orElse("");
            if (st.membersPresent().isPresent()) {
                votes = m.get("fileExport.votesPresent", votes, st.membersPresent().get()).strip();
            }
            String note = st.result().isEmpty() ? st.note() : st.note().isEmpty() ? st.result() : st.result() + "\n" + st.note();
            rows.add(List.of(n++, m.get("step." + st.code().name()), st.date(), st.documentNumber(), st.issuingBody(),
                    people, votes, note));
        }
        return rows;
    }
}
