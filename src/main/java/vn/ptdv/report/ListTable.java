package vn.ptdv.report;

import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A list under the administrative header: bordered header row repeated on every printed page and
 * frozen, a filter, dates as real date cells, rows tall enough for their wrapped text.
 */
final class ListTable {
    private ListTable() {
    }

    /** {@code rows} may be made as they are written, so that a long list is never held whole in memory. */
    static void write(Sheet sheet, ReportStyles s, List<String> headers, int[] widths, Iterable<List<Object>> rows) {
        finish(sheet, headers.size(), rows(sheet, s, headers, widths, rows));
    }

    /**
     * The header row and the rows, and nothing the workbook keeps for all its sheets: a thread may write
     * one sheet's rows while another writes other sheets. Returns the number of the row after the last.
     */
    static int rows(Sheet sheet, ReportStyles s, List<String> headers, int[] widths, Iterable<List<Object>> rows) {
        int first = Header.FIRST_TABLE_ROW;
        Row head = sheet.createRow(first);
        // Room for the longest heading (bold: a little wider than the rows' text), two lines at least.
        int headLines = 2;
        for (int i = 0; i < headers.size(); i++) {
            headLines = Math.max(headLines, lines(headers.get(i), Math.max(1, widths[i] - 2)));
        }
        head.setHeightInPoints(Math.min(16f * headLines + 4, 100f));
        for (int i = 0; i < headers.size(); i++) {
            Cell c = head.createCell(i);
            c.setCellValue(headers.get(i));
            c.setCellStyle(s.header);
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        int r = first + 1;
        for (List<Object> values : rows) {
            Row row = sheet.createRow(r++);
            row.setHeightInPoints(height(values, widths));
            for (int i = 0; i < values.size(); i++) {
                Cell c = row.createCell(i);
                Object v = values.get(i);
                // Dates as Excel's day numbers, counted from 1900 as every workbook here is: what POI does
                // with a date, without asking the workbook (shared by the sheets being written at once).
                if (v instanceof java.time.LocalDateTime t) {
                    c.setCellValue(DateUtil.getExcelDate(t, false));
                    c.setCellStyle(s.dateTime);
                } else if (v instanceof LocalDate d) {
                    c.setCellValue(DateUtil.getExcelDate(d.atStartOfDay(), false));
                    c.setCellStyle(s.date);
                } else if (v instanceof Number n) {
                    c.setCellValue(n.doubleValue());
                    c.setCellStyle(s.number);
                } else {
                    // Always a text cell: a value like "=1+1" typed by someone is shown, never computed.
                    CellText.set(c, v == null ? "" : v.toString());
                    c.setCellStyle(s.cell);
                }
            }
        }
        return r;
    }

    /**
     * A row's height in points: LibreOffice and Excel do not grow rows for wrapped text by themselves, so
     * each row is sized for its longest cell (about one character per width unit, 16 points a line).
     */
    static float height(List<Object> values, int[] widths) {
        int lines = 1;
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            // A row's number or a date is one short line: measured without being written out, for every row.
            int perLine = Math.max(1, widths[i] - 1);
            if (v instanceof String text) {
                lines = Math.max(lines, lines(text, perLine));
            } else if (v instanceof Integer n && n >= 0 && n < 100_000_000) {
                lines = Math.max(lines, (digits(n) + perLine - 1) / perLine);
            } else if (v instanceof LocalDate d && d.getYear() >= 0 && d.getYear() <= 9999) {
                lines = Math.max(lines, (10 + perLine - 1) / perLine); // yyyy-MM-dd, as its toString
            } else {
                lines = Math.max(lines, lines(v == null ? "" : v.toString(), perLine));
            }
        }
        return Math.min(16f * lines + 2, 200f);
    }

    /**
     * The header frozen, repeated on every printed page, and a filter over the rows up to {@code end}
     * (exclusive): print titles and filters are names the workbook keeps, set by one thread at a time.
     */
    static void finish(Sheet sheet, int columns, int end) {
        int first = Header.FIRST_TABLE_ROW;
        sheet.createFreezePane(0, first + 1);
        sheet.setRepeatingRows(new CellRangeAddress(first, first, -1, -1));
        if (end > first + 1) {
            sheet.setAutoFilter(new CellRangeAddress(first, end - 1, 0, columns - 1));
        }
    }

    private static int digits(int n) {
        int count = 1;
        for (int rest = n / 10; rest > 0; rest /= 10) {
            count++;
        }
        return count;
    }

    /** The lines a text takes in a column that holds {@code perLine} characters a line: each of its own lines, wrapped. */
    static int lines(String text, int perLine) {
        int count = 0;
        int start = 0;
        while (true) {
            int end = text.indexOf('\n', start);
            int length = (end < 0 ? text.length() : end) - start;
            count += Math.max(1, (length + perLine - 1) / perLine);
            if (end < 0) {
                return count;
            }
            start = end + 1;
        }
    }

    /** A4 landscape, fitted to the page width. */
    static void printLandscape(Sheet sheet) {
        print(sheet, true);
    }

    /** A4 portrait, fitted to the page width: for a narrow sheet such as a person's details. */
    static void printPortrait(Sheet sheet) {
        print(sheet, false);
    }

    private static void print(Sheet sheet, boolean landscape) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(landscape);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
    }
}
