package vn.ptdv.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The program as the user starts it (separate JVMs with their own temp and data folders), five times and
 * more, one of them killed while it has the database open: SQLite's native library is in the data folder
 * once, and not one copy is left in the temp folder (the driver's own way leaves one per killed run).
 */
class SqliteNativeLibraryTest {
    @TempDir
    Path root;

    private Path temp;
    private Path home;
    private Path xdg;
    private int runs;

    /**
     * The driver's settings as this JVM had them: another test that opened the window here (ShownOnceTest)
     * pointed the driver at the library already. Each test here starts without them and puts them back.
     */
    private final java.util.Map<String, String> driverSettings = new java.util.HashMap<>();

    @org.junit.jupiter.api.BeforeEach
    void withoutTheDriversSettings() {
        for (String key : List.of(SqliteNativeLibrary.LIB_PATH, SqliteNativeLibrary.LIB_NAME, SqliteNativeLibrary.TMPDIR)) {
            String value = System.clearProperty(key);
            if (value != null) {
                driverSettings.put(key, value);
            }
        }
    }

    @org.junit.jupiter.api.AfterEach
    void theDriversSettingsBack() {
        for (String key : List.of(SqliteNativeLibrary.LIB_PATH, SqliteNativeLibrary.LIB_NAME, SqliteNativeLibrary.TMPDIR)) {
            System.clearProperty(key);
        }
        driverSettings.forEach(System::setProperty);
    }

    /** More of the child's system properties, for one test. */
    private final List<String> properties = new ArrayList<>();

    private Process start(String... args) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-XX:TieredStopAtLevel=1",
                "-Djava.awt.headless=true", "-Djava.io.tmpdir=" + temp, "-Duser.home=" + home,
                // The window too, headless (JavaFX's own way on a test machine).
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
                "-D" + vn.ptdv.ui.common.LayoutMemory.FILE_PROPERTY + "=" + vn.ptdv.ui.common.LayoutMemory.file().orElseThrow(),
                "-cp", System.getProperty("java.class.path"), "vn.ptdv.app.Main"));
        command.addAll(command.size() - 3, properties);
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("XDG_DATA_HOME", xdg.toString());
        pb.environment().put("APPDATA", xdg.toString());
        pb.redirectErrorStream(true);
        pb.redirectOutput(root.resolve("child-" + ++runs + ".out").toFile());
        return pb.start();
    }

    private String output(int run) throws IOException {
        return Files.readString(root.resolve("child-" + run + ".out"));
    }

    private void runToTheEnd(String... args) throws Exception {
        Process child = start(args);
        assertThat(child.waitFor(90, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(output(runs)).isZero();
    }

    /** The data folder the child uses, by the same rule as the program. */
    private Path dataFolder() {
        return AppPaths.dataFolder(System.getProperty("os.name"), Map.of("XDG_DATA_HOME", xdg.toString(),
                "APPDATA", xdg.toString()), home.toString());
    }

    private static List<Path> filesUnder(Path folder, String named) throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.getFileName().toString().contains(named)).collect(Collectors.toList());
        }
    }

    @Test
    void theNativeLibraryIsInTheDataFolderOnceAndNoCopyPilesUpInTheTempFolder() throws Exception {
        temp = Files.createDirectories(root.resolve("tmp"));
        home = Files.createDirectories(root.resolve("home"));
        xdg = Files.createDirectories(root.resolve("data"));
        String library = SqliteNativeLibrary.libraryName();
        // What killed runs of the driver's own way left, two days ago: taken away with the first start.
        Path leftover = Files.write(temp.resolve("sqlite-3.50.3.0-0b6c2bd8-0000-4000-8000-000000000000-" + library), new byte[100]);
        Path leftoverLock = Files.createFile(temp.resolve(leftover.getFileName() + ".lck"));
        for (Path p : List.of(leftover, leftoverLock)) {
            Files.setLastModifiedTime(p, FileTime.from(Instant.now().minus(Duration.ofDays(2))));
        }
        // And an older driver's library in the data folder, from before an update of the program.
        String platform = System.getProperty("os.name").replaceAll("[^A-Za-z0-9._]", "_") + "-"
                + System.getProperty("os.arch").replaceAll("[^A-Za-z0-9._]", "_");
        Path older = dataFolder().resolve("native").resolve("sqlite-3.50.3.0-" + platform).resolve(library);
        Files.createDirectories(older.getParent());
        Files.write(older, new byte[100]);
        Files.setLastModifiedTime(older.getParent(), FileTime.from(Instant.now().minus(Duration.ofDays(2))));
        // Another version's, made a minute ago: that program may be starting now, and keeps its library.
        Path starting = dataFolder().resolve("native").resolve("sqlite-3.99.0.0-" + platform).resolve(library);
        Files.createDirectories(starting.getParent());
        Files.write(starting, new byte[100]);
        Path backup = root.resolve("sao-luu.ptdvbak");

        // Two at once on a fresh data folder: neither may find half a library.
        Process first = start("--db", root.resolve("a.db").toString(), "init", "--cell", "Chi bộ A");
        Process second = start("--db", root.resolve("b.db").toString(), "init", "--cell", "Chi bộ B");
        for (Process p : List.of(first, second)) {
            assertThat(p.waitFor(90, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(output(1) + output(2)).isZero();
        }
        runToTheEnd("init", "--cell", "Chi bộ Tổ dân phố số 3"); // the default database, in the data folder
        runToTheEnd("candidates", "list");

        // Killed while it waits for a password with the database (and so the library) open.
        Process killed = start("backup", "--out", backup.toString(), "--password");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (killed.isAlive() && !output(runs).contains("Mật khẩu sao lưu") && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(killed.isAlive()).as(output(runs)).isTrue();
        killed.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no delete-on-exit
        assertThat(killed.waitFor(30, TimeUnit.SECONDS)).isTrue();

        runToTheEnd("check");
        runToTheEnd("stats", "--year", "2026");

        assertThat(filesUnder(temp, "sqlite")).as("copies of the library in the temp folder").isEmpty();
        assertThat(older).as("an older version's library from days ago").doesNotExist();
        assertThat(starting).as("the library of another version starting now").exists();
        Files.delete(starting);
        List<Path> libraries = filesUnder(dataFolder(), library);
        assertThat(libraries).as("the library in the data folder").hasSize(1);
        assertThat(libraries.get(0)).startsWith(dataFolder().resolve("native"));
        assertThat(Files.size(libraries.get(0))).isEqualTo(SqliteNativeLibraryTest.class.getClassLoader()
                .getResource(SqliteNativeLibrary.resourceFolder() + "/" + library)
                .openConnection().getContentLengthLong());
        assertThat(filesUnder(dataFolder(), ".part")).as("nothing written half").isEmpty();
        assertThat(output(runs - 1)).doesNotContain("Exception");

        // The window points the driver at the library on the thread that opens its database: with no temp
        // folder at all, the driver's own way (a copy in the temp folder) could not open the file.
        temp = root.resolve("no-temp-folder");
        runToTheEnd("--db", root.resolve("a.db").toString(), "--measure-startup");
        assertThat(output(runs)).containsPattern("\\d+ ms");
        assertThat(temp).doesNotExist();
    }

    @Test
    void aLibraryThatWillNotLoadIsToldAsSuchNotAsADamagedFile() throws Exception {
        temp = Files.createDirectories(root.resolve("tmp"));
        home = Files.createDirectories(root.resolve("home"));
        xdg = Files.createDirectories(root.resolve("data"));
        Path database = root.resolve("ptdv.db");
        runToTheEnd("--db", database.toString(), "init", "--cell", "Chi bộ 1");
        byte[] before = Files.readAllBytes(database);
        // As when an antivirus holds the library back: it is nowhere the driver can load it from.
        properties.addAll(List.of("-D" + SqliteNativeLibrary.LIB_PATH + "=" + root.resolve("khong-co"),
                "-D" + SqliteNativeLibrary.LIB_NAME + "=" + SqliteNativeLibrary.libraryName()));
        temp = root.resolve("no-temp-folder");
        Process child = start("--db", database.toString(), "check");
        assertThat(child.waitFor(90, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).isEqualTo(1);
        assertThat(output(runs)).contains("thư viện SQLite").contains("đừng khôi phục bản sao lưu")
                .doesNotContain("bị hỏng (");
        assertThat(Files.readAllBytes(database)).isEqualTo(before);
    }

    @Test
    void aDataFolderThatCannotBeMadeLeavesTheDriverToItsOwnWay() throws Exception {
        Path notAFolder = Files.writeString(root.resolve("a file"), "x");
        assertThat(SqliteNativeLibrary.prepare(notAFolder)).isEmpty();
        assertThat(System.getProperty(SqliteNativeLibrary.LIB_PATH)).isNull();
        assertThat(System.getProperty(SqliteNativeLibrary.TMPDIR)).isNull();
    }

    @Test
    void aLibraryPathGivenByThePersonWins() throws Exception {
        System.setProperty(SqliteNativeLibrary.LIB_PATH, root.resolve("chosen").toString());
        try {
            assertThat(SqliteNativeLibrary.prepare(root.resolve("data"))).isEmpty();
            assertThat(System.getProperty(SqliteNativeLibrary.LIB_PATH)).isEqualTo(root.resolve("chosen").toString());
            assertThat(root.resolve("data")).doesNotExist();
        } finally {
            System.clearProperty(SqliteNativeLibrary.LIB_PATH);
        }
    }
}
