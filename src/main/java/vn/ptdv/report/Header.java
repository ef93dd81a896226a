package vn.ptdv.report;

import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The administrative header of every sheet: the superior committee and the cell on the left, the
 * Party's name underlined and the place and date on the right, then the title in capitals.
 */
final class Header {
    static final int FIRST_TABLE_ROW = 6;
    private static final Locale VI = Locale.forLanguageTag("vi");

    private Header() {
    }

    static void write(Sheet sheet, vn.ptdv.domain.Cell cell, java.time.LocalDate day, ReportStyles s, String title,
                      int columns) {
        write(sheet, cell, day, s, title, columns, Math.max(2, columns / 2));
    }

    /** {@code half}: how many columns the left block (committee and cell) spans. */
    static void write(Sheet sheet, vn.ptdv.domain.Cell cell, java.time.LocalDate day, ReportStyles s, String title,
                      int columns, int half) {
        put(sheet, 0, 0, half - 1, orToFillIn(cell.superiorCommittee()).toUpperCase(VI), s.centre);
        put(sheet, 0, half, columns - 1, "ĐẢNG CỘNG SẢN VIỆT NAM", s.underlinedCentre);
        put(sheet, 1, 0, half - 1, orToFillIn(cell.name()).toUpperCase(VI), s.boldCentre);
        String date = orToFillIn(cell.placeName()) + ", ngày " + AdminDate.day(day) + " tháng " + AdminDate.month(day)
                + " năm " + day.getYear();
        put(sheet, 1, half, columns - 1, date, s.italicCentre);
        put(sheet, 2, 0, half - 1, "*", s.centre);
        put(sheet, 4, 0, columns - 1, title, s.title);
    }

    /** What a printed form leaves for the hand to fill in, where the cell has not said (", ngày …" looked broken). */
    static final String TO_FILL_IN = "…………………";

    static String orToFillIn(String text) {
        return text.isBlank() ? TO_FILL_IN : text;
    }

    static void put(Sheet sheet, int row, int from, int to, String text, CellStyle style) {
        Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        Cell c = r.createCell(from);
        CellText.set(c, text);
        c.setCellStyle(style);
        if (to > from) {
            sheet.addMergedRegion(new CellRangeAddress(row, row, from, to));
        }
    }
}
