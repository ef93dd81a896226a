package vn.ptdv.report;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.ExcelNumberFormat;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The rows of one sheet that hold something, read in one pass over the sheet's XML with SAX, as POI
 * advises for large workbooks ("XSSF and SAX (Event API)"): loading the whole workbook into POI's
 * object model took most of an import's time. Each cell is typed and valued as POI's XSSFCell would.
 */
final class SheetRows {
    /** What all sheets of a workbook share: its strings, its cell formats and its date system. */
    record Workbook(SharedStrings strings, Optional<StylesTable> styles, boolean date1904) {
    }

    /** One row with content: its index (from 0, as POI counts) and its cells by column. */
    record Row(int index, SortedMap<Integer, CellValue> cells) {
        Optional<CellValue> cell(int column) {
            return Optional.ofNullable(cells.get(column));
        }
    }

    private final String name;
    private final NavigableMap<Integer, Row> rows;
    private final int lastRowNum;

    private SheetRows(String name, NavigableMap<Integer, Row> rows, int lastRowNum) {
        this.name = name;
        this.rows = rows;
        this.lastRowNum = lastRowNum;
    }

    String name() {
        return name;
    }

    Optional<Row> row(int index) {
        return Optional.ofNullable(rows.get(index));
    }

    /** The rows with content below the header, in order. */
    Collection<Row> body() {
        return rows.tailMap(1, true).values();
    }

    /**
     * Reads a sheet; refuses it (import.file.tooLarge) as soon as it has more than {@code limit}
     * rows with content and a row below row {@code limit}, as a sheet with borders drawn far down but
     * few rows filled is fine.
     */
    static SheetRows read(String name, InputStream xml, Workbook workbook, int limit) throws IOException, SAXException {
        Handler handler = new Handler(workbook, limit);
        try {
            XMLReader reader = XMLHelper.newXMLReader();
            reader.setContentHandler(handler);
            reader.parse(new InputSource(xml));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("No XML parser", e);
        }
        return new SheetRows(name, handler.rows, handler.lastRowNum);
    }

    /** Collects the cells of sheetData; the element names are those of SpreadsheetML (ECMA-376 §18.3). */
    private static final class Handler extends DefaultHandler {
        private final Workbook workbook;
        private final int limit;
        private final Map<Integer, Boolean> dateStyles = new HashMap<>();
        /** The shared strings already read: POI makes a rich text object for each reading. */
        private final Map<Integer, String> strings = new HashMap<>();
        private final List<CellRangeAddress> arrayFormulas = new ArrayList<>();
        private final NavigableMap<Integer, Row> rows = new TreeMap<>();
        private int lastRowNum = -1;
        private int filled;

        private int rowIndex;
        private int nextColumn;
        private SortedMap<Integer, CellValue> cells;

        private boolean inCell;
        private int column;
        private String type;
        private int style;
        private boolean formula;
        private final StringBuilder value = new StringBuilder();
        private boolean hasValue;
        private boolean inValue;
        private boolean inInline;
        private boolean inPhonetic;
        private boolean inRun;
        private boolean inText;
        private boolean hasRuns;
        private boolean hasInline;
        private final StringBuilder inlineText = new StringBuilder();
        private final StringBuilder runText = new StringBuilder();

