package vn.ptdv.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ptdv.TestData;
import vn.ptdv.domain.CandidateStatus;
import vn.ptdv.domain.CandidateSummary;
import vn.ptdv.service.CandidateWithSteps;
import vn.ptdv.service.Services;

/** The generator is deterministic and realistic; the benchmark runs end to end on a tiny database. */
class BenchmarkTest {
    @TempDir
    Path folder;

    private List<CandidateWithSteps> generate(String name, long seed, int count) {
        try (Services s = Services.open(folder.resolve(name), TestData.CLOCK)) {
            new BenchDataGenerator(s.candidates()).generate(count, seed, TestData.TODAY);
            return s.candidates().listWithSteps();
        }
    }

    private static List<String> fingerprint(List<CandidateWithSteps> files) {
        return files.stream().map(f -> f.candidate().toBuilder().id(0).build() + " "
                + f.steps().stream().map(s -> s.withId(0).withCandidateId(0).toString()).toList()).toList();
    }

    @Test
    void theSameSeedGivesTheSameCandidatesAndAnotherSeedOthers() {
        List<CandidateWithSteps> a = generate("a.db", 42, 300);
        List<CandidateWithSteps> b = generate("b.db", 42, 300);
        List<CandidateWithSteps> c = generate("c.db", 43, 300);
        assertThat(a).hasSize(300);
        assertThat(fingerprint(a)).isEqualTo(fingerprint(b));
        assertThat(fingerprint(a)).isNotEqualTo(fingerprint(c));
    }

    @Test
    void theGeneratedCellHasBothGendersSeveralEthnicitiesEveryStageAndNoStepAfterToday() {
        List<CandidateWithSteps> files = generate("a.db", 7, 400);
        assertThat(files).extracting(f -> f.candidate().gender()).containsOnly(vn.ptdv.domain.Gender.values());
        assertThat(files.stream().map(f -> f.candidate().ethnicity()).distinct().count()).isGreaterThanOrEqualTo(4);
        assertThat(files).allSatisfy(f -> assertThat(f.steps()).allSatisfy(s -> assertThat(s.date()).isBeforeOrEqualTo(TestData.TODAY)));
        assertThat(files.stream().map(f -> f.candidate().citizenId()).distinct().count()).isEqualTo(400);
        try (Services s = Services.open(folder.resolve("a.db"), TestData.CLOCK)) {
            assertThat(s.candidates().listSummaries()).extracting(CandidateSummary::status)
                    .contains(CandidateStatus.IN_POOL, CandidateStatus.CULTIVATED, CandidateStatus.PROPOSED,
                            CandidateStatus.ADMITTED, CandidateStatus.PROBATIONARY, CandidateStatus.FULL_MEMBER);
            assertThat(s.checks().checkAll(TestData.TODAY)).isNotEmpty();
        }
    }

    /**
     * The list reads only part of each file; what it shows must be what the whole files say (current
     * step, helpers, status, documents), and the one-pass year stats what a pass over every file gives.
     */
    @Test
    void theLightListAndTheYearsFilesAgreeWithTheWholeFiles() {
        List<CandidateWithSteps> files = generate("a.db", 11, 300);
        try (Services s = Services.open(folder.resolve("a.db"), TestData.CLOCK)) {
            var settings = s.checks().settings();
            java.util.Map<Long, CandidateWithSteps> byId = new java.util.HashMap<>();
            files.forEach(f -> byId.put(f.candidate().id(), f));
            List<CandidateSummary> list = s.candidates().listSummaries();
            assertThat(list).extracting(CandidateSummary::id)
                    .containsExactlyElementsOf(files.stream().map(f -> f.candidate().id()).toList());
            for (CandidateSummary row : list) {
                CandidateWithSteps f = byId.get(row.id());
                assertThat(row.status()).isEqualTo(f.status());
                assertThat(row.currentStep().map(x -> x.code() + " " + x.date() + " " + x.id())).isEqualTo(
                        vn.ptdv.domain.CandidateFile.currentStep(f.steps()).map(x -> x.code() + " " + x.date() + " " + x.id()));
                assertThat(row.progress()).isEqualTo(vn.ptdv.domain.checklist.FileChecklist.of(f.steps(), settings,
                        TestData.TODAY).progress());
                assertThat(row.citizenId()).isEqualTo(f.candidate().citizenId());
            }
            assertThat(list).extracting(CandidateSummary::helpers).anySatisfy(h -> assertThat(h).isNotEmpty());
            for (int year = TestData.TODAY.getYear() - 3; year <= TestData.TODAY.getYear(); year++) {
                var all = vn.ptdv.domain.target.YearProgress.of(year, files.stream()
                        .map(f -> new vn.ptdv.domain.target.YearProgress.File(f.candidate(), f.steps())).toList());
                assertThat(s.targets().stats(year).progress()).isEqualTo(all);
            }
        }
    }

