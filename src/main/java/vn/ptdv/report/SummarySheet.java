package vn.ptdv.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import vn.ptdv.domain.target.TargetRange;
import vn.ptdv.domain.target.YearProgress;
import vn.ptdv.domain.target.YearTarget;
import vn.ptdv.i18n.Messages;

/** "Tổng hợp": targets against results, this year against last, the admissions by category, the signature. */
final class SummarySheet {
    private static final int COLUMNS = 7;
    private final YearReport r;
    private final ReportStyles s;
    private final Messages m;
    private int row;

    SummarySheet(YearReport r, ReportStyles s, Messages m) {
        this.r = r;
        this.s = s;
        this.m = m;
    }

    void write(Sheet sheet) {
        Header.write(sheet, r.cell(), r.reportDate(), s, m.get("report.title.summary", String.valueOf(r.year()))
                .toUpperCase(Locale.forLanguageTag("vi")), COLUMNS);
        // Narrow enough for A4 portrait at about the size written: 126 characters wide, the 13-point text
        // printed at about 9 points; the headings wrap onto their three lines instead.
        int[] widths = {34, 10, 10, 10, 11, 10, 13};
        // Rows as tall as 13-point text needs (the default 15 points cramps it).
        sheet.setDefaultRowHeightInPoints(18);
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        row = Header.FIRST_TABLE_ROW;
        text(sheet, m.get("report.summary.part1"), s.bold);
        targets(sheet);
        // Numbers the cell never resolved must not read as its resolution to the committee above.
        // Literal keys, so that the check for unused texts sees them.
        String origin = switch (r.stats().targetOrigin()) {
            case SET -> null;
            case CARRIED -> "report.summary.origin.CARRIED";
            case USUAL -> "report.summary.origin.USUAL";
        };
        if (origin != null) {
            text(sheet, m.get(origin, String.valueOf(r.year())), s.normal); // on one line, across the empty cells
        }
        row++;
        text(sheet, m.get("report.summary.part2", r.stats().progress().admitted().size()), s.bold);
        breakdown(sheet);
        row += 2;
        signature(sheet);
    }

    private void targets(Sheet sheet) {
        String[] heads = {m.get("report.col.content"), m.get("report.col.targetMin"), m.get("report.col.targetMax"),
            m.get("report.col.result", String.valueOf(r.year())), m.get("report.col.rate"),
            m.get("report.col.result", String.valueOf(r.year() - 1)), m.get("report.col.change")};
        Row head = sheet.createRow(row++);
        head.setHeightInPoints(48); // room for headers on three lines
        for (int i = 0; i < heads.length; i++) {
            cell(head, i, heads[i], s.header);
        }
        YearTarget t = r.stats().target();
        YearProgress now = r.stats().progress();
        line(sheet, "target.cultivated", Optional.of(t.cultivated()), now.cultivated().size(), r.lastYear().cultivated().size());
        line(sheet, "target.admitted", Optional.of(t.admitted()), now.admitted().size(), r.lastYear().admitted().size());
        line(sheet, "target.recognised", t.recognised(), now.recognised().size(), r.lastYear().recognised().size());
    }

    /** One target: the rate and the change are formulas a reader can check. */
    private void line(Sheet sheet, String key, Optional<TargetRange> range, int result, int lastYear) {
        Row x = sheet.createRow(row);
        int excelRow = row + 1;
        cell(x, 0, m.get(key), s.cell);
        if (range.isPresent()) {
            number(x, 1, range.get().min());
            number(x, 2, range.get().max());
            Cell rate = x.createCell(4);
            rate.setCellFormula("IF(B" + excelRow + ">0,D" + excelRow + "/B" + excelRow + ",\"\")");
            // The formula's value is written with it: LibreOffice shows the written value without
            // recalculating, and so does Excel in Protected View (a file received by mail), where 0 showed.
            if (range.get().min() > 0) {
                rate.setCellValue((double) result / range.get().min());
            } else {
                rate.setCellValue("");
            }
            rate.setCellStyle(s.percent);
        } else {
            cell(x, 1, "", s.cell);
            cell(x, 2, "", s.cell);
            cell(x, 4, "", s.cell);
        }
        number(x, 3, result);
        number(x, 5, lastYear);
        Cell change = x.createCell(6);
        change.setCellFormula("D" + excelRow + "-F" + excelRow);
        change.setCellValue(result - lastYear);
        change.setCellStyle(s.number);
        row++;
    }

    private void breakdown(Sheet sheet) {
        Map<String, Map<String, Integer>> by = r.stats().admittedBy();
        for (String dimension : List.of("gender", "ethnicity", "religion", "ageBand", "education", "youthUnion",
                "source")) {
            Row title = sheet.createRow(row++);
            cell(title, 0, m.get("report.by." + dimension), s.bold);
            Map<String, Integer> counts = rowsFor(dimension, by.get(dimension));
            if (counts.isEmpty()) {
                Row none = sheet.createRow(row++);
                cell(none, 0, m.get("targets.nobody"), s.cell);
                continue;
            }
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                Row x = sheet.createRow(row++);
                cell(x, 0, e.getKey(), s.cell);
                number(x, 1, e.getValue());
            }
        }
    }

    /**
     * The committee above adds up many cells' reports, so the fixed groups always show, with 0 when
     * nobody falls in them; ethnicity is reported as Kinh and ethnic minorities (domain.md).
     */
    static Map<String, Integer> rowsFor(String dimension, Map<String, Integer> counts) {
        Map<String, Integer> rows = new java.util.LinkedHashMap<>();
        switch (dimension) {
            case "gender" -> {
                rows.put("Nam", counts.getOrDefault("Nam", 0));
                rows.put("Nữ", counts.getOrDefault("Nữ", 0));
            }
            case "ethnicity" -> {
                int kinh = counts.getOrDefault("Kinh", 0);
                rows.put("Kinh", kinh);
                rows.put("Dân tộc thiểu số", counts.values().stream().mapToInt(Integer::intValue).sum() - kinh);
            }
            case "ageBand" -> {
                for (String band : List.of("18-30", "31-40", "41-50", "51+")) {
                    rows.put(band.equals("51+") ? "Trên 50" : band.replace("-", "–"), counts.getOrDefault(band, 0));
                }
            }
            case "youthUnion" -> {
                rows.put("Có", counts.getOrDefault("Có", 0));
                rows.put("Không", counts.getOrDefault("Không", 0));
            }
            default -> rows.putAll(counts);
        }
        return rows;
    }

    private void signature(Sheet sheet) {
        Header.put(sheet, row++, 4, 6, "T/M CHI ỦY", s.boldCentre);
        Header.put(sheet, row++, 4, 6, "BÍ THƯ", s.boldCentre);
        row += 3;
        Header.put(sheet, row, 4, 6, r.cell().secretaryName(), s.boldCentre);
    }

    private void text(Sheet sheet, String text, org.apache.poi.ss.usermodel.CellStyle style) {
        cell(sheet.createRow(row++), 0, text, style);
    }

    private static void cell(Row r, int col, String text, org.apache.poi.ss.usermodel.CellStyle style) {
        Cell c = r.createCell(col);
        CellText.set(c, text);
        c.setCellStyle(style);
    }

    private void number(Row x, int col, int value) {
        Cell c = x.createCell(col);
        c.setCellValue(value);
        c.setCellStyle(s.number);
    }
}
