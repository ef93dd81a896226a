package vn.ptdv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.ptdv.app.Main;
import vn.ptdv.domain.Cell;
import vn.ptdv.domain.CandidateSummary;
import vn.ptdv.report.ImportFormat;
import vn.ptdv.service.Services;

/**
 * A database from the command line (issue 15): {@code init}, and {@code import}, {@code restore} and
 * {@code --demo} into a path with no file yet; a command that fails leaves no file at all, and commands
 * that only read keep refusing a missing file without making anything.
 */
class NewDatabaseCommandsTest {
    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Main.run(args, new PrintWriter(out), new PrintWriter(err), (db, demo) -> {
            throw new AssertionError("no window");
        });
    }

    private Path newDb() {
        return folder.resolve("moi.db");
    }

    private Set<String> filesInFolder() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> !f.equals(folder)).map(f -> folder.relativize(f).toString())
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static Services open(Path database) {
        return Services.open(database, Clock.systemDefaultZone());
    }

    /** An import workbook with the people sheet only, rows given as Mã, Họ và tên, Giới tính, Ngày sinh. */
    private Path workbook(String name, String[]... people) throws IOException {
        Path file = folder.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream stream = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet(ImportFormat.PEOPLE);
            text(sheet.createRow(0), "Mã", "Họ và tên", "Giới tính", "Ngày sinh");
            for (int i = 0; i < people.length; i++) {
                text(sheet.createRow(i + 1), people[i]);
            }
            wb.write(stream);
        }
        return file;
    }

    private static void text(Row row, String... values) {
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }

    @Test
    void initMakesADatabaseHoldingTheCellsDetailsAndRefusesAnExistingFile() throws Exception {
        assertThat(run("init", "--db", newDb().toString(), "--cell", "Chi bộ Tổ dân phố số 3",
                "--superior", "Đảng bộ thị trấn Phố Lu", "--secretary", "Lương Văn Sơn", "--place", "Phố Lu",
                "--members", "25")).isZero();
        assertThat(out.toString()).contains("Đã tạo tệp dữ liệu " + newDb().toAbsolutePath() + " cho Chi bộ Tổ dân phố số 3.");
        assertThat(err.toString()).isEmpty();
        try (Services services = open(newDb())) {
            assertThat(services.cell().cell()).contains(
                    new Cell("Chi bộ Tổ dân phố số 3", "Đảng bộ thị trấn Phố Lu", "Phố Lu", "Lương Văn Sơn", 25));
            assertThat(services.candidates().count()).isZero();
        }
        byte[] before = Files.readAllBytes(newDb());

        assertThat(run("--db", newDb().toString(), "init", "--cell", "Chi bộ khác")).isEqualTo(1);
        assertThat(err.toString()).startsWith("Lỗi: đã có tệp " + newDb().toAbsolutePath())
                .contains("không ghi đè");
        assertThat(Files.readAllBytes(newDb())).isEqualTo(before);
    }

    @Test
    void initWithoutTheCellsNameIsAWrongArgumentAndMakesNothing() throws Exception {
        assertThat(run("init", "--db", newDb().toString())).isEqualTo(2);
        assertThat(err.toString()).contains("thiếu giá trị cho --cell").contains("init --help");
        assertThat(filesInFolder()).isEmpty();
    }

    @Test
    void initWithABlankNameIsRefusedAndLeavesNoFileNorLog() throws Exception {
        assertThat(run("init", "--db", newDb().toString(), "--cell", "  ")).isEqualTo(1);
        assertThat(err.toString()).startsWith("Lỗi: ").contains("Chưa nhập tên chi bộ")
                .contains("không giữ tệp dữ liệu mới " + newDb().toAbsolutePath());
        assertThat(filesInFolder()).isEmpty();
    }

    @Test
    void importIntoANewPathMakesTheDatabaseWithThePeopleAfterSayingSo() throws Exception {
        Path list = workbook("danh-sach.xlsx", new String[] {"1", "Trần Văn Bình", "Nam", "01/01/1990"},
                new String[] {"2", "Nguyễn Thị Thảo", "Nữ", "12/04/1998"});

        assertThat(run("import", list.toString(), "--db", newDb().toString())).isZero();

        assertThat(err.toString()).isEqualTo("Chưa có tệp dữ liệu " + newDb().toAbsolutePath() + ": tạo tệp mới."
                + System.lineSeparator());
        assertThat(out.toString()).contains("Thêm mới 2 người");
        try (Services services = open(newDb())) {
            assertThat(services.candidates().listSummaries()).extracting(CandidateSummary::fullName)
                    .containsExactly("Trần Văn Bình", "Nguyễn Thị Thảo");
        }
    }

    @Test
    void aRefusedImportIntoANewPathLeavesNoFileAtAll() throws Exception {
        Path list = workbook("loi.xlsx", new String[] {"1", "Trần Văn Bình", "Nam", "31/02/1990"});
        Set<String> before = filesInFolder();

        assertThat(run("--db", newDb().toString(), "import", list.toString())).isEqualTo(1);

        assertThat(out.toString()).contains("31/02/1990");
        assertThat(err.toString()).contains("tạo tệp mới").contains("không giữ tệp dữ liệu mới");
        assertThat(filesInFolder()).isEqualTo(before);
    }

    @Test
    void aWorkbookThatCannotBeReadIntoANewPathLeavesNoFileAtAll() throws Exception {
        Path text = Files.writeString(folder.resolve("ds.xlsx"), "Họ và tên\tGiới tính\n");
        Set<String> before = filesInFolder();

        assertThat(run("--db", newDb().toString(), "import", text.toString())).isEqualTo(1);

        assertThat(err.toString()).contains("không phải là tệp Excel").doesNotContain("Exception");
        assertThat(filesInFolder()).isEqualTo(before);
    }

    @Test
    void aDryRunOnANewPathPreviewsAgainstAnEmptyDatabaseAndMakesNothing() throws Exception {
        Path list = workbook("danh-sach.xlsx", new String[] {"1", "Trần Văn Bình", "Nam", "01/01/1990"});
        Set<String> before = filesInFolder();

        assertThat(run("--db", newDb().toString(), "import", list.toString(), "--dry-run")).isZero();

        assertThat(out.toString()).contains("Thêm mới 1 người").contains("Chưa ghi gì (chạy thử).");
        assertThat(err.toString()).contains("xem trước như nhập vào tệp trống; không tạo tệp nào");
        assertThat(filesInFolder()).isEqualTo(before);
    }

    @Test
    void restoreIntoANewPathGivesTheSameData() throws Exception {
        Path old = folder.resolve("cu/ptdv.db");
        Files.createDirectories(old.getParent());
        assertThat(run("--db", old.toString(), "--demo", "backup", "--out", folder.resolve("sao-luu.ptdvbak").toString(),
                "--password=bí mật")).isZero();
        assertThat(run("--db", old.toString(), "candidates", "list", "--json")).isZero();
        String people = out.toString();

        assertThat(run("--db", newDb().toString(), "restore", folder.resolve("sao-luu.ptdvbak").toString(),
                "--password=bí mật")).isZero();
        assertThat(err.toString()).contains("Chưa có tệp dữ liệu " + newDb().toAbsolutePath() + ": tạo tệp mới.");
        assertThat(out.toString()).contains("vào tệp mới " + newDb().toAbsolutePath());

        assertThat(run("--db", newDb().toString(), "candidates", "list", "--json")).isZero();
        assertThat(out.toString()).isEqualTo(people);
        assertThat(Files.exists(folder.resolve("backups"))).as("no backup of data that was not there").isFalse();
    }

    @Test
    void aBadBackupIntoANewPathLeavesNothing() throws Exception {
        Path notABackup = Files.writeString(folder.resolve("hong.ptdvbak"), "không phải bản sao lưu");
        Set<String> before = filesInFolder();

        assertThat(run("--db", newDb().toString(), "restore", notABackup.toString())).isEqualTo(1);

        assertThat(err.toString()).contains("Lỗi: ").doesNotContain("Exception");
        assertThat(filesInFolder()).isEqualTo(before);
    }

    @Test
    void demoIntoANewPathSaysSoOnStderrAndKeepsStdoutForTheJson() throws Exception {
        assertThat(run("--db", newDb().toString(), "--demo", "candidates", "list", "--json")).isZero();
        assertThat(err.toString()).isEqualTo("Chưa có tệp dữ liệu " + newDb().toAbsolutePath() + ": tạo tệp mới."
                + System.lineSeparator());
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString()).size()).isEqualTo(13);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"init --cell X", "import danh-sach.xlsx", "restore sao-luu.ptdvbak", "--demo check"})
    void aNewDatabaseInAFolderThatDoesNotExistIsRefusedAndNoFolderIsMade(String command) throws Exception {
        workbook("danh-sach.xlsx", new String[] {"1", "Trần Văn Bình", "Nam", "01/01/1990"});
        Files.writeString(folder.resolve("sao-luu.ptdvbak"), "x");
        Path typo = folder.resolve("thu-muc-go-nham/moi.db");
        Set<String> before = filesInFolder();
        String[] words = command.replace("danh-sach.xlsx", folder.resolve("danh-sach.xlsx").toString())
                .replace("sao-luu.ptdvbak", folder.resolve("sao-luu.ptdvbak").toString()).split(" ");
        String[] args = Stream.concat(Stream.of("--db", typo.toString()), Stream.of(words)).toArray(String[]::new);

        assertThat(run(args)).isEqualTo(1);

        assertThat(err.toString()).contains("Không có thư mục " + typo.toAbsolutePath().getParent())
                .contains("kiểm tra lại đường dẫn sau --db").doesNotContain("Exception");
        assertThat(filesInFolder()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"check", "candidates list --json", "stats --year 2026", "audit", "journal --candidate 1",
        "holidays --year 2026", "backup --out sao-luu.ptdvbak", "report --year 2026 --out bc.xlsx", "password --remove"})
    void commandsThatReadRefuseAMissingFileAndMakeNothing(String command) throws Exception {
        String[] words = command.replace("sao-luu.ptdvbak", folder.resolve("sao-luu.ptdvbak").toString())
                .replace("bc.xlsx", folder.resolve("bc.xlsx").toString()).split(" ");
        String[] args = Stream.concat(Stream.of("--db", folder.resolve("go-nham.db").toString()), Stream.of(words))
                .toArray(String[]::new);

        assertThat(run(args)).isEqualTo(1);

        assertThat(err.toString()).isEqualTo("Lỗi: Không có tệp dữ liệu " + folder.resolve("go-nham.db").toAbsolutePath()
                + ". Hãy kiểm tra lại đường dẫn sau --db; muốn bắt đầu một tệp dữ liệu mới thì dùng lệnh init"
                + " (hoặc mở chương trình một lần)." + System.lineSeparator());
        assertThat(filesInFolder()).as("no file, no folder, no log").isEmpty();
    }
}
