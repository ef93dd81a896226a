package vn.ptdv.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ptdv.TestData;
import vn.ptdv.cli.PtdvCommand;
import vn.ptdv.service.Services;

/**
 * The app-image that {@code mvn package} makes (target/app-image/PTDV: its own Java runtime, the
 * launcher, the class archive it keeps) as a person runs it: a real window on a virtual X screen
 * (Xvfb, 1366×768), through the real launcher, on a copy of the image so that each run starts from an
 * image as installed.
 */
class AppImageIT {
    private static Process xvfb;
    private static String display;

    @TempDir
    Path folder;

    @BeforeAll
    static void startScreen() throws IOException {
        // -displayfd: Xvfb picks a free display and writes its number once it accepts clients.
        xvfb = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "1366x768x24", "-nolisten", "tcp")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader said = new BufferedReader(new InputStreamReader(xvfb.getInputStream(), StandardCharsets.US_ASCII));
        String number = said.readLine();
        assertThat(number).as("Xvfb (Debian package xvfb) gave no display").isNotBlank();
        display = ":" + number.strip();
    }

    @AfterAll
    static void stopScreen() {
        if (xvfb != null) {
            xvfb.destroy();
        }
    }

    private record Run(int exitCode, String out, String err) {
    }

    /**
     * The image as installed: copied whole, executable bits and all, into a folder with a space in its
     * name, as Windows puts it under a user's folder ("C:\Users\Nguyen Van A\AppData\Local\PTDV").
     */
    private Path installedImage() throws IOException {
        Path built = Path.of(System.getProperty("ptdv.appImage", "target/app-image/PTDV"));
        assertThat(built.resolve("bin/PTDV")).as("the app-image of mvn package").isExecutable();
        Path copy = folder.resolve("Nguyen Van A").resolve("PTDV");
        try (Stream<Path> files = Files.walk(built)) {
            for (Path from : files.sorted(Comparator.naturalOrder()).toList()) {
                Path to = copy.resolve(built.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return copy;
    }

    private Path sampleDatabase() {
        Path database = folder.resolve("mau.db");
        try (Services services = Services.open(database, TestData.CLOCK)) {
            services.demo().fill();
        }
        return database;
    }

    private Run run(Path program, String... arguments) throws IOException, InterruptedException {
        return run(Map.of(), program, arguments);
    }

    private Run run(Map<String, String> more, Path program, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(program.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder pb = new ProcessBuilder(command);
        Map<String, String> env = pb.environment();
        env.putAll(more);
        env.put("DISPLAY", display);
        env.put("HOME", folder.resolve("home").toString()); // JavaFX's natives and the program's data folder
        Files.createDirectories(folder.resolve("home"));
        Path out = folder.resolve("out.txt");
        Path err = folder.resolve("err.txt");
        pb.redirectOutput(out.toFile());
        pb.redirectError(err.toFile());
        Process child = pb.start();
        if (!child.waitFor(300, TimeUnit.SECONDS)) {
            child.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not end: " + Files.readString(err));
        }
        return new Run(child.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theLauncherShowsTheWindowWithItsDataAndKeepsAClassArchiveForTheNextStart() throws Exception {
        Path image = installedImage();
        Path database = sampleDatabase();
        Path options = image.resolve("lib/app/ptdv-jvm.options");
        assertThat(Files.readString(options).strip()).isEqualTo(LauncherClassArchive.RECORDING);

        // The first start after installing: the window with the list shown, then the archive is written.
        Run first = run(image.resolve("bin/PTDV"), "--db", database.toString(), "--measure-startup");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).containsPattern("\\d+ ms");
        Path archive = image.resolve("lib/app/ptdv.jsa");
        assertThat(archive).isRegularFile();
        assertThat(Files.size(archive)).isGreaterThan(1_000_000);
        assertThat(Files.readString(options).strip()).isEqualTo("-XX:SharedArchiveFile=\"" + archive.toAbsolutePath() + "\"");
        assertThat(image.resolve("lib/app")).isDirectoryNotContaining("glob:**/*.jsa.*").isDirectoryNotContaining("glob:**/*.options.*");

        // Later starts map it; Java accepts it (a refused archive would be told on stderr, which is empty).
        Run second = run(image.resolve("bin/PTDV"), "--db", database.toString(), "--measure-startup");
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out()).matches("(?s)\\D*\\d+ ms\\R");
        assertThat(second.err()).isEmpty();
        System.out.println("App-image start-up: first " + first.out().strip() + ", second " + second.out().strip());

        // JavaFX's native libraries are loaded from beside the jar, not read out of it and compared with a
        // copy in the home folder at every start (JAVA_TOOL_OPTIONS reaches the launcher's Java too).
        assertThat(image.resolve("lib/app").resolve(System.mapLibraryName("glass"))).isRegularFile();
        Run told = run(Map.of("JAVA_TOOL_OPTIONS", "-Djavafx.verbose=true"), image.resolve("bin/PTDV"),
                "--db", database.toString(), "--measure-startup", "--table");
        assertThat(told.exitCode()).as(told.err()).isZero();
        for (String library : List.of("glass", "glassgtk3", "javafx_font")) {
            assertThat(told.err()).as(told.err()).contains(System.mapLibraryName(library) + " from relative path")
                    .doesNotContain("/" + System.mapLibraryName(library) + " from resource");
        }
    }

    @Test
    void aNewerJarSendsTheLauncherBackToMakingANewArchive() throws Exception {
        Path image = installedImage();
        Path database = sampleDatabase();
        run(image.resolve("bin/PTDV"), "--db", database.toString(), "--measure-startup");
        Path archive = image.resolve("lib/app/ptdv.jsa");
        assertThat(archive).isRegularFile();
        // An update puts a new jar in place.
        Files.setLastModifiedTime(image.resolve("lib/app/ptdv.jar"),
                java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        Run stale = run(image.resolve("bin/PTDV"), "--db", database.toString(), "--measure-startup");
        assertThat(stale.exitCode()).as(stale.err()).isZero();
        assertThat(archive).doesNotExist();
        assertThat(Files.readString(image.resolve("lib/app/ptdv-jvm.options")).strip()).isEqualTo(LauncherClassArchive.RECORDING);
        Run remade = run(image.resolve("bin/PTDV"), "--db", database.toString(), "--measure-startup");
        assertThat(remade.exitCode()).as(remade.err()).isZero();
        assertThat(archive).isRegularFile();
    }

    @Test
    void theBenchmarkTimesTheLauncherAgainstTheTableWindowAndSaysTheBudgets() throws Exception {
        Path image = installedImage();
        Path database = sampleDatabase();
        Run bench = run(image.resolve("bin/PTDV"), "--db", database.toString(), "bench", "startup", "--runs", "3", "--json");
        assertThat(bench.exitCode()).as(bench.err()).isZero();
        JsonNode figures = new ObjectMapper().readTree(bench.out());
        assertThat(figures.get("launcher").asText()).endsWith("bin/PTDV");
        assertThat(figures.get("windowMs")).hasSize(3);
        assertThat(figures.get("tableMs")).hasSize(3);
        assertThat(figures.get("windowMedianMs").asLong()).isPositive();
        assertThat(figures.get("tableMedianMs").asLong()).isPositive();
        assertThat(figures.get("ratioBudget").asDouble()).isEqualTo(1.15);
        assertThat(figures.get("msBudget").asLong()).isEqualTo(1000);
        assertThat(figures.has("withinBudget")).isTrue();
        System.out.println("bench startup through the app-image: " + bench.out().strip());
    }

    @Test
    void theImagesOwnRuntimeRunsCommandsWithVietnameseSortingAsTheJarDoes() throws Exception {
        Path image = installedImage();
        Path database = sampleDatabase();
        Run packaged = run(image.resolve("bin/PTDV"), "--db", database.toString(), "candidates", "list", "--json");
        assertThat(packaged.exitCode()).as(packaged.err()).isZero();

        StringWriter here = new StringWriter();
        int code = Main.run(new String[] {"--db", database.toString(), "candidates", "list", "--json"},
                new PrintWriter(here), new PrintWriter(new StringWriter()), new PtdvCommand.WindowLauncher() {
                    @Override
                    public int open(java.util.Optional<Path> db, boolean demo) {
                        throw new AssertionError("no window");
                    }
                });
        assertThat(code).isZero();
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(packaged.out())).isEqualTo(json.readTree(here.toString()));
        assertThat(json.readTree(packaged.out())).hasSizeGreaterThan(5);
    }

    @Test
    void theCommandLauncherBesideTheJarUsesTheImagesRuntimeWhateverJavaHomeSays() throws Exception {
        Path image = installedImage();
        ProcessBuilder pb = new ProcessBuilder("sh", image.resolve("lib/app/ptdv.sh").toString(), "--version");
        pb.environment().put("JAVA_HOME", folder.resolve("khong-co-java").toString());
        pb.environment().put("PATH", "/usr/bin:/bin");
        pb.environment().put("HOME", folder.toString());
        pb.redirectErrorStream(true);
        Process child = pb.start();
        String said = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(said).isZero();
        assertThat(said).contains("0.1.0");
    }
}
