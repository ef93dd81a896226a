package vn.ptdv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.ptdv.TestData;
import vn.ptdv.app.Main;
import vn.ptdv.domain.Step;
import vn.ptdv.domain.StepCode;
import vn.ptdv.report.ImportFormat;
import vn.ptdv.service.CandidateWithSteps;
import vn.ptdv.service.PhotoUpdate;
import vn.ptdv.service.Services;

/**
 * Every kind of broken file handed to {@code import} (with and without --dry-run): exit code 1, one
 * Vietnamese line on stderr that names the problem, no stack trace, and the database as it was.
 */
class BrokenImportFilesTest {
    @TempDir
    Path folder;

    private Path database;
    private List<CandidateWithSteps> before;

    @BeforeEach
    void databaseWithSomeone() {
        try (Services services = TestData.services(folder)) { // closed: the command opens it itself
            database = services.database().file();
            var saved = services.candidates().save(TestData.candidate("Nguyễn Thị Thảo").citizenId("001198004512")
                    .build(), PhotoUpdate.keep());
            services.candidates().saveStep(Step.simple(saved.id(), StepCode.SOURCE_LISTED, LocalDate.of(2025, 3, 1)));
            before = services.candidates().listWithSteps();
        }
    }

    /** A broken file: how to make it and what the message must say. */
    private interface Maker {
        Path make(Path folder) throws Exception;
    }

    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                Arguments.of("an empty file", (Maker) f -> Files.createFile(f.resolve("rong.xlsx")), "trống"),
                Arguments.of("a text file renamed .xlsx", (Maker) f -> Files.writeString(f.resolve("ds.xlsx"),
                        "Họ và tên\tGiới tính\nNguyễn Văn An\tNam\n"), "không phải là tệp Excel"),
                Arguments.of("a truncated workbook", (Maker) BrokenImportFilesTest::truncated, "bị hỏng hoặc chưa chép hết"),
                Arguments.of("a password-protected workbook", (Maker) BrokenImportFilesTest::protectedWithPassword,
                        "mật khẩu"),
                Arguments.of("an old .xls renamed .xlsx", (Maker) BrokenImportFilesTest::oldXls, "Excel cũ"),
                Arguments.of("a zip that is no workbook", (Maker) BrokenImportFilesTest::someZip,
                        "không phải là tệp Excel"),
                Arguments.of("a folder", (Maker) f -> Files.createDirectory(f.resolve("thu-muc.xlsx")),
                        "là một thư mục"),
                Arguments.of("a file that is not there", (Maker) f -> f.resolve("khong-co.xlsx"), "Không có tệp"),
                Arguments.of("a workbook without the people sheet", (Maker) BrokenImportFilesTest::noPeopleSheet,
                        "Quần chúng"),
                Arguments.of("a workbook that inflates a thousandfold (zip bomb)", (Maker) BrokenImportFilesTest::bomb,
                        "bất thường"),
                Arguments.of("a sheet with more rows than any cell keeps", (Maker) BrokenImportFilesTest::tooManyRows,
                        "quá nhiều dòng"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void aBrokenFileEndsInOneClearLineAndTheDataUntouched(String what, Maker maker, String saying) throws Exception {
        Path file = maker.make(folder);
        for (boolean dryRun : new boolean[] {true, false}) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            String[] args = dryRun ? new String[] {"--db", database.toString(), "import", file.toString(), "--dry-run"}
                    : new String[] {"--db", database.toString(), "import", file.toString()};
            int code = Main.run(args, new PrintWriter(out), new PrintWriter(err), (db, demo) -> 0);

            assertThat(code).as(what).isEqualTo(1);
            assertThat(err.toString().lines()).as(what).singleElement().satisfies(line -> assertThat(line)
                    .startsWith("Lỗi: ").contains(saying).doesNotContain("Exception").doesNotContain("{0}"));
            assertThat(out.toString()).isEmpty();
        }
        try (Services after = TestData.services(folder)) {
            assertThat(after.candidates().listWithSteps()).isEqualTo(before);
        }
    }

    private static Path goodWorkbook(Path folder) throws IOException {
        Path file = folder.resolve("tot.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet people = wb.createSheet(ImportFormat.PEOPLE);
            text(people.createRow(0), "Mã", "Họ và tên", "Giới tính", "Ngày sinh");
            text(people.createRow(1), "1", "Trần Văn Bình", "Nam", "01/01/1990");
            wb.write(out);
        }
        return file;
    }

    private static void text(Row row, String... values) {
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }

    private static Path truncated(Path folder) throws IOException {
        byte[] whole = Files.readAllBytes(goodWorkbook(folder));
        return Files.write(folder.resolve("cut.xlsx"), java.util.Arrays.copyOf(whole, whole.length / 2));
    }

    private static Path protectedWithPassword(Path folder) throws Exception {
        Path plain = goodWorkbook(folder);
        Path file = folder.resolve("mat-khau.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("chibo2026");
            try (OPCPackage opc = OPCPackage.open(plain.toFile(), PackageAccess.READ_WRITE);
                 OutputStream os = encryptor.getDataStream(fs)) {
                opc.save(os);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        return file;
    }

    private static Path oldXls(Path folder) throws IOException {
        Path file = folder.resolve("cu.xlsx");
        try (HSSFWorkbook old = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            old.createSheet(ImportFormat.PEOPLE);
            old.write(out);
        }
        return file;
    }

    private static Path someZip(Path folder) throws IOException {
        Path file = folder.resolve("anh.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("anh/chan-dung.txt"));
            zip.write("không phải bảng tính".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }

    private static Path noPeopleSheet(Path folder) throws IOException {
        Path file = folder.resolve("khac.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("Họ và tên");
            wb.write(out);
        }
        return file;
    }

    /** A real workbook whose sheet part is a few megabytes of one repeated comment, more than POI allows for its size. */
    private static Path bomb(Path folder) throws IOException {
        Path plain = goodWorkbook(folder);
        Path file = folder.resolve("bom.xlsx");
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(plain));
             ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                    int end = xml.indexOf("</sheetData>");
                    zip.write(xml.substring(0, end).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    byte[] filler = "<!-- ".concat("x".repeat(1 << 20)).concat(" -->")
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    for (int i = 0; i < 8; i++) {
                        zip.write(filler);
                    }
                    zip.write(xml.substring(end).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        return file;
    }

    private static Path tooManyRows(Path folder) throws IOException {
        Path file = folder.resolve("nhieu.xlsx");
        try (var wb = new org.apache.poi.xssf.streaming.SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            Sheet people = wb.createSheet(ImportFormat.PEOPLE);
            text(people.createRow(0), "Mã", "Họ và tên", "Giới tính", "Ngày sinh");
            for (int r = 1; r <= ImportFormat.MAX_ROWS + 1; r++) {
                text(people.createRow(r), String.valueOf(r), "Người Thứ " + r, "Nam", "01/01/1990");
            }
            wb.write(out);
        }
        return file;
    }
}
