package vn.ptdv.report;

import java.util.List;
import vn.ptdv.domain.Candidate;
import vn.ptdv.domain.Step;

/**
 * What an import workbook holds, row by row, with the problems found while reading it. {@code unreadCodes}: the
 * "Mã" of the people's rows that could not be read (their errors are told): their steps are not told again as
 * belonging to nobody. {@code peopleRead}: false when the people's sheet could not be read at all (a column
 * missing), so no step's code can be checked.
 */
public record ImportSheet(List<Person> people, List<ImportedStep> steps, List<Problem> errors, List<Problem> warnings,
                          java.util.Set<String> unreadCodes, boolean peopleRead) {

    /**
     * A person's row: its "Mã" links the steps; the source is a category name. Ethnicity and religion
     * are empty when the cell was; {@code youthUnionGiven} says whether "Đoàn viên" was filled, so an
     * update keeps what is stored for what the sheet leaves empty.
     */
    public record Person(int row, String code, Candidate candidate, String sourceName, boolean youthUnionGiven) {
    }

    /** A step's row; its candidate is found through the "Mã". */
    public record ImportedStep(int row, String code, Step step) {
    }

    /** Where something is wrong, as Excel shows it (row numbers from 1), and what. */
    public record Problem(String sheet, int row, String column, String message) {
    }
}