        Handler(Workbook workbook, int limit) {
            this.workbook = workbook;
            this.limit = limit;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            switch (localName) {
                case "row" -> startRow(attributes.getValue("r"));
                case "c" -> startCell(attributes);
                case "f" -> {
                    if (inCell) {
                        startFormula(attributes);
                    }
                }
                case "v" -> {
                    if (inCell) {
                        inValue = true;
                        hasValue = true;
                    }
                }
                case "is" -> {
                    if (inCell) {
                        inInline = true;
                        hasInline = true;
                    }
                }
                case "rPh" -> inPhonetic = inInline;
                case "r" -> {
                    if (inInline && !inPhonetic) {
                        inRun = true;
                        hasRuns = true;
                    }
                }
                case "t" -> inText = inInline && !inPhonetic;
                default -> {
                    // other elements (formats, merged cells, drawings …) say nothing about values
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                value.append(ch, start, length);
            } else if (inText) {
                (inRun ? runText : inlineText).append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (localName) {
                case "v" -> inValue = false;
                case "t" -> inText = false;
                case "r" -> inRun = false;
                case "rPh" -> inPhonetic = false;
                case "is" -> inInline = false;
                case "c" -> endCell();
                case "row" -> endRow();
                default -> {
                    // nothing to finish
                }
            }
        }

        private void startRow(String r) throws SAXException {
            // A row without its number follows the one before, as Excel reads it.
            rowIndex = r == null ? lastRowNum + 1 : parseInt(r) - 1;
            lastRowNum = Math.max(lastRowNum, rowIndex);
            cells = new TreeMap<>();
            nextColumn = 0;
        }

        private void startCell(Attributes attributes) throws SAXException {
            String ref = attributes.getValue("r");
            column = ref == null ? nextColumn : new CellReference(ref).getCol();
            nextColumn = column + 1;
            type = attributes.getValue("t");
            String s = attributes.getValue("s");
            style = s == null ? 0 : parseInt(s);
            formula = false;
            inCell = true;
            value.setLength(0);
            hasValue = false;
            inlineText.setLength(0);
            runText.setLength(0);
            hasRuns = false;
            hasInline = false;
        }

        private void startFormula(Attributes attributes) {
            String kind = attributes.getValue("t");
            // POI does not count a data table's cells as formulas; an array formula covers its whole range.
            if (!"dataTable".equals(kind)) {
                formula = true;
            }
            String ref = attributes.getValue("ref");
            if ("array".equals(kind) && ref != null) {
                arrayFormulas.add(CellRangeAddress.valueOf(ref));
            }
        }

        private void endCell() throws SAXException {
            inCell = false;
            if (cells != null) {
                cells.put(column, formula || inArrayFormula() ? CellValue.FORMULA : valueOf());
            }
        }

        private boolean inArrayFormula() {
            for (CellRangeAddress range : arrayFormulas) {
                if (range.isInRange(rowIndex, column)) {
                    return true;
                }
            }
            return false;
        }

        /** As XSSFCell's getCellType and its getters for each type. */
        private CellValue valueOf() throws SAXException {
            String t = type == null ? "n" : type;
            switch (t) {
                case "b":
                    return CellValue.truth(hasValue && "1".equals(value.toString()));
                case "e":
                    return CellValue.ERROR;
                case "s":
                    return CellValue.text(sharedString());
                case "inlineStr":
                    if (hasInline) {
                        return CellValue.text(decoded(hasRuns ? runText.toString() : inlineText.toString()));
                    }
                    return CellValue.text(hasValue ? decoded(value.toString()) : "");
                case "str":
                    return CellValue.text(hasValue ? decoded(value.toString()) : "");
                case "n":
                    return hasValue ? number() : CellValue.BLANK;
                default:
                    throw new SAXException("Unknown cell type " + t);
            }
        }

        private String sharedString() {
            if (!hasValue) {
                return "";
            }
            int index;
            try {
                index = Integer.parseInt(value.toString());
            } catch (NumberFormatException e) {
                return ""; // as XSSFCell: a reference to no string reads as empty text
            }
            return strings.computeIfAbsent(index, i -> {
                try {
                    return workbook.strings().getItemAt(i).getString();
                } catch (RuntimeException e) {
                    return "";
                }
            });
        }

        /** Excel's escapes (_x000D_ for a carriage return …), undone as for any string of the workbook. */
        private static String decoded(String raw) {
            return raw.indexOf('_') < 0 ? raw : new XSSFRichTextString(raw).getString();
        }

        private CellValue number() throws SAXException {
            String text = value.toString();
            double number;
            try {
                number = text.isEmpty() ? 0 : Double.parseDouble(text);
            } catch (NumberFormatException e) {
                throw new SAXException("Not a number: " + text, e);
            }
            Optional<LocalDate> date = Optional.empty();
            if (DateUtil.isValidExcelDate(number) && dateFormatted(style)) {
                date = Optional.of(DateUtil.getLocalDateTime(number, workbook.date1904()).toLocalDate());
            }
            return CellValue.number(number, date);
        }

        private boolean dateFormatted(int styleIndex) {
            return dateStyles.computeIfAbsent(styleIndex, i -> workbook.styles()
                    .filter(styles -> styles.getNumCellStyles() > 0)
                    .map(styles -> {
                        XSSFCellStyle cellStyle = styles.getStyleAt(i);
                        ExcelNumberFormat format = cellStyle == null ? null : ExcelNumberFormat.from(cellStyle);
                        return format != null && DateUtil.isADateFormat(format);
                    })
                    .orElse(false));
        }

        private void endRow() throws SAXException {
            if (cells.values().stream().allMatch(CellValue::blank)) {
                cells = null;
                return;
            }
            rows.put(rowIndex, new Row(rowIndex, cells));
            cells = null;
            filled++;
            if (filled > limit && lastRowNum > limit) {
                throw new TooLarge();
            }
        }

        @Override
        public void endDocument() throws SAXException {
            // A row far below, even an empty one, can make the rows already counted too many.
            if (filled > limit && lastRowNum > limit) {
                throw new TooLarge();
            }
        }

        private static int parseInt(String text) throws SAXException {
            try {
                return Integer.parseInt(text);
            } catch (NumberFormatException e) {
                throw new SAXException("Not a number: " + text, e);
            }
        }
    }

    /** Stops reading a sheet that has more rows than the import takes. */
    static final class TooLarge extends SAXException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("Too many rows");
        }
    }
}
