package vn.ptdv.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ptdv.TestData;
import vn.ptdv.domain.Candidate;
import vn.ptdv.domain.PersonRole;
import vn.ptdv.domain.StepCode;
import vn.ptdv.service.CandidateWithSteps;
import vn.ptdv.service.Services;

/** The template filled as a cell would, imported; then the ways a file can be wrong. */
class ImportServiceTest {
    @TempDir
    Path folder;

    private Services services;
    private ImportService imports;

    @BeforeEach
    void open() {
        services = TestData.services(folder);
        imports = new ImportService(services);
    }

    /** The template, filled by code as a person would by hand. */
    private Path filled(String name, Object[][] people, Object[][] steps) throws Exception {
        Path template = folder.resolve("mau.xlsx");
        new TemplateWriter().write(template);
        Path file = folder.resolve(name);
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            fill(wb.getSheet(ImportFormat.PEOPLE), ImportFormat.PEOPLE_COLUMNS, people, wb);
            fill(wb.getSheet(ImportFormat.STEPS), ImportFormat.STEP_COLUMNS, steps, wb);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    /** Rows given as column name / value pairs. */
    private static void fill(Sheet sheet, java.util.List<String> columns, Object[][] rows, XSSFWorkbook wb) {
        var dateStyle = wb.createCellStyle();
        dateStyle.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
        int r = 1;
        for (Object[] values : rows) {
            Row row = sheet.createRow(r++);
            for (int i = 0; i < values.length; i += 2) {
                var cell = row.createCell(columns.indexOf((String) values[i]));
                Object v = values[i + 1];
                if (v instanceof LocalDate d) {
                    cell.setCellValue(d);
                    cell.setCellStyle(dateStyle);
                } else if (v instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else if (v instanceof String s && s.startsWith("=")) {
                    cell.setCellFormula(s.substring(1));
                } else {
                    cell.setCellValue((String) v);
                }
            }
        }
    }

    private Path goodFile() throws Exception {
        return filled("tot.xlsx", new Object[][] {
            {"Mã", "1", "Họ và tên", "Nguyễn Thị Thảo", "Giới tính", "Nữ", "Ngày sinh", LocalDate.of(1998, 4, 12),
                "Số CCCD", 10198004512.0, "Đoàn viên", "Có", "Nguồn", "Đoàn viên thanh niên"},
            {"Mã", "2", "Họ và tên", "Đỗ Anh Vinh", "Giới tính", "nam", "Ngày sinh", "29/02/1992",
                "Số CCCD", "010092001359", "Nguồn", "Thanh niên tình nguyện"},
        }, new Object[][] {
            {"Mã", "1", "Bước", "SOURCE_LISTED", "Ngày", "15/03/2024", "Số văn bản", "05-NQ/CB"},
            {"Mã", "1", "Bước", "Học lớp nhận thức", "Ngày", LocalDate.of(2024, 6, 10)},
            {"Mã", "2", "Bước", "Giới thiệu người vào Đảng (mẫu 3-KNĐ; Đoàn: mẫu 4-KNĐ)", "Ngày", "20/06/2026",
                "Người liên quan", "Lương Văn Sơn; Phạm Văn Tâm", "Quen biết từ", "15/05/2024; 01/03/2021"},
        });
    }

    @Test
    void aPersonsRowInErrorIsToldOnceNotAgainForEachOfItsStepsAndTheErrorsComeFirst() throws Exception {
        Path file = filled("ngay-sai.xlsx", new Object[][] {
            {"Mã", "1", "Họ và tên", "Nguyễn Thị Thảo", "Giới tính", "Nữ", "Ngày sinh", LocalDate.of(1998, 4, 12),
                "Dân tộc", "kinh", "Tôn giáo", "không"},
            {"Mã", "3", "Họ và tên", "Đỗ Anh Vinh", "Giới tính", "Nam", "Ngày sinh", "31/02/2001"},
        }, new Object[][] {
            {"Mã", "1", "Bước", "SOURCE_LISTED", "Ngày", "15/03/2024"},
            {"Mã", "3", "Bước", "SOURCE_LISTED", "Ngày", "15/03/2024"},
            {"Mã", "7", "Bước", "SOURCE_LISTED", "Ngày", "15/03/2024"},
        });
        ImportPreview preview = imports.preview(file);

        // The birth date, and the step of a code that is on no row; not the steps of the row in error.
        assertThat(preview.errors()).extracting(ImportSheet.Problem::sheet, ImportSheet.Problem::row, ImportSheet.Problem::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ImportFormat.PEOPLE, 3, "Ngày sinh"),
                        org.assertj.core.groups.Tuple.tuple(ImportFormat.STEPS, 4, ImportFormat.CODE));
        java.util.List<String> lines = ImportText.lines(preview, vn.ptdv.i18n.Messages.current());
        assertThat(lines.get(0)).startsWith("Lỗi — trang “Quần chúng”, dòng 3, cột “Ngày sinh”");
        assertThat(lines).noneMatch(l -> l.startsWith("Thêm mới"));
    }

    @Test
    void aMissingColumnIsTheOnlyErrorNotEveryStepOfThePeopleItHides() throws Exception {
        Path file = filled("thieu-cot.xlsx", new Object[][] {
            {"Mã", "1", "Họ và tên", "Nguyễn Thị Thảo", "Giới tính", "Nữ", "Ngày sinh", LocalDate.of(1998, 4, 12)},
        }, new Object[][] {
            {"Mã", "1", "Bước", "SOURCE_LISTED", "Ngày", "15/03/2024"},
        });
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet people = wb.getSheet(ImportFormat.PEOPLE);
            people.getRow(0).getCell(ImportFormat.PEOPLE_COLUMNS.indexOf("Ngày sinh")).setCellValue("");
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        ImportPreview preview = imports.preview(file);

        assertThat(preview.errors()).extracting(ImportSheet.Problem::column).containsExactly("Ngày sinh");
    }

    @Test
    void anEthnicityAndAReligionTypedInSmallLettersAreStoredAsTheListSpellsThem() throws Exception {
        Path file = filled("chu-thuong.xlsx", new Object[][] {
            {"Mã", "1", "Họ và tên", "Nguyễn Văn An", "Giới tính", "Nam", "Ngày sinh", LocalDate.of(1998, 4, 12),
                "Dân tộc", "kinh", "Tôn giáo", "phật giáo"},
        }, new Object[][] {});
        assertThat(imports.apply(file).errors()).isEmpty();
        var stored = services.candidates().listWithSteps().get(0).candidate();
        assertThat(stored.ethnicity()).isEqualTo("Kinh");
        assertThat(stored.religion()).isEqualTo("Phật giáo");
    }

    @Test
    void aFilledTemplateIsImportedWithLeadingZerosAndPeople() throws Exception {
        ImportPreview preview = imports.apply(goodFile());

        assertThat(preview.errors()).isEmpty();
        assertThat(preview.added()).containsExactly("Nguyễn Thị Thảo", "Đỗ Anh Vinh");
        assertThat(preview.stepsAdded()).isEqualTo(3);
        assertThat(preview.newSources()).containsExactly("Thanh niên tình nguyện");
        var all = services.candidates().listWithSteps();
        Candidate thao = all.stream().map(CandidateWithSteps::candidate)
                .filter(c -> c.fullName().equals("Nguyễn Thị Thảo")).findFirst().orElseThrow();
        assertThat(thao.citizenId()).isEqualTo("010198004512");
        assertThat(thao.youthUnionMember()).isTrue();
        CandidateWithSteps vinh = all.stream().filter(x -> x.candidate().fullName().equals("Đỗ Anh Vinh"))
                .findFirst().orElseThrow();
        assertThat(vinh.candidate().birthDate()).isEqualTo(LocalDate.of(1992, 2, 29));
        assertThat(vinh.steps()).singleElement().satisfies(s -> {
            assertThat(s.code()).isEqualTo(StepCode.INTRODUCTION);
            assertThat(s.people()).extracting(p -> p.name()).containsExactly("Lương Văn Sơn", "Phạm Văn Tâm");
            assertThat(s.people()).allMatch(p -> p.role() == PersonRole.INTRODUCER);
            assertThat(s.people().get(1).knownSince()).contains(LocalDate.of(2021, 3, 1));
        });
    }

    @Test
    void importingTheSameFileAgainUpdatesAndAddsNoDuplicate() throws Exception {
        Path file = goodFile();
        imports.apply(file);
        // Each import that writes is preceded by a backup of the state before it.
        assertThat(services.backups().list()).extracting(b -> b.reason())
                .containsExactly(vn.ptdv.service.BackupService.Reason.BEFORE_IMPORT);
        ImportPreview again = imports.apply(file);
        assertThat(again.added()).isEmpty();
        assertThat(again.updated()).containsExactly("Nguyễn Thị Thảo", "Đỗ Anh Vinh");
        assertThat(again.stepsAdded()).isZero();
        assertThat(again.stepsAlreadyThere()).isEqualTo(3);
        assertThat(services.candidates().count()).isEqualTo(2);
        assertThat(services.candidates().listWithSteps().stream().mapToInt(x -> x.steps().size()).sum()).isEqualTo(3);
    }

    @Test
    void aStepMayBeGivenByItsNumberInTheProcedureAsTheWindowShowsIt() throws Exception {
        Path file = filled("so-buoc.xlsx", new Object[][] {
            {"Mã", "1", "Họ và tên", "Nguyễn Văn An", "Giới tính", "Nam", "Ngày sinh", LocalDate.of(1998, 4, 12)},
        }, new Object[][] {
            {"Mã", "1", "Bước", 1, "Ngày", "15/03/2024"},
            {"Mã", "1", "Bước", "3", "Ngày", "10/06/2024"},
            {"Mã", "1", "Bước", "bước 4", "Ngày", "01/07/2024"},
        });
        assertThat(imports.apply(file).errors()).isEmpty();
        assertThat(services.candidates().listWithSteps().get(0).steps()).extracting(s -> s.code())
                .containsExactlyInAnyOrder(StepCode.SOURCE_LISTED, StepCode.AWARENESS_CLASS, StepCode.APPLICATION);
    }

    @Test
    void aNumberOutsideTheProcedureIsNoStep() throws Exception {
        Path file = filled("so-sai.xlsx", new Object[][] {
            {"Mã", "1", "Họ và tên", "Nguyễn Văn An", "Giới tính", "Nam", "Ngày sinh", LocalDate.of(1998, 4, 12)},
        }, new Object[][] {
            {"Mã", "1", "Bước", 17, "Ngày", "15/03/2024"},
            {"Mã", "1", "Bước", "0", "Ngày", "15/03/2024"},
        });
        ImportPreview preview = imports.apply(file);
        assertThat(preview.errors()).extracting(e -> e.sheet() + "|" + e.row() + "|" + e.column())
                .containsExactly("Các bước|2|Bước", "Các bước|3|Bước");
        assertThat(preview.errors().get(0).message()).contains("“17”", "1 đến 16");
        assertThat(services.candidates().count()).isZero();
    }

    @Test
    void anyErrorIsNamedBySheetRowAndColumnAndNothingIsWritten() throws Exception {
        Path file = filled("loi.xlsx", new Object[][] {
            {"Mã", "1", "Họ và tên", "Nguyễn Văn An", "Giới tính", "Nam", "Ngày sinh", "31/02/1990"},
            {"Mã", "2", "Họ và tên", "Trần Thị Bình", "Giới tính", "nữ giới", "Ngày sinh", "01/01/1995"},
            {"Mã", "3", "Họ và tên", "Lê Văn Cường", "Giới tính", "Nam", "Ngày sinh", "01/01/1990", "Số CCCD", "01234"},
            {"Mã", "4", "Họ và tên", "Hồ Văn Dũng", "Giới tính", "Nam", "Ngày sinh", "01/01/1990", "Ghi chú", "=1+1"},
        }, new Object[][] {
            {"Mã", "3", "Bước", "Bước không có", "Ngày", "01/01/2025"},
            {"Mã", "9", "Bước", "APPLICATION", "Ngày", "01/01/2025"},
        });
        ImportPreview preview = imports.apply(file);
        assertThat(preview.canApply()).isFalse();
        assertThat(preview.errors()).extracting(e -> e.sheet() + "|" + e.row() + "|" + e.column()).contains(
                "Quần chúng|2|Ngày sinh", "Quần chúng|3|Giới tính", "Quần chúng|4|Số CCCD", "Quần chúng|5|Ghi chú",
                "Các bước|2|Bước", "Các bước|3|Mã");
        assertThat(preview.errors().get(0).message()).contains("31/02/1990");
        assertThat(services.candidates().count()).isZero();
        assertThat(services.cell().sourceCategories()).hasSize(8);
        assertThat(services.backups().list()).as("a refused import backs nothing up").isEmpty();
    }

    @Test
    void anImportThatDoesNotGoAheadCostsNoOlderBackupItsPlace() throws Exception {
        // The backup before an import is written while the file is checked: a refused or unreadable file
        // must leave the thirty kept backups as they were, none added and the oldest not pushed out.
        for (int i = 0; i < vn.ptdv.service.BackupService.KEEP; i++) {
            services.backups().automatic(vn.ptdv.service.BackupService.Reason.ON_CLOSE);
        }
        java.util.List<Path> before = services.backups().list().stream().map(b -> b.file()).toList();
        Path refused = filled("loi.xlsx", new Object[][] {
            {"Mã", "1", "Họ và tên", "Nguyễn Văn An", "Giới tính", "Nam", "Ngày sinh", "31/02/1990"},
        }, new Object[][] {});
        assertThat(imports.apply(refused).canApply()).isFalse();
        Path empty = Files.createFile(folder.resolve("rong.xlsx"));
        assertThatThrownBy(() -> imports.apply(empty)).hasFieldOrPropertyWithValue("messageKey", "import.file.empty");

        assertThat(services.backups().list().stream().map(b -> b.file()).toList()).isEqualTo(before);
        try (var files = Files.list(services.backups().folder())) {
            assertThat(files).hasSize(vn.ptdv.service.BackupService.KEEP);
        }
    }

    @Test
    void filesThatAreNotWorkbooksGetAClearMessage() throws Exception {
        Path empty = Files.createFile(folder.resolve("rong.xlsx"));
        Path csv = folder.resolve("danh-sach.xlsx");
        Files.writeString(csv, "Họ và tên;Giới tính\nNguyễn Văn An;Nam\n");
        Path xls = folder.resolve("cu.xls");
        try (HSSFWorkbook old = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(xls)) {
            old.createSheet("Quần chúng");
            old.write(out);
        }
        Path wrongSheets = folder.resolve("khac.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(wrongSheets)) {
            wb.createSheet("Sheet1");
            wb.write(out);
        }
        assertThatThrownBy(() -> imports.preview(empty)).hasFieldOrPropertyWithValue("messageKey", "import.file.empty");
        assertThatThrownBy(() -> imports.preview(csv)).hasFieldOrPropertyWithValue("messageKey", "import.file.notXlsx");
        // A longer CSV renamed .xlsx fails deeper in the zip reader, and is still said to be no Excel file.
        Path longCsv = folder.resolve("dai.xlsx");
        StringBuilder rows = new StringBuilder("Họ và tên,Ngày sinh,Giới tính\n");
        for (int i = 0; i < 199; i++) {
            rows.append("Nguyễn Văn ").append(i).append(",01/01/1990,Nam\n");
        }
        Files.writeString(longCsv, rows);
        assertThatThrownBy(() -> imports.preview(longCsv)).hasFieldOrPropertyWithValue("messageKey", "import.file.notXlsx");
        assertThatThrownBy(() -> imports.preview(xls))
                .hasFieldOrPropertyWithValue("messageKey", "import.file.oldOrProtected");
        assertThatThrownBy(() -> imports.preview(wrongSheets))
                .hasFieldOrPropertyWithValue("messageKey", "import.file.noPeopleSheet");
        assertThat(services.candidates().count()).isZero();
    }

    @Test
    void anUpdateKeepsWhatTheSheetLeavesEmpty() throws Exception {
        services.demo().fill();
        Path file = filled("lan.xlsx", new Object[][] {
            {"Mã", "1", "Họ và tên", "Bùi Thị Lan", "Giới tính", "Nữ", "Ngày sinh", "09/09/1988", "Điện thoại", "0900 000 001"},
        }, new Object[][] {});
        ImportPreview preview = imports.apply(file);
        assertThat(preview.updated()).containsExactly("Bùi Thị Lan");
        Candidate lan = services.candidates().listWithSteps().stream().map(CandidateWithSteps::candidate)
                .filter(c -> c.fullName().equals("Bùi Thị Lan")).findFirst().orElseThrow();
        assertThat(lan.ethnicity()).isEqualTo("Tày");
        assertThat(lan.phone()).isEqualTo("0900 000 001");
        assertThat(lan.citizenId()).isEqualTo("010188006619");
    }

    @Test
    void aRowThatIsTwoStoredPeopleUpdatesTheOneListedFirst() throws Exception {
        // Without IDs, both are the row's person; in name order "Thao" comes before "Thảo", though added later.
        Candidate first = services.candidates().save(TestData.candidate("Nguyễn Thị Thảo").build(),
                vn.ptdv.service.PhotoUpdate.keep());
        Candidate listedFirst = services.candidates().save(TestData.candidate("Nguyen Thi Thao").build(),
                vn.ptdv.service.PhotoUpdate.keep());
        Path file = filled("hai.xlsx", new Object[][] {
            {"Mã", "1", "Họ và tên", "Nguyễn Thị Thảo", "Giới tính", "Nữ", "Ngày sinh", LocalDate.of(1998, 4, 12),
                "Điện thoại", "0900 000 002"},
        }, new Object[][] {});
        ImportPreview preview = imports.apply(file);
        assertThat(preview.updated()).containsExactly("Nguyễn Thị Thảo");
        assertThat(services.candidates().find(listedFirst.id()).orElseThrow().phone()).isEqualTo("0900 000 002");
        assertThat(services.candidates().find(first.id()).orElseThrow().phone()).isEmpty();
    }

    @Test
    void twoRowsForOnePersonAreAnError() throws Exception {
        Path file = filled("trung.xlsx", new Object[][] {
            {"Mã", "1", "Họ và tên", "Phạm Văn Bảy", "Giới tính", "Nam", "Ngày sinh", "03/03/1993"},
            {"Mã", "2", "Họ và tên", "Phạm Văn Bảy", "Giới tính", "Nam", "Ngày sinh", "03/03/1993"},
        }, new Object[][] {});
        ImportPreview preview = imports.apply(file);
        assertThat(preview.errors()).extracting(e -> e.row() + " " + e.message()).anyMatch(t -> t.startsWith("3 Trùng"));
        assertThat(services.candidates().count()).isZero();
    }

    @Test
    void decomposedVietnameseAndANineDigitNumberAreHandled() throws Exception {
        String decomposed = java.text.Normalizer.normalize("Nữ", java.text.Normalizer.Form.NFD);
        Path file = filled("nfd.xlsx", new Object[][] {
            {"Mã", "1", "Họ và tên", "Lò Thị Mai", "Giới tính", decomposed, "Ngày sinh", "01/01/1999",
                "Số CCCD", 123456789.0},
        }, new Object[][] {});
        ImportPreview preview = imports.preview(file);
        assertThat(preview.errors()).extracting(ImportSheet.Problem::column).containsExactly("Số CCCD");
    }
}
