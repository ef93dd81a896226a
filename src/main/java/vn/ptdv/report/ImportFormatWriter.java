package vn.ptdv.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.ptdv.domain.Candidate;
import vn.ptdv.domain.DisplayDates;
import vn.ptdv.domain.Step;
import vn.ptdv.domain.StepPerson;
import vn.ptdv.service.CandidateWithSteps;

/**
 * Writes people and their steps in the import format, so that an exported list can be imported into
 * another database (or again into this one) and give the same people and steps.
 */
final class ImportFormatWriter {
    private ImportFormatWriter() {
    }

    static void write(XSSFWorkbook wb, ReportStyles s, List<CandidateWithSteps> files, Map<Long, String> sources) {
        CellStyle date = wb.createCellStyle();
        date.cloneStyleFrom(s.normal);
        date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
        Sheet people = header(wb, ImportFormat.PEOPLE, ImportFormat.peopleColumns(), s);
        Sheet steps = header(wb, ImportFormat.STEPS, ImportFormat.stepColumns(), s);
        int personRow = 1;
        int stepRow = 1;
        for (int i = 0; i < files.size(); i++) {
            String code = String.valueOf(i + 1);
            Candidate c = files.get(i).candidate();
            Row r = people.createRow(personRow++);
            Object[] values = {code, c.fullName(), c.gender() == vn.ptdv.domain.Gender.MALE ? "Nam" : "Nữ",
                c.birthDate(), c.birthPlace(), c.homeTown(), c.permanentResidence(), c.ethnicity(), c.religion(),
                c.citizenId(), c.phone(), c.occupation(), c.education(),
                c.professionalQualification(), c.politicalTheory(), c.youthUnionMember() ? "Có" : "Không",
                c.sourceCategoryId().map(sources::get).orElse(""), c.notes(),
                c.workplace(), c.youthUnionSince().map(Object.class::cast).orElse(""), c.massAssociations(),
                c.birthName(), c.alias(), c.temporaryResidence()};
            put(r, values, s, date);
            for (Step st : files.get(i).steps()) {
                Row x = steps.createRow(stepRow++);
                Object[] stepValues = {code, st.code().name(), st.date(), st.documentNumber(), st.issuingBody(),
                    st.people().stream().map(StepPerson::name).collect(Collectors.joining("; ")),
                    st.people().stream().map(p -> p.knownSince().map(DisplayDates::format).orElse(""))
                            .collect(Collectors.joining("; ")).replaceAll("^(; )+$", ""),
                    st.officialMembers().map(String::valueOf).orElse(""), st.votesFor().map(String::valueOf).orElse(""),
                    st.note(), st.receivedDate().map(Object.class::cast).orElse(""), st.result(),
                    st.membersPresent().map(String::valueOf).orElse("")};
                put(x, stepValues, s, date);
            }
        }
    }

    /** A sheet of the import format with its header row, frozen. */
    static Sheet header(XSSFWorkbook wb, String name, List<String> columns, ReportStyles s) {
        Sheet sheet = wb.createSheet(name);
        Row row = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            Cell c = row.createCell(i);
            c.setCellValue(columns.get(i));
            c.setCellStyle(s.header);
            sheet.setColumnWidth(i, Math.max(12, columns.get(i).length() + 6) * 256);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    private static void put(Row r, Object[] values, ReportStyles s, CellStyle date) {
        for (int i = 0; i < values.length; i++) {
            Cell c = r.createCell(i);
            if (values[i] instanceof LocalDate d) {
                c.setCellValue(d);
                c.setCellStyle(date);
            } else {
                // Citizen IDs and numbers go as text: leading zeros stay.
                CellText.set(c, values[i] == null ? "" : values[i].toString());
                c.setCellStyle(s.normal);
            }
        }
    }
}