    @Test
    void noDecisionIsReceivedAfterTodaySoTheBenchmarksImportIsNotRefused() {
        // The seed and size of the benchmark's import workbook, which once had such a date.
        List<CandidateWithSteps> files = generate("import.db", 424242L, 1000);
        assertThat(files).flatExtracting(CandidateWithSteps::steps)
                .allSatisfy(s -> assertThat(s.receivedDate().orElse(s.date())).isBeforeOrEqualTo(TestData.TODAY));
    }

    @Test
    void theFloorsReadTheDataTheirTasksReadAndNoMore() {
        List<CandidateWithSteps> files = generate("floors.db", 3, 120);
        long steps = files.stream().mapToLong(f -> f.steps().size()).sum();
        long stepless = files.stream().filter(f -> f.steps().isEmpty()).count();
        long helpers = files.stream().flatMap(f -> f.steps().stream()).flatMap(st -> st.people().stream())
                .filter(p -> p.role() == vn.ptdv.domain.PersonRole.HELPER).count();
        long people = files.stream().flatMap(f -> f.steps().stream()).mapToLong(st -> Math.max(1, st.people().size())).sum();
        int year = TestData.TODAY.getYear();
        long stepsInYear = files.stream().flatMap(f -> f.steps().stream()).filter(st -> st.date().getYear() == year).count();
        try (Services s = Services.open(folder.resolve("floors.db"), TestData.CLOCK)) {
            assertThat(Floors.list(s).rows()).isEqualTo(steps + stepless + helpers);
            assertThat(Floors.read(s, Floors.FILES).rows()).isEqualTo(people + stepless);
            long counted = s.database().inTransaction(c -> {
                long total = 0;
                try (var ps = c.prepareStatement(Floors.YEAR_COUNTS)) {
                    ps.setString(1, year + "-01-01");
                    ps.setString(2, year + "-12-31");
                    try (var rs = ps.executeQuery()) {
                        while (rs.next()) {
                            total += rs.getLong(4);
                        }
                    }
                }
                return total;
            });
            assertThat(counted).isEqualTo(stepsInYear);
            assertThat(Floors.yearCounts(s, year).rows()).isPositive();
        }
    }

    @Test
    void theBenchmarkMeasuresEverythingOnATinyDatabase() throws Exception {
        generate("tiny.db", 1, 40);
        Path work = Files.createDirectories(folder.resolve("work"));
        List<Benchmark.Result> results = new Benchmark(folder.resolve("tiny.db"), 1, TestData.CLOCK, work).run();
        assertThat(results).extracting(Benchmark.Result::name).containsExactly("open", "list", "searchKeystroke",
                "checks", "stats", "dashboard", "report", "import1000", "heapPeakMb", "heapLimitMb");
        assertThat(results).allSatisfy(r -> assertThat(r.medianMs()).isPositive());
        // The list, checks, stats and dashboard against their floors, timed in the same run.
        java.util.Map<String, Benchmark.Result> byName = new java.util.HashMap<>();
        results.forEach(r -> byName.put(r.name(), r));
        java.util.Map<String, Double> ratioBudgets = java.util.Map.of("list", 2.0, "checks", 3.0, "stats", 2.0,
                "dashboard", 3.0);
        ratioBudgets.forEach((name, budget) -> {
            Benchmark.Result r = byName.get(name);
            assertThat(r.floorMs()).hasValueSatisfying(f -> assertThat(f).isPositive());
            assertThat(r.ratio()).hasValueSatisfying(x -> assertThat(x).isPositive());
            assertThat(r.ratioBudget()).contains(budget);
            assertThat(r.budgetMs()).isEmpty();
            assertThat(r.withinBudget()).isEqualTo(r.ratio().get() <= budget);
        });
        assertThat(byName.get("searchKeystroke").budgetMs()).contains(16.0);
        // The report against LibreOffice turning the same list into a workbook, or a note that it is not there.
        Benchmark.Result report = byName.get("report");
        assertThat(report.ratioBudget()).contains(0.2);
        if (report.ratio().isPresent()) {
            assertThat(report.floorMs()).hasValueSatisfying(f -> assertThat(f).isPositive());
        } else {
            assertThat(report.note()).contains("noLibreOffice");
            assertThat(report.hasBudget()).isFalse();
        }
        double peak = results.get(8).medianMs();
        assertThat(peak).isLessThanOrEqualTo(results.get(9).medianMs());
        // The import went into copies: the measured database is unchanged.
        try (Services s = Services.open(folder.resolve("tiny.db"), TestData.CLOCK)) {
            assertThat(s.candidates().count()).isEqualTo(40);
        }
    }
}
