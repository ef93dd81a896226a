package vn.ptdv.report;

import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;

/**
 * Text into a cell exactly as it is. A workbook stores characters it cannot hold in XML as "_xHHHH_",
 * and every reader (Excel, LibreOffice, POI) decodes that, so a typed "_x0041_" would come back as
 * "A"; POI does not escape it when writing, so it is done here, as Excel does: the underscore becomes
 * "_x005F_". The cell is always a text cell: "=cmd|…" stays text, never a formula.
 */
final class CellText {
    private static final Pattern LOOKS_ESCAPED = Pattern.compile("_(x[0-9A-Fa-f]{4}_)");

    private CellText() {
    }

    static void set(Cell cell, String text) {
        cell.setCellValue(escape(text == null ? "" : text));
    }

    static String escape(String text) {
        // Almost no text holds "_x": a report's hundreds of thousands of cells skip the pattern.
        return text.indexOf("_x") < 0 ? text : LOOKS_ESCAPED.matcher(text).replaceAll("_x005F_$1");
    }
}
