package vn.ptdv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import vn.ptdv.Hostile;
import vn.ptdv.TestData;
import vn.ptdv.app.Main;
import vn.ptdv.domain.Step;
import vn.ptdv.domain.StepCode;
import vn.ptdv.service.CandidateWithSteps;
import vn.ptdv.service.PhotoUpdate;
import vn.ptdv.service.Services;

/**
 * Random arrays of words on the command line: every run ends with exit code 0, 1 or 2 and no
 * exception escaping; a failure is told on stderr in Vietnamese on a line starting "Lỗi:", without a
 * stack trace; and the database keeps its data (the files given to import are all broken ones, and
 * --demo is refused on a database with people). A failure prints jqwik's seed to repeat it.
 *
 * <p>Paths that a command writes (--out) or creates (--db with --demo) only ever point into the test's
 * folder: random text is never put where it would be taken as such a path.
 */
class CommandLineProperties {
    private static Path folder;
    private static Path database;
    private static List<CandidateWithSteps> before;

    @BeforeContainer
    static void open() throws IOException {
        folder = Files.createTempDirectory("ptdv-cli-properties");
        try (Services services = TestData.services(folder)) { // closed: each command opens it itself
            database = services.database().file();
            var saved = services.candidates().save(TestData.candidate("Nguyễn Thị Thảo").build(), PhotoUpdate.keep());
            services.candidates().saveStep(Step.simple(saved.id(), StepCode.SOURCE_LISTED, LocalDate.of(2025, 3, 1)));
            before = services.candidates().listWithSteps();
        }
        Files.writeString(folder.resolve("csv.xlsx"), "Họ và tên;Giới tính\n");
        Files.createFile(folder.resolve("rong.xlsx"));
        Files.createDirectory(folder.resolve("thu-muc.xlsx"));
    }

    @AfterContainer
    static void close() throws IOException {
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** One word, or an option with its value, as a person (or a script gone wrong) may type it. */
    @Provide
    Arbitrary<List<String>> token() {
        Arbitrary<List<String>> words = Arbitraries.of("candidates", "list", "check", "holidays", "import", "report",
                "stats", "template", "--json", "--dry-run", "--help", "-h", "--version", "-V", "--demo", "--year",
                "--today", "--out", "--", "-", "--unknown", "-x", "2026", "-1", "0", "99999999999", "abc", "2026-02-30",
                "2026-11-27", "27/11/2026", "1900", "2200", "=cmd|' /C calc'!A0", "\u202Eabc", "👩‍👩‍👧‍👦")
                .map(List::of);
        Arbitrary<List<String>> files = Arbitraries.of("csv.xlsx", "rong.xlsx", "thu-muc.xlsx", "khong-co.xlsx")
                .map(name -> List.of(folder.resolve(name).toString()));
        Arbitrary<List<String>> out = Arbitraries.of("ra.xlsx", "ra.ics", "khong-co/ra.xlsx", "thu-muc.xlsx")
                .map(name -> List.of("--out", folder.resolve(name).toString()));
        Arbitrary<List<String>> valued = Arbitraries.of("--year", "--today")
                .flatMap(option -> Hostile.text().map(value -> List.of(option, value)));
        // Not after --out or --db: only in places where it is read, never written to.
        Arbitrary<List<String>> hostile = Hostile.text().map(List::of);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(8, words), net.jqwik.api.Tuple.of(2, files),
                net.jqwik.api.Tuple.of(1, out), net.jqwik.api.Tuple.of(2, valued), net.jqwik.api.Tuple.of(2, hostile));
    }

    @Property(tries = 60)
    void anyWordsEndInAnExitCodeAndAVietnameseLineWithTheDataKept(
            @ForAll("tokenLists") List<List<String>> tokens) {
        List<String> args = new ArrayList<>(List.of("--db", database.toString()));
        tokens.forEach(args::addAll);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err), (db, demo) -> 0);

        assertThat(code).as("exit code of %s", args).isIn(0, 1, 2);
        String errors = err.toString();
        if (!errors.isEmpty()) {
            assertThat(errors).as("stderr of %s", args).startsWith("Lỗi: ").doesNotContain("Exception")
                    .doesNotContain("\tat ");
            // picocli's own English wording, which would mean a case the Vietnamese handler missed
            assertThat(errors).as("stderr of %s", args).doesNotContain("should be specified", "Unknown option",
                    "Invalid value", "Missing required", "Expected parameter", "cannot convert");
        }
        if (code != 0) {
            assertThat(errors + out).as("a failure says something, for %s", args).isNotBlank();
        }
        try (Services after = TestData.services(folder)) {
            assertThat(after.candidates().listWithSteps()).isEqualTo(before);
        }
    }

    /** Found by the property: these went out in picocli's English, with Java's exception names. */
    @net.jqwik.api.Example
    void valuesPicocliCouldNotConvertAreToldInVietnamese() {
        assertThat(firstErrorLine("check", "--today", "")).isEqualTo(
                "Lỗi: “” không phải là ngày hợp lệ; hãy ghi dạng năm-tháng-ngày, ví dụ 2026-11-27, hoặc ngày/tháng/năm, "
                        + "ví dụ 27/11/2026");
        assertThat(firstErrorLine("report", "--year", "2026", "--today", "31/02/2026", "--out",
                folder.resolve("bc.xlsx").toString())).contains("“31/02/2026” không phải là ngày hợp lệ");
        assertThat(firstErrorLine("import", "a\u0000b.xlsx")).isEqualTo("Lỗi: “a\u0000b.xlsx” không dùng được cho FILE.xlsx");
        assertThat(firstErrorLine("--demo", "--demo")).isEqualTo("Lỗi: --demo chỉ được ghi một lần");
    }

    private static String firstErrorLine(String... words) {
        List<String> args = new ArrayList<>(List.of("--db", database.toString()));
        args.addAll(List.of(words));
        StringWriter err = new StringWriter();
        int code = Main.run(args.toArray(String[]::new), new PrintWriter(new StringWriter()), new PrintWriter(err),
                (db, demo) -> 0);
        assertThat(code).isEqualTo(2);
        return err.toString().lines().findFirst().orElse("");
    }

    @Provide
    Arbitrary<List<List<String>>> tokenLists() {
        return token().list().ofMaxSize(5);
    }
}
