package vn.ptdv.report.forms;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Writes the built-in form templates in the layout of Vietnamese administrative documents (Nghị định
 * 30/2020/NĐ-CP, as the Party's forms follow it): A4, margins 20/20/30/15 mm, Times New Roman 14, the
 * two-column header and signature blocks as tables without borders. Each text run holds whole
 * placeholders, so that poi-tl finds them without merging runs.
 */
final class DocxBuilder {
    static final String FONT = "Times New Roman";
    static final int BODY = 14;
    static final int SMALL = 13;
    /** A blank to write into by hand, for what the program does not keep. */
    static final String DOTS = "……………………";

    private final XWPFDocument doc = new XWPFDocument();
    private final boolean landscape;

    DocxBuilder(boolean landscape) {
        this.landscape = landscape;
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        doc.createStyles().setDefaultFonts(fonts);
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? 16838 : 11906));
        size.setH(BigInteger.valueOf(landscape ? 11906 : 16838));
        if (landscape) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        }
        CTPageMar margins = sect.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1134));
        margins.setBottom(BigInteger.valueOf(1134));
        margins.setLeft(BigInteger.valueOf(landscape ? 1134 : 1701));
        margins.setRight(BigInteger.valueOf(landscape ? 1134 : 851));
    }

    /** Text width in twentieths of a point. */
    private int width() {
        return landscape ? 16838 - 2 * 1134 : 11906 - 1701 - 851;
    }

    /**
     * The header: the superior committee and the cell on the left with the star and the number (when
     * the document has one), the Party's name and the place and date on the right.
     */
    DocxBuilder header(String numberLine) {
        XWPFTable t = borderless(2, new int[] {40, 60});
        XWPFTableCell left = t.getRow(0).getCell(0);
        centred(left.getParagraphs().get(0), "{{superiorUpper}}", false, false, SMALL);
        centred(left.addParagraph(), "{{cellUpper}}", true, false, SMALL);
        centred(left.addParagraph(), "*", false, false, SMALL);
        if (!numberLine.isEmpty()) {
            centred(left.addParagraph(), numberLine, false, false, SMALL);
        }
        XWPFTableCell right = t.getRow(0).getCell(1);
        XWPFRun party = centred(right.getParagraphs().get(0), "ĐẢNG CỘNG SẢN VIỆT NAM", true, false, 15);
        party.setUnderline(UnderlinePatterns.SINGLE);
        XWPFParagraph date = right.addParagraph();
        date.setSpacingBefore(240);
        centred(date, "{{place}}, ngày {{day}} tháng {{month}} năm {{year}}", false, true, BODY);
        return this;
    }

    /** The title in capitals and the lines under it, centred and bold. */
    DocxBuilder title(String title, String... lines) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingBefore(360);
        centred(p, title, true, false, 15);
        for (String line : lines) {
            centred(doc.createParagraph(), line, true, false, BODY);
        }
        doc.createParagraph().setSpacingAfter(0);
        return this;
    }

    /** A centred line in the body (an addressee, a note under the title). */
    DocxBuilder centredLine(String text, boolean italic) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingAfter(120);
        centred(p, text, false, italic, BODY);
        return this;
    }

    /** A paragraph of the body, justified, the first line indented. */
    DocxBuilder para(String text) {
        return para(text, false);
    }

    DocxBuilder para(String text, boolean bold) {
        XWPFParagraph p = bodyParagraph();
        run(p, text, bold, false, BODY);
        return this;
    }

    /** A paragraph whose first part is bold (a heading in the text, like "1. Ưu điểm:"). */
    DocxBuilder lead(String boldPart, String rest) {
        XWPFParagraph p = bodyParagraph();
        run(p, boldPart, true, false, BODY);
        if (!rest.isEmpty()) {
            run(p, rest, false, false, BODY);
        }
        return this;
    }

    /** Lines of dots to write on by hand. */
    DocxBuilder dotLines(int count) {
        for (int i = 0; i < count; i++) {
            XWPFParagraph p = doc.createParagraph();
            p.setSpacingAfter(60);
            run(p, "…".repeat(landscape ? 53 : 33), false, false, BODY);
        }
        return this;
    }

    private XWPFParagraph bodyParagraph() {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(567);
        p.setSpacingAfter(120);
        p.setSpacingBetween(1.15);
        return p;
    }

    /**
     * A table with a header row and one template row: {@code loopTag} (a poi-tl tag) in the first header
     * cell makes one row per person from the row below, whose cells hold {@code [field]} names.
     */
    DocxBuilder loopTable(String loopTag, String[] headings, String[] fields, int[] percents) {
        XWPFTable t = doc.createTable(2, headings.length);
        t.setWidth(width());
        t.setWidthType(org.apache.poi.xwpf.usermodel.TableWidthType.DXA);
        t.setTableAlignment(TableRowAlign.CENTER);
        for (int i = 0; i < headings.length; i++) {
            XWPFTableCell head = t.getRow(0).getCell(i);
            setWidth(head, percents[i]);
            centred(head.getParagraphs().get(0), i == 0 ? headings[i] + loopTag : headings[i], true, false, 12);
            XWPFTableCell cell = t.getRow(1).getCell(i);
            setWidth(cell, percents[i]);
            XWPFParagraph p = cell.getParagraphs().get(0);
            if (i == 0) {
                p.setAlignment(ParagraphAlignment.CENTER);
            }
            run(p, fields[i], false, false, 12);
        }
        t.getRow(0).setRepeatHeader(true);
        doc.createParagraph();
        return this;
    }

    /**
     * The signature block: on the left the recipients (or a second signer), on the right who signs,
     * with room for the signature and the signer's name.
     */
    DocxBuilder signature(String[] left, boolean leftIsSigner, String[] signerLines, String name) {
        doc.createParagraph();
        XWPFTable t = borderless(2, new int[] {45, 55});
        XWPFTableCell l = t.getRow(0).getCell(0);
        for (int i = 0; i < left.length; i++) {
            XWPFParagraph p = i == 0 ? l.getParagraphs().get(0) : l.addParagraph();
            if (leftIsSigner) {
                centred(p, left[i], i < left.length - 1 || left.length == 1, i == left.length - 1 && left.length > 1,
                        BODY);
            } else {
                run(p, left[i], i == 0, i == 0, i == 0 ? 12 : 11);
            }
        }
        XWPFTableCell r = t.getRow(0).getCell(1);
        for (int i = 0; i < signerLines.length; i++) {
            XWPFParagraph p = i == 0 ? r.getParagraphs().get(0) : r.addParagraph();
            boolean hint = signerLines[i].startsWith("(");
            centred(p, signerLines[i], !hint, hint, BODY);
        }
        for (int i = 0; i < 3; i++) {
            r.addParagraph();
        }
        centred(r.addParagraph(), name, true, false, BODY);
        return this;
    }

    private XWPFTable borderless(int columns, int[] percents) {
        XWPFTable t = doc.createTable(1, columns);
        t.setWidth(width());
        t.setWidthType(org.apache.poi.xwpf.usermodel.TableWidthType.DXA);
        t.removeBorders();
        for (int i = 0; i < columns; i++) {
            setWidth(t.getRow(0).getCell(i), percents[i]);
        }
        return t;
    }

    private void setWidth(XWPFTableCell cell, int percent) {
        var w = cell.getCTTc().addNewTcPr().addNewTcW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf((long) width() * percent / 100));
    }

    private static XWPFRun centred(XWPFParagraph p, String text, boolean bold, boolean italic, int size) {
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
        return run(p, text, bold, italic, size);
    }

    private static XWPFRun run(XWPFParagraph p, String text, boolean bold, boolean italic, int size) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setBold(bold);
        r.setItalic(italic);
        r.setFontFamily(FONT);
        r.setFontSize(size);
        return r;
    }

    void write(OutputStream out) throws IOException {
        doc.write(out);
        doc.close();
    }
}
