package vn.ptdv.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ptdv.sh} hands Java the flags each kind of run is quickest with: the window and every command
 * the quick compiler alone, {@code bench} the default ones. Run against a stand-in for Java that prints
 * what it was given.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class LauncherScriptTest {
    private static final String QUICK = "-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC";

    @TempDir
    Path folder;

    @Test
    void theWindowAndTheCommandsRunWithTheQuickCompilerAndTheBenchmarkWithTheDefaultOnes() throws Exception {
        assertThat(javaGiven("--db", "chi-bo.db")).contains(QUICK).contains("-jar").endsWith("--db chi-bo.db");
        assertThat(javaGiven("report", "--year", "2026", "--out", "bao-cao.xlsx")).contains(QUICK);
        assertThat(javaGiven("--db", "chi-bo.db", "import", "danh-sach.xlsx")).contains(QUICK);
        assertThat(javaGiven("--db", "bench.db", "check")).contains(QUICK);
        assertThat(javaGiven("--db", "bench.db", "bench", "run", "--runs", "5")).doesNotContain("TieredStopAtLevel")
                .doesNotContain("UseSerialGC").endsWith("--db bench.db bench run --runs 5");
        assertThat(javaGiven("--db=bench.db", "bench", "scale")).doesNotContain("TieredStopAtLevel");
        assertThat(javaGiven("bench", "generate", "--candidates", "10")).doesNotContain("TieredStopAtLevel");
    }

    /** What the script passes to Java for these arguments. */
    private String javaGiven(String... args) throws IOException, InterruptedException {
        Path program = Files.createDirectories(folder.resolve("app"));
        Files.copy(Path.of("src/dist/ptdv.sh"), program.resolve("ptdv.sh"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(program.resolve("ptdv.jar"), "");
        Path bin = Files.createDirectories(folder.resolve("java/bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\necho \"$@\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        List<String> command = new ArrayList<>(List.of("sh", program.resolve("ptdv.sh").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("JAVA_HOME", folder.resolve("java").toString());
        pb.environment().put("XDG_CACHE_HOME", folder.resolve("cache").toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor()).as(out).isZero();
        return out;
    }
}
