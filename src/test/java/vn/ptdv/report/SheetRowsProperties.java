package vn.ptdv.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.ptdv.Hostile;

/**
 * The import reads sheets by streaming their XML (SheetRows): every cell must read as POI's own
 * XSSFCell reads it, whatever is in it, and the rows with content must be the same ones.
 * A failure prints jqwik's seed; {@code @Property(seed = "…")} repeats it.
 */
class SheetRowsProperties {
    private static Path folder;

    @BeforeContainer
    static void open() throws IOException {
        folder = Files.createTempDirectory("ptdv-sheet-rows");
    }

    @AfterContainer
    static void close() throws IOException {
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** What one cell holds, and in which of the workbook's formats. */
    sealed interface Content permits Text, RichText, Number, Bool, Formula, Error, Blank {
    }

    record Text(String text) implements Content {
    }

    record RichText(String first, String second) implements Content {
    }

    record Number(double number, int format) implements Content {
    }

    record Bool(boolean value) implements Content {
    }

    record Formula(String formula) implements Content {
    }

    record Error() implements Content {
    }

    record Blank(int format) implements Content {
    }

    /** Number formats: none, dates (built-in and custom), a time, and plain numbers. */
    private static final String[] FORMATS = {"General", "m/d/yy", "dd/mm/yyyy", "d-mmm-yy", "h:mm", "0.00", "@",
        "yyyy-mm-dd hh:mm", "[$-42A]dd/mm/yyyy", "#,##0"};

    @Provide
    Arbitrary<List<List<Optional<Content>>>> sheets() {
        Arbitrary<Content> text = Hostile.text().map(t -> t.length() > 32_767 ? t.substring(0, 32_767) : t).map(Text::new);
        Arbitrary<Content> rich = Combinators.combine(Hostile.text().map(t -> t.length() > 100 ? t.substring(0, 100) : t),
                Arbitraries.strings().alpha().ofMaxLength(5)).as(RichText::new);
        Arbitrary<Double> numbers = Arbitraries.oneOf(Arbitraries.doubles().between(-1e6, 3e6),
                Arbitraries.of(0.0, 1.0, 59.0, 60.0, 61.0, 45_000.5, 2_958_465.0, 2_958_466.0, -1.0, 1e15, 123_456_789_012.0),
                Arbitraries.integers().between(1, 80_000).map(Integer::doubleValue));
        Arbitrary<Content> number = Combinators.combine(numbers, Arbitraries.integers().between(0, FORMATS.length - 1))
                .as(Number::new);
        Arbitrary<Content> bool = Arbitraries.of(true, false).map(Bool::new);
        Arbitrary<Content> formula = Arbitraries.of("1+1", "\"văn bản\"", "A1", "TRUE", "1/0", "TODAY()").map(Formula::new);
        Arbitrary<Content> blank = Arbitraries.integers().between(0, FORMATS.length - 1).map(Blank::new);
        Arbitrary<Content> content = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, text), net.jqwik.api.Tuple.of(1, rich), net.jqwik.api.Tuple.of(4, number),
                net.jqwik.api.Tuple.of(1, bool), net.jqwik.api.Tuple.of(1, formula),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(new Error())), net.jqwik.api.Tuple.of(2, blank));
        Arbitrary<Optional<Content>> cell = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, content.map(Optional::of)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Optional.empty())));
        return cell.list().ofMaxSize(8).list().ofMaxSize(12);
    }

    @Property(tries = 40)
    void everyCellReadsAsPoiReadsIt(@ForAll("sheets") List<List<Optional<Content>>> rows,
                                    @ForAll boolean streamingWriter, @ForAll boolean date1904) throws Exception {
        Path file = write(rows, streamingWriter, date1904);
        assertSameAsPoi(file);
    }

    /** Cases a random sheet seldom makes: an array formula over a range, rows left out, a styled empty row. */
    @Property(tries = 1)
    void arrayFormulasAndGapsReadAsPoiReadsThem() throws Exception {
        Path file = folder.resolve("mang.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet(ImportFormat.PEOPLE);
            sheet.createRow(0).createCell(0).setCellValue("Mã");
            for (int r = 1; r <= 3; r++) {
                sheet.createRow(r).createCell(0).setCellValue(r);
            }
            sheet.setArrayFormula("A2:A4*2", CellRangeAddress.valueOf("B2:B4"));
            CellStyle bordered = wb.createCellStyle();
            bordered.setBorderBottom(org.apache.poi.ss.usermodel.BorderStyle.THIN);
            sheet.createRow(7).createCell(2).setCellStyle(bordered);
            sheet.createRow(9).createCell(1).setCellValue("   ");
            sheet.createRow(12).createCell(5).setCellValue("sau khoảng trống");
            wb.write(out);
        }
        assertSameAsPoi(file);
    }

    private static Path write(List<List<Optional<Content>>> rows, boolean streamingWriter, boolean date1904)
            throws IOException {
        Path file = folder.resolve("o-" + System.nanoTime() + ".xlsx");
        XSSFWorkbook base = new XSSFWorkbook();
        if (date1904) {
            base.getCTWorkbook().addNewWorkbookPr().setDate1904(true);
        }
        // SXSSF writes strings inline in the sheet, XSSF into the shared strings: the import meets both.
        try (Workbook wb = streamingWriter ? new SXSSFWorkbook(base) : base; OutputStream out = Files.newOutputStream(file)) {
            CellStyle[] styles = new CellStyle[FORMATS.length];
            for (int i = 0; i < FORMATS.length; i++) {
                styles[i] = wb.createCellStyle();
                styles[i].setDataFormat(wb.createDataFormat().getFormat(FORMATS[i]));
            }
            Sheet sheet = wb.createSheet(ImportFormat.PEOPLE);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r * 2); // every other row left out
                for (int c = 0; c < rows.get(r).size(); c++) {
                    if (rows.get(r).get(c).isPresent()) {
                        fill(row.createCell(c), rows.get(r).get(c).get(), styles);
                    }
                }
            }
            wb.write(out);
        } finally {
            base.close();
        }
        return file;
    }

    private static void fill(Cell cell, Content content, CellStyle[] styles) {
        if (content instanceof Text t) {
            cell.setCellValue(t.text());
        } else if (content instanceof RichText t) {
            XSSFRichTextString rich = new XSSFRichTextString(t.first());
            rich.append(t.second());
            cell.setCellValue(rich);
        } else if (content instanceof Number n) {
            cell.setCellValue(n.number());
            cell.setCellStyle(styles[n.format()]);
        } else if (content instanceof Bool b) {
            cell.setCellValue(b.value());
        } else if (content instanceof Formula f) {
            cell.setCellFormula(f.formula());
        } else if (content instanceof Error) {
            cell.setCellErrorValue(FormulaError.DIV0.getCode());
        } else if (content instanceof Blank b) {
            cell.setBlank();
            cell.setCellStyle(styles[b.format()]);
        }
    }

    /**
     * A random sheet of one short text many times over deflates past POI's zip-bomb ratio, which both
     * readers apply: the guard is the import's to test (ExcelImportReader), not this comparison's.
     */
    private static void assertSameAsPoi(Path file) throws Exception {
        double guard = org.apache.poi.openxml4j.util.ZipSecureFile.getMinInflateRatio();
        org.apache.poi.openxml4j.util.ZipSecureFile.setMinInflateRatio(0);
        try {
            compareWithPoi(file);
        } finally {
            org.apache.poi.openxml4j.util.ZipSecureFile.setMinInflateRatio(guard);
        }
    }

    private static void compareWithPoi(Path file) throws Exception {
        SheetRows streamed;
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            boolean date1904;
            try (XSSFWorkbook model = poi(file)) {
                date1904 = model.isDate1904();
            }
            SheetRows.Workbook shared = new SheetRows.Workbook(new ReadOnlySharedStringsTable(pkg, false),
                    Optional.ofNullable(reader.getStylesTable()), date1904);
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            try (InputStream in = sheets.next()) {
                streamed = SheetRows.read(sheets.getSheetName(), in, shared, ImportFormat.MAX_ROWS);
            }
        }
        try (XSSFWorkbook model = poi(file)) {
            Sheet sheet = model.getSheetAt(0);
            assertThat(streamed.name()).isEqualTo(sheet.getSheetName());
            for (int r = 0; r <= Math.max(sheet.getLastRowNum(), 0); r++) {
                Row row = sheet.getRow(r);
                boolean blank = row == null || allBlank(row);
                assertThat(streamed.row(r).isPresent()).as("row %d has content", r).isEqualTo(!blank);
                if (blank) {
                    continue;
                }
                SheetRows.Row read = streamed.row(r).get();
                assertThat(read.cells().keySet()).as("columns of row %d", r)
                        .containsExactlyElementsOf(cellColumns(row));
                for (Cell cell : row) {
                    assertThat(read.cell(cell.getColumnIndex())).as("cell %s", cell.getAddress())
                            .contains(expected(cell));
                }
            }
        }
    }

    /** As the reader opened workbooks before it streamed them (a File would be opened for writing). */
    private static XSSFWorkbook poi(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static List<Integer> cellColumns(Row row) {
        List<Integer> columns = new java.util.ArrayList<>();
        row.forEach(c -> columns.add(c.getColumnIndex()));
        return columns;
    }

    private static boolean allBlank(Row row) {
        for (Cell c : row) {
            if (c.getCellType() != CellType.BLANK
                    && !(c.getCellType() == CellType.STRING && c.getStringCellValue().isBlank())) {
                return false;
            }
        }
        return true;
    }

    /** The cell as the reader had it before streaming: POI's type and value. */
    private static CellValue expected(Cell c) {
        return switch (c.getCellType()) {
            case STRING -> CellValue.text(c.getStringCellValue());
            case NUMERIC -> CellValue.number(c.getNumericCellValue(), DateUtil.isCellDateFormatted(c)
                    ? Optional.of(c.getLocalDateTimeCellValue().toLocalDate()) : Optional.<LocalDate>empty());
            case BOOLEAN -> CellValue.truth(c.getBooleanCellValue());
            case FORMULA -> CellValue.FORMULA;
            case ERROR -> CellValue.ERROR;
            default -> CellValue.BLANK;
        };
    }
}
