package vn.ptdv.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ptdv.TestData;
import vn.ptdv.service.Services;

/**
 * {@code --measure-startup} as it is run, in a JVM of its own (JavaFX starts once per JVM), headless on
 * Monocle: it prints the time and ends, on the sample database and on a file that does not exist yet
 * (which once brought the JVM down: the first-start dialog was still open as JavaFX exited).
 */
class MeasureStartupTest {
    @TempDir
    Path folder;

    private record Run(int exitCode, String out, String err) {
    }

    private Run measure(Path database, String... more) throws IOException, InterruptedException {
        List<String> arguments = new ArrayList<>(List.of("--db", database.toString(), "--measure-startup"));
        arguments.addAll(List.of(more));
        return run("Monocle", arguments);
    }

    private Run run(String glassPlatform, List<String> arguments) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-Dglass.platform=" + glassPlatform, "-D" + vn.ptdv.ui.common.LayoutMemory.FILE_PROPERTY + "=" + vn.ptdv.ui.common.LayoutMemory.file().orElseThrow(), "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
                "-Djava.awt.headless=true", "-Duser.language=vi", "-Duser.country=VN", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), "vn.ptdv.app.Main"));
        command.addAll(arguments);
        ProcessBuilder pb = new ProcessBuilder(command);
        Path out = folder.resolve("child.out");
        Path err = folder.resolve("child.err");
        pb.redirectOutput(out.toFile());
        pb.redirectError(err.toFile());
        Process child = pb.start();
        if (!child.waitFor(90, TimeUnit.SECONDS)) {
            child.destroyForcibly();
            throw new AssertionError("--measure-startup did not end: " + Files.readString(err, StandardCharsets.UTF_8));
        }
        return new Run(child.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theSampleDatabaseAndTheBareWindowAreTimed() throws Exception {
        Path database = folder.resolve("mau.db");
        try (Services services = Services.open(database, TestData.CLOCK)) {
            services.demo().fill();
        }
        Run full = measure(database);
        assertThat(full.exitCode()).as(full.err()).isZero();
        assertThat(full.out()).matches("(?s)Khởi động: \\d+ ms\\R");

        Run bare = measure(database, "--bare");
        assertThat(bare.exitCode()).as(bare.err()).isZero();
        assertThat(bare.out()).matches("(?s)Khởi động: \\d+ ms\\R");
    }

    @Test
    void aDatabaseThatDoesNotExistYetIsTimedWithoutTheFirstStartDialog() throws Exception {
        Run run = measure(folder.resolve("moi").resolve("ptdv.db"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).matches("(?s)Khởi động: \\d+ ms\\R");
        assertThat(run.err()).doesNotContain("Exception");
    }

    @Test
    void aFileThatCannotBeOpenedIsToldInVietnameseWithAnError() throws Exception {
        Path notADatabase = folder.resolve("thu.db");
        Files.writeString(notADatabase, "không phải cơ sở dữ liệu");
        Run run = measure(notADatabase);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("Lỗi: ");
    }

    /**
     * JavaFX starts on a thread of its own while the command line is read: when it cannot start (no
     * screen, a broken installation), the program still ends with an error, says so in Vietnamese and
     * writes the details in the log, as when JavaFX started on the main thread.
     */
    @Test
    void aWindowThatCannotStartEndsWithAnErrorInTheLog() throws Exception {
        Path database = folder.resolve("khong-man-hinh").resolve("ptdv.db");
        Run run = run("KhongCo", List.of("--db", database.toString()));
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("Lỗi: ");
        assertThat(Files.readString(database.resolveSibling("ptdv.log"), StandardCharsets.UTF_8)).contains("SEVERE");
    }
}
