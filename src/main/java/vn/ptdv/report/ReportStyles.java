package vn.ptdv.report;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The report's cell styles, all in Times New Roman as Vietnamese administrative documents are. */
final class ReportStyles {
    static final String FONT = "Times New Roman";

    final CellStyle normal;
    final CellStyle bold;
    final CellStyle boldCentre;
    final CellStyle centre;
    final CellStyle underlinedCentre;
    final CellStyle italicCentre;
    final CellStyle title;
    final CellStyle header;
    final CellStyle cell;
    final CellStyle date;
    final CellStyle dateTime;
    final CellStyle number;
    final CellStyle percent;

    ReportStyles(Workbook wb) {
        Font plain = font(wb, false, false, false, 13);
        Font strong = font(wb, true, false, false, 13);
        Font underlined = font(wb, true, false, true, 13);
        Font italic = font(wb, false, true, false, 13);
        Font big = font(wb, true, false, false, 14);
        normal = style(wb, plain, HorizontalAlignment.LEFT, false);
        bold = style(wb, strong, HorizontalAlignment.LEFT, false);
        boldCentre = style(wb, strong, HorizontalAlignment.CENTER, false);
        centre = style(wb, plain, HorizontalAlignment.CENTER, false);
        underlinedCentre = style(wb, underlined, HorizontalAlignment.CENTER, false);
        italicCentre = style(wb, italic, HorizontalAlignment.CENTER, false);
        title = style(wb, big, HorizontalAlignment.CENTER, false);
        header = style(wb, strong, HorizontalAlignment.CENTER, true);
        header.setWrapText(true);
        cell = style(wb, plain, HorizontalAlignment.LEFT, true);
        cell.setWrapText(true);
        date = style(wb, plain, HorizontalAlignment.CENTER, true);
        date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
        dateTime = style(wb, plain, HorizontalAlignment.CENTER, true);
        dateTime.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
        number = style(wb, plain, HorizontalAlignment.CENTER, true);
        number.setDataFormat(wb.createDataFormat().getFormat("0"));
        percent = style(wb, plain, HorizontalAlignment.CENTER, true);
        percent.setDataFormat(wb.createDataFormat().getFormat("0%"));
    }

    private static Font font(Workbook wb, boolean bold, boolean italic, boolean underline, int size) {
        Font f = wb.createFont();
        f.setFontName(FONT);
        f.setFontHeightInPoints((short) size);
        f.setBold(bold);
        f.setItalic(italic);
        if (underline) {
            f.setUnderline(Font.U_SINGLE);
        }
        return f;
    }

    private static CellStyle style(Workbook wb, Font font, HorizontalAlignment align, boolean border) {
        CellStyle s = wb.createCellStyle();
        s.setFont(font);
        s.setAlignment(align);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        if (border) {
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
        }
        return s;
    }
}
