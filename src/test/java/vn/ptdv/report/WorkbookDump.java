package vn.ptdv.report;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook as text, one line per sheet setting, row and cell: what a person sees in it (sheets, cells,
 * values and their types, styles, fonts, widths, heights, merges, the frozen and repeated header, the
 * filter, the print setup), and nothing of how the file is packed (the creation time, the zip level).
 */
final class WorkbookDump {
    private WorkbookDump() {
    }

    static List<String> of(XSSFWorkbook wb) {
        List<String> lines = new ArrayList<>();
        // Each style written out once, where a cell first has it, and named by its number in that order.
        java.util.Map<String, Integer> styles = new java.util.HashMap<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            XSSFSheet sheet = wb.getSheetAt(i);
            lines.add("sheet " + sheet.getSheetName());
            lines.add("  print " + sheet.getPrintSetup().getPaperSize() + " landscape=" + sheet.getPrintSetup().getLandscape()
                    + " fit=" + sheet.getPrintSetup().getFitWidth() + "x" + sheet.getPrintSetup().getFitHeight()
                    + " fitToPage=" + sheet.getFitToPage() + " autobreaks=" + sheet.getAutobreaks());
            var pane = sheet.getPaneInformation();
            lines.add("  pane " + (pane == null ? "none"
                    : pane.getHorizontalSplitPosition() + "," + pane.getVerticalSplitPosition()));
            lines.add("  repeating " + sheet.getRepeatingRows());
            lines.add("  filter " + (sheet.getCTWorksheet().isSetAutoFilter() ? sheet.getCTWorksheet().getAutoFilter().getRef() : "none"));
            List<String> merged = new ArrayList<>();
            for (CellRangeAddress range : sheet.getMergedRegions()) {
                merged.add(range.formatAsString());
            }
            lines.add("  merged " + merged);
            int lastColumn = 0;
            for (Row row : sheet) {
                lastColumn = Math.max(lastColumn, row.getLastCellNum());
            }
            StringBuilder widths = new StringBuilder("  widths");
            for (int c = 0; c < lastColumn; c++) {
                widths.append(' ').append(sheet.getColumnWidth(c));
            }
            lines.add(widths.toString());
            for (Row row : sheet) {
                lines.add("  row " + (row.getRowNum() + 1) + " height=" + row.getHeightInPoints());
                for (Cell cell : row) {
                    String style = style((XSSFCellStyle) cell.getCellStyle());
                    Integer number = styles.get(style);
                    if (number == null) {
                        number = styles.size() + 1;
                        styles.put(style, number);
                        lines.add("  style " + number + ": " + style);
                    }
                    lines.add("    " + cell.getAddress().formatAsString() + " s" + number + " " + value(cell));
                }
            }
        }
        return lines;
    }

    private static String value(Cell cell) {
        return switch (cell.getCellType()) {
            case STRING -> "text " + cell.getStringCellValue().replace("\n", "\\n");
            case NUMERIC -> "number " + cell.getNumericCellValue();
            case BOOLEAN -> "boolean " + cell.getBooleanCellValue();
            case FORMULA -> "formula " + cell.getCellFormula();
            default -> cell.getCellType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static String style(XSSFCellStyle s) {
        XSSFFont f = s.getFont();
        return "format=" + s.getDataFormatString() + " align=" + s.getAlignment() + "/" + s.getVerticalAlignment()
                + " wrap=" + s.getWrapText() + " border=" + s.getBorderTop() + "," + s.getBorderRight() + ","
                + s.getBorderBottom() + "," + s.getBorderLeft() + " fill=" + s.getFillPattern() + ":"
                + (s.getFillForegroundColorColor() == null ? "" : s.getFillForegroundColorColor().getARGBHex())
                + " font=" + f.getFontName() + " " + f.getFontHeightInPoints() + (f.getBold() ? " bold" : "")
                + (f.getItalic() ? " italic" : "") + (f.getUnderline() != 0 ? " underline" + f.getUnderline() : "")
                + " indent=" + s.getIndention() + " locked=" + s.getLocked();
    }
}
