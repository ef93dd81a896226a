package vn.ptdv.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ptdv.TestData;
import vn.ptdv.service.Services;

/**
 * The program's own import, run as the user runs it (a separate JVM: {@code ptdv --db X import FILE}),
 * killed with SIGKILL at several moments, including while SQLite is writing: afterwards the database
 * passes SQLite's integrity check and holds all of the import or none of it, never a part.
 */
class ImportKilledTest {
    /** Large enough that the transaction outgrows SQLite's page cache and spills into the WAL mid-way. */
    private static final int PEOPLE = 2000;
    private static final int ALREADY_THERE = 3;

    @TempDir
    static Path shared;

    private static Path workbook;

    @TempDir
    Path folder;

    @BeforeAll
    static void bigImportFile() throws IOException {
        workbook = shared.resolve("lon.xlsx");
        String longNote = "Ghi chú dài để giao dịch lớn hơn bộ nhớ đệm của SQLite. ".repeat(10);
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(workbook)) {
            Sheet people = wb.createSheet(ImportFormat.PEOPLE);
            Sheet steps = wb.createSheet(ImportFormat.STEPS);
            header(people, List.of("Mã", "Họ và tên", "Giới tính", "Ngày sinh", "Số CCCD", "Ghi chú"));
            header(steps, List.of("Mã", "Bước", "Ngày", "Số văn bản"));
            for (int i = 1; i <= PEOPLE; i++) {
                text(people.createRow(i), String.valueOf(i), "Nguyễn Văn Nhập " + i, "Nam", "01/01/1990",
                        String.format("%012d", 500_000_000L + i), longNote + i);
                text(steps.createRow(i), String.valueOf(i), "SOURCE_LISTED", "15/03/2024", i + "-NQ/CB");
            }
            wb.write(out);
        }
    }

    private static void header(Sheet sheet, List<String> columns) {
        text(sheet.createRow(0), columns.toArray(String[]::new));
    }

    private static void text(Row row, String... values) {
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }

    /** A database with a few people already, as the cell's file would be before an import. */
    private Path databaseWithSomeone() {
        try (Services services = TestData.services(folder)) { // closed: the child must be able to lock it
            for (int i = 0; i < ALREADY_THERE; i++) {
                services.candidates().save(TestData.candidate("Người Có Sẵn " + i).build(),
                        vn.ptdv.service.PhotoUpdate.keep());
            }
            return services.database().file();
        }
    }

    private Process startImport(Path database) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(java.toString(), "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), "vn.ptdv.app.Main",
                "--db", database.toString(), "import", workbook.toString());
        pb.redirectErrorStream(true);
        pb.redirectOutput(folder.resolve("child.out").toFile());
        return pb.start();
    }

    /** What was seen: whether the child was alive at the kill, and the largest WAL seen before it. */
    private record Run(boolean aliveAtKill, long walBytes, int exitCode, String childOutput) {
    }

    /**
     * Starts the import and sends SIGKILL as soon as SQLite's write-ahead log holds more than
     * {@code killAtWalBytes} (never, for Long.MAX_VALUE). The WAL grows only while the import's
     * transaction writes, so this aims the kill into the write itself rather than at a guessed delay.
     */
    private Run run(Path database, long killAtWalBytes) throws Exception {
        Path wal = Path.of(database + "-wal");
        Process child = startImport(database);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        long walBytes = 0;
        while (child.isAlive() && System.nanoTime() < deadline && walBytes <= killAtWalBytes) {
            walBytes = Math.max(walBytes, Files.exists(wal) ? sizeOrZero(wal) : 0);
            Thread.onSpinWait();
        }
        boolean alive = child.isAlive();
        if (alive) {
            child.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no finally, no rollback by the JVM
        }
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Run(alive, walBytes, child.exitValue(), Files.readString(folder.resolve("child.out")));
    }

    private static long sizeOrZero(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0; // checkpointed and removed between the two calls
        }
    }

    /** Integrity check, then the counts of people and steps, straight through JDBC, as a new start reads them. */
    private static long[] inspect(Path database) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database);
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("ok");
            }
            try (ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
                assertThat(rs.next()).as("no step left without its person").isFalse();
            }
            long[] counts = new long[2];
            try (ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM candidate), (SELECT count(*) FROM step)")) {
                rs.next();
                counts[0] = rs.getLong(1);
                counts[1] = rs.getLong(2);
            }
            return counts;
        }
    }

    private String assertAllOrNothing(Path database, Run run, String label) throws SQLException {
        long[] counts = inspect(database);
        boolean none = counts[0] == ALREADY_THERE && counts[1] == 0;
        boolean all = counts[0] == ALREADY_THERE + PEOPLE && counts[1] == PEOPLE;
        System.out.printf("Import (%s): alive at kill=%s, WAL %d bytes -> %d people, %d steps (%s)%n",
                label, run.aliveAtKill(), run.walBytes(), counts[0], counts[1], all ? "all" : none ? "none" : "PART");
        assertThat(none || all).as("%s: %d people and %d steps are neither none nor all of the import",
                label, counts[0], counts[1]).isTrue();
        return all ? "all" : "none";
    }

    private void cleanFolder() throws IOException {
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).filter(p -> !p.equals(folder))
                    .forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void anImportKilledWhileWritingLeavesAnIntactFileWithAllOrNoneOfIt() throws Exception {
        // Left alone, the same import writes everything: "all or nothing" below is not "always nothing".
        // (In this JVM, through the service the command runs, to spare a third start of a JVM.)
        Path whole = databaseWithSomeone();
        try (Services services = Services.open(whole, TestData.CLOCK)) {
            assertThat(new ImportService(services).apply(workbook).canApply()).isTrue();
        }
        assertThat(inspect(whole)).containsExactly(ALREADY_THERE + PEOPLE, PEOPLE);

        // Killed as the first pages reach the WAL, and when a megabyte is there: the import writes over
        // two, spilling into the WAL before its commit, so this lands in the middle of the write.
        List<Run> midWrite = new ArrayList<>();
        for (long threshold : new long[] {0, 1_000_000}) {
            cleanFolder();
            Path database = databaseWithSomeone();
            Run killed = run(database, threshold);
            assertAllOrNothing(database, killed, "killed past " + threshold + " WAL bytes");
            if (killed.aliveAtKill() && killed.walBytes() > 0) {
                midWrite.add(killed);
            }
            // The next start opens the file as usual and finds the people who were there before.
            try (Services reopened = Services.open(database, TestData.CLOCK)) {
                assertThat(reopened.candidates().count()).isIn(ALREADY_THERE, ALREADY_THERE + PEOPLE);
            }
        }
        // Without this the test could pass by killing only before or after the write.
        assertThat(midWrite).as("kills that landed while SQLite was writing the import").isNotEmpty();
    }
}
