package vn.ptdv.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.ooxml.util.PackageHelper;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTSheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorkbookDocument;
import org.xml.sax.SAXException;
import vn.ptdv.domain.Candidate;
import vn.ptdv.domain.DisplayDates;
import vn.ptdv.domain.Gender;
import vn.ptdv.domain.PersonRole;
import vn.ptdv.domain.Step;
import vn.ptdv.domain.StepCode;
import vn.ptdv.domain.StepPerson;
import vn.ptdv.i18n.Messages;

/** Reads an import workbook into rows, noting every problem with its sheet, row and column. */
public final class ExcelImportReader {
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private final Messages m = Messages.current();
    /** Each step by its code and labels as normalised, made once: a workbook has thousands of steps. */
    private final Map<String, StepCode> stepNames = new HashMap<>();

    public ImportSheet read(Path file) {
        if (Files.isDirectory(file)) {
            throw new ImportFileException("import.file.folder", null);
        }
        try {
            if (Files.size(file) == 0) {
                throw new ImportFileException("import.file.empty", null);
            }
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ImportFileException("import.file.missing", e);
        } catch (IOException e) {
            throw new ImportFileException("import.file.unreadable", e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            // Opened as XSSFWorkbook opens a stream, so that broken files fail the same ways.
            OPCPackage pkg = PackageHelper.open(in);
            try {
                return read(pkg);
            } finally {
                pkg.revert(); // read only: closed without writing anything back
            }
        } catch (OLE2NotOfficeXmlFileException | EncryptedDocumentException e) {
            // An old .xls, or an .xlsx with a password (both are OLE2 containers).
            throw new ImportFileException("import.file.oldOrProtected", e);
        } catch (SheetRows.TooLarge e) {
            throw new ImportFileException("import.file.tooLarge", e);
        } catch (POIXMLException | org.apache.poi.UnsupportedFileFormatException | OpenXML4JException | XmlException
                 | SAXException e) {
            throw new ImportFileException("import.file.notXlsx", e);
        } catch (IOException e) {
            throw new ImportFileException(whyUnreadable(file, e), e);
        }
    }

    /**
     * A zip bomb (a small file that inflates to gigabytes) and a workbook cut short (a copy or a
     * download that did not finish) both fail as IOException in POI, which has no type for either.
     */
    private static String whyUnreadable(Path file, IOException e) {
        if (String.valueOf(e.getMessage()).contains("Zip bomb")) {
            return "import.file.inflates";
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            if (java.util.Arrays.equals(head, new byte[] {'P', 'K', 3, 4})) {
                return "import.file.damaged";
            }
            // Not a zip at all (a longer CSV or text file renamed .xlsx fails here, a short one earlier).
            if (head.length == 4) {
                return "import.file.notXlsx";
            }
        } catch (IOException again) {
            e.addSuppressed(again);
        }
        return "import.file.unreadable";
    }

    /** The two sheets, streamed (see SheetRows), found by name as XSSFWorkbook.getSheet finds them. */
    private ImportSheet read(OPCPackage pkg) throws IOException, OpenXML4JException, XmlException, SAXException {
        XSSFReader reader = new XSSFReader(pkg);
        CTWorkbook workbook;
        try (InputStream in = reader.getWorkbookData()) {
            workbook = WorkbookDocument.Factory.parse(in, POIXMLTypeLoader.DEFAULT_XML_OPTIONS).getWorkbook();
        }
        Optional<CTSheet> peopleSheet = sheet(workbook, ImportFormat.PEOPLE);
        if (peopleSheet.isEmpty()) {
            throw new ImportFileException("import.file.noPeopleSheet", null);
        }
        Optional<CTSheet> stepsSheet = sheet(workbook, ImportFormat.STEPS);
        SheetRows.Workbook shared = new SheetRows.Workbook(new ReadOnlySharedStringsTable(pkg, false),
                Optional.ofNullable(reader.getStylesTable()),
                workbook.getWorkbookPr() != null && workbook.getWorkbookPr().getDate1904());
        SheetRows people = rows(reader, peopleSheet.get(), shared, ImportFormat.MAX_ROWS);
        Optional<SheetRows> steps = stepsSheet.isEmpty() ? Optional.empty()
                : Optional.of(rows(reader, stepsSheet.get(), shared, ImportFormat.MAX_STEP_ROWS));
        List<ImportSheet.Problem> errors = new ArrayList<>();
        List<ImportSheet.Problem> warnings = new ArrayList<>();
        People read = readPeople(people, errors, warnings);
        List<ImportSheet.ImportedStep> stepRows = steps.isEmpty() ? List.of() : readSteps(steps.get(), errors, warnings);
        return new ImportSheet(read.persons(), stepRows, errors, warnings, read.unreadCodes(), read.rowsRead());
    }

    /** The first sheet of that name, ignoring case. */
    private static Optional<CTSheet> sheet(CTWorkbook workbook, String name) {
        if (workbook.getSheets() == null) {
            return Optional.empty();
        }
        for (CTSheet sheet : workbook.getSheets().getSheetArray()) {
            if (name.equalsIgnoreCase(sheet.getName())) {
                return Optional.of(sheet);
            }
        }
        return Optional.empty();
    }

    private static SheetRows rows(XSSFReader reader, CTSheet sheet, SheetRows.Workbook shared, int limit)
            throws IOException, OpenXML4JException, SAXException {
        try (InputStream in = reader.getSheet(sheet.getId())) {
            return SheetRows.read(sheet.getName(), in, shared, limit);
        }
    }

    /** Column index by header, with warnings for headers the format does not know. */
    private Map<String, Integer> columns(SheetRows sheet, List<String> known, List<ImportSheet.Problem> warnings) {
        Map<String, Integer> index = new HashMap<>();
        Optional<SheetRows.Row> header = sheet.row(0);
        if (header.isEmpty()) {
            return index;
        }
        for (Map.Entry<Integer, CellValue> c : header.get().cells().entrySet()) {
            String name = c.getValue().type() == CellType.STRING ? clean(c.getValue().text()) : "";
            Optional<String> match = known.stream()
                    .filter(k -> ImportFormat.normalise(k).equals(ImportFormat.normalise(name))).findFirst();
            if (match.isPresent()) {
                index.put(match.get(), c.getKey());
            } else if (!name.isBlank()) {
                warnings.add(new ImportSheet.Problem(sheet.name(), 1, name, m.get("import.warn.unknownColumn")));
            }
        }
        return index;
    }

    /**
     * The people's rows read: {@code unreadCodes}, the "Mã" of rows that could not be read; {@code rowsRead} false
     * when a column they need is missing, so that no row was read.
     */
    private record People(List<ImportSheet.Person> persons, java.util.Set<String> unreadCodes, boolean rowsRead) {
    }

    private People readPeople(SheetRows sheet, List<ImportSheet.Problem> errors, List<ImportSheet.Problem> warnings) {
        Map<String, Integer> col = columns(sheet, ImportFormat.peopleColumns(), warnings);
        boolean columnsMissing = false;
        for (String required : List.of("Họ và tên", "Giới tính", "Ngày sinh")) {
            if (!col.containsKey(required)) {
                errors.add(new ImportSheet.Problem(sheet.name(), 1, required, m.get("import.err.missingColumn")));
                columnsMissing = true;
            }
        }
        List<ImportSheet.Person> result = new ArrayList<>();
        java.util.Set<String> unreadCodes = new java.util.HashSet<>();
        if (columnsMissing) {
            return new People(result, unreadCodes, false);
        }
        Map<String, Integer> codes = new HashMap<>();
        for (SheetRows.Row row : sheet.body()) {
            int r = row.index();
            Cells cells = new Cells(sheet.name(), row, col, errors);
            String name = cells.text("Họ và tên");
            if (name.isBlank()) {
                cells.error("Họ và tên", m.get("validation.fullName.required"));
            }
            String genderText = cells.text("Giới tính").toLowerCase(VIETNAMESE);
            Gender gender = switch (genderText) {
                case "nam" -> Gender.MALE;
                case "nữ", "nu" -> Gender.FEMALE;
                default -> {
                    cells.error("Giới tính", m.get("import.err.gender", cells.text("Giới tính")));
                    yield null;
                }
            };
            Optional<LocalDate> birth = cells.date("Ngày sinh", true);
            String union = cells.text("Đoàn viên").toLowerCase(VIETNAMESE);
            boolean member = union.equals("có") || union.equals("co");
            if (!union.isEmpty() && !member && !union.equals("không") && !union.equals("khong")) {
                cells.error("Đoàn viên", m.get("import.err.yesNo", cells.text("Đoàn viên")));
            }
            String code = cells.text(ImportFormat.CODE);
            if (!code.isEmpty() && codes.containsKey(code)) {
                cells.error(ImportFormat.CODE, m.get("import.err.duplicateCode", code, codes.get(code)));
            }
            codes.putIfAbsent(code, r + 1);
            if (gender == null || birth.isEmpty() || name.isBlank()) {
                if (!code.isEmpty()) {
                    unreadCodes.add(code);
                }
                continue;
            }
            Candidate c = Candidate.builder().fullName(name).gender(gender).birthDate(birth.get())
                    .birthPlace(cells.text("Nơi sinh")).homeTown(cells.text("Quê quán"))
                    .permanentResidence(cells.text("Nơi thường trú"))
                    .ethnicity(cells.text("Dân tộc")).religion(cells.text("Tôn giáo"))
                    .citizenId(cells.citizenId("Số CCCD")).phone(cells.text("Điện thoại"))
                    .occupation(cells.text("Nghề nghiệp, nơi làm việc")).workplace(cells.text("Nơi làm việc"))
                    .youthUnionSince(cells.date("Ngày vào Đoàn", false).orElse(null))
                    .massAssociations(cells.text("Hội viên các đoàn thể")).birthName(cells.text("Họ tên khai sinh"))
                    .alias(cells.text("Bí danh")).temporaryResidence(cells.text("Nơi tạm trú"))
                    .education(cells.text("Trình độ giáo dục phổ thông"))
                    .professionalQualification(cells.text("Chuyên môn"))
                    .politicalTheory(cells.text("Lý luận chính trị")).youthUnionMember(member)
                    .notes(cells.text("Ghi chú")).build();
            result.add(new ImportSheet.Person(r + 1, code, c, cells.text("Nguồn"), !union.isEmpty()));
        }
        return new People(result, unreadCodes, true);
    }

    private List<ImportSheet.ImportedStep> readSteps(SheetRows sheet, List<ImportSheet.Problem> errors,
                                                     List<ImportSheet.Problem> warnings) {
        Map<String, Integer> col = columns(sheet, ImportFormat.stepColumns(), warnings);
        List<ImportSheet.ImportedStep> result = new ArrayList<>();
        for (SheetRows.Row row : sheet.body()) {
            int r = row.index();
            Cells cells = new Cells(sheet.name(), row, col, errors);
            String code = cells.text(ImportFormat.CODE);
            if (code.isEmpty()) {
                cells.error(ImportFormat.CODE, m.get("import.err.noCode"));
            }
            Optional<StepCode> step = stepCode(cells.text("Bước"));
            if (step.isEmpty()) {
                cells.error("Bước", m.get("import.err.step", cells.text("Bước")));
            }
            Optional<LocalDate> date = cells.date("Ngày", true);
            Optional<Integer> members = cells.number("Số đảng viên chính thức");
            Optional<Integer> present = cells.number(ImportFormat.MEMBERS_PRESENT);
            Optional<Integer> votes = cells.number("Số tán thành");
            List<String> names = split(cells.text("Người liên quan"));
            List<String> since = split(cells.text("Quen biết từ"));
            if (step.isEmpty() || date.isEmpty() || code.isEmpty()) {
                continue;
            }
            List<StepPerson> people = new ArrayList<>();
            Optional<PersonRole> role = step.get().personRole();
            if (!names.isEmpty() && role.isEmpty()) {
                warnings.add(new ImportSheet.Problem(sheet.name(), r + 1, "Người liên quan",
                        m.get("import.warn.peopleIgnored")));
            }
            for (int i = 0; role.isPresent() && i < names.size(); i++) {
                Optional<LocalDate> known = Optional.empty();
                if (i < since.size() && !since.get(i).isEmpty()) {
                    known = DisplayDates.parse(since.get(i));
                    if (known.isEmpty()) {
                        cells.error("Quen biết từ", m.get("validation.date.format", since.get(i)));
                    }
                }
                PersonRole personRole = role.get();
                String lower = names.get(i).toLowerCase(VIETNAMESE);
                if (step.get() == StepCode.INTRODUCTION && (lower.contains("đoàn") && (lower.startsWith("ban chấp hành")
                        || lower.startsWith("bch")))) {
                    personRole = PersonRole.YOUTH_UNION_INTRODUCER;
                }
                people.add(new StepPerson(personRole, names.get(i), known));
            }
            boolean closes = step.get().closesFile();
            Step s = new Step(0, 0, step.get(), date.get(), cells.text("Số văn bản"), cells.text("Cơ quan ban hành"),
                    cells.date("Ngày nhận quyết định", false), cells.text("Kết quả"), members, present, votes,
                    cells.text("Ghi chú"), people);
            if (closes && s.note().isBlank()) {
                cells.error("Ghi chú", m.get("validation.step.reason"));
            }
            result.add(new ImportSheet.ImportedStep(r + 1, code, s));
        }
        return result;
    }

    /**
     * A step code of domain.md, its Vietnamese label (long or short), ignoring case, or its number in the
     * procedure as the window and the guide show it ("3", "Bước 3"): a cell's own spreadsheet often
     * numbers the steps.
     */
    Optional<StepCode> stepCode(String text) {
        if (stepNames.isEmpty()) {
            for (StepCode c : StepCode.values()) {
                if (c.order() > 0) {
                    stepNames.put(String.valueOf(c.order()), c);
                    stepNames.put(ImportFormat.normalise(m.get("import.stepNumber", c.order())), c);
                }
            }
            // Reversed, so that where two steps share a name the first step wins, as a search in order finds it.
            List<StepCode> codes = new ArrayList<>(List.of(StepCode.values()));
            java.util.Collections.reverse(codes);
            for (StepCode c : codes) {
                stepNames.put(ImportFormat.normalise(m.get("step." + c.name() + ".short")), c);
                stepNames.put(ImportFormat.normalise(m.get("step." + c.name())), c);
                stepNames.put(ImportFormat.normalise(c.name()), c);
            }
        }
        return Optional.ofNullable(stepNames.get(ImportFormat.normalise(text)));
    }

    private static List<String> split(String text) {
        if (text.isBlank()) {
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        for (String p : text.split(";")) {
            parts.add(p.strip());
        }
        return parts;
    }

    /** One row's cells by column name, noting problems with where they are. */
    private final class Cells {
        private final String sheet;
        private final SheetRows.Row row;
        private final Map<String, Integer> col;
        private final List<ImportSheet.Problem> errors;

        Cells(String sheet, SheetRows.Row row, Map<String, Integer> col, List<ImportSheet.Problem> errors) {
            this.sheet = sheet;
            this.row = row;
            this.col = col;
            this.errors = errors;
        }

        /**
         * Notes a problem once: a cell is read more than once (as a date, then as text), and after "this
         * cell has a formula" anything else said about the cell would only be about its missing value.
         */
        void error(String column, String message) {
            String formula = m.get("import.err.formula");
            boolean said = errors.stream().anyMatch(p -> p.sheet().equals(sheet) && p.row() == row.index() + 1
                    && p.column().equals(column) && (p.message().equals(message) || p.message().equals(formula)));
            if (!said) {
                errors.add(new ImportSheet.Problem(sheet, row.index() + 1, column, message));
            }
        }

        private Optional<CellValue> raw(String column) {
            Integer i = col.get(column);
            return i == null ? Optional.empty() : row.cell(i);
        }

        private Optional<CellValue> cell(String column) {
            Optional<CellValue> c = raw(column);
            if (c.isPresent() && c.get().type() == CellType.FORMULA) {
                error(column, m.get("import.err.formula"));
                return Optional.empty();
            }
            return c;
        }

        String text(String column) {
            return cell(column).map(c -> switch (c.type()) {
                case STRING -> clean(c.text());
                case NUMERIC -> c.date().map(DisplayDates::format).orElseGet(() -> wholeOrDecimal(c.number()));
                case BOOLEAN -> c.truth() ? "Có" : "Không";
                default -> "";
            }).orElse("");
        }

        /** A formula cell is reported once, by cell(); the readers that look twice stop after that. */
        private boolean formula(String column) {
            return raw(column).filter(c -> c.type() == CellType.FORMULA).isPresent();
        }

        Optional<LocalDate> date(String column, boolean required) {
            Optional<CellValue> c = cell(column);
            if (c.isEmpty() && formula(column)) {
                return Optional.empty();
            }
            if (c.isPresent() && c.get().type() == CellType.NUMERIC) {
                if (c.get().date().isPresent()) {
                    return c.get().date();
                }
                error(column, m.get("import.err.numberAsDate", wholeOrDecimal(c.get().number())));
                return Optional.empty();
            }
            String t = text(column);
            if (t.isEmpty()) {
                if (required) {
                    error(column, m.get("validation.date.required"));
                }
                return Optional.empty();
            }
            Optional<LocalDate> d = DisplayDates.parse(t);
            if (d.isEmpty()) {
                error(column, m.get("validation.date.format", t));
            }
            return d;
        }

        /** Leading zeros kept whether the cell is text or a number. */
        String citizenId(String column) {
            Optional<CellValue> c = cell(column);
            if (c.isEmpty() && formula(column)) {
                return "";
            }
            if (c.isPresent() && c.get().type() == CellType.NUMERIC) {
                String digits = String.valueOf((long) c.get().number());
                // Excel drops leading zeros of a 12-digit ID; anything shorter is not a CCCD (an old CMND).
                return digits.length() >= 10 && digits.length() <= 12 ? "0".repeat(12 - digits.length()) + digits
                        : digits;
            }
            return text(column).replaceAll("\\s", "");
        }

        Optional<Integer> number(String column) {
            String t = text(column);
            if (t.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(Integer.parseInt(t));
            } catch (NumberFormatException e) {
                error(column, m.get("validation.number", t));
                return Optional.empty();
            }
        }
    }

    /** Text as typed anywhere, tidied the same way as the form's (see TextTidy). */
    static String clean(String text) {
        return vn.ptdv.domain.TextTidy.tidy(text);
    }

    private static String wholeOrDecimal(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
