package vn.ptdv.report;

import java.time.LocalDate;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellType;

/**
 * One cell as the import reads it, with POI's type: the text of a STRING, the number of a NUMERIC
 * (with its date when the cell's format is a date format, as {@code DateUtil.isCellDateFormatted}
 * decides), the truth of a BOOLEAN. A FORMULA keeps no value: the import refuses formulas.
 */
record CellValue(CellType type, String text, double number, Optional<LocalDate> date, boolean truth) {
    static final CellValue BLANK = new CellValue(CellType.BLANK, "", 0, Optional.empty(), false);
    static final CellValue FORMULA = new CellValue(CellType.FORMULA, "", 0, Optional.empty(), false);
    static final CellValue ERROR = new CellValue(CellType.ERROR, "", 0, Optional.empty(), false);

    static CellValue text(String text) {
        return new CellValue(CellType.STRING, text, 0, Optional.empty(), false);
    }

    static CellValue number(double number, Optional<LocalDate> date) {
        return new CellValue(CellType.NUMERIC, "", number, date, false);
    }

    static CellValue truth(boolean truth) {
        return new CellValue(CellType.BOOLEAN, "", 0, Optional.empty(), truth);
    }

    /** Nothing in it, as a row of drawn borders or of spaces has. */
    boolean blank() {
        return type == CellType.BLANK || (type == CellType.STRING && text.isBlank());
    }
}
