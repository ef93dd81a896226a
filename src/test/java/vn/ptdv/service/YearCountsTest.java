package vn.ptdv.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ptdv.TestData;
import vn.ptdv.bench.BenchDataGenerator;
import vn.ptdv.domain.Candidate;
import vn.ptdv.domain.Gender;
import vn.ptdv.domain.Step;
import vn.ptdv.domain.StepCode;
import vn.ptdv.domain.target.YearCount;

/** The year's counts from SQL aggregates are those worked out from the files in memory, as before. */
class YearCountsTest {
    @TempDir
    Path folder;

    /** The earlier way: every file with a step in the year, read whole, counted in Java. */
    private static YearCount fromTheFiles(Services s, int year) {
        YearStats stats = s.targets().stats(year);
        return new YearCount(year, stats.progress().cultivated().size(), stats.progress().admitted().size(),
                stats.progress().recognised().size(), stats.admittedBy());
    }

    @Test
    void onAGeneratedCellEveryYearsCountsAndBreakdownAreThoseOfTheFiles() {
        try (Services s = Services.open(folder.resolve("a.db"), TestData.CLOCK)) {
            new BenchDataGenerator(s.candidates()).generate(600, 5, TestData.TODAY);
            int admitted = 0;
            for (int year = TestData.TODAY.getYear() - 10; year <= TestData.TODAY.getYear() + 1; year++) {
                YearCount expected = fromTheFiles(s, year);
                YearCounts counts = s.targets().counts(year);
                assertThat(counts.count()).as("year %d", year).isEqualTo(expected);
                // The maps' order is the report's: compare the keys in order too.
                expected.admittedBy().forEach((dimension, byKey) -> assertThat(counts.count().admittedBy()
                        .get(dimension).keySet()).containsExactlyElementsOf(byKey.keySet()));
                assertThat(counts.target()).isEqualTo(s.targets().target(year));
                assertThat(counts.targetOrigin()).isEqualTo(s.targets().origin(year));
                admitted += expected.admitted();
            }
            assertThat(admitted).as("the generated cell has admissions to compare").isGreaterThan(20);
        }
    }

    @Test
    void twoCertificatesInAYearCountOnceAndTheAgeIsOnTheFirstDecisionsDay() {
        try (Services s = Services.open(folder.resolve("b.db"), TestData.CLOCK)) {
            // An turns 31 the day after the decision (18-30 on its day), Bình on the day itself (31-40).
            Candidate a = s.candidates().save(TestData.candidate("Nguyễn Thị An").birthDate(LocalDate.of(1995, 3, 2))
                    .ethnicity("  ").build(), PhotoUpdate.keep());
            Candidate b = s.candidates().save(TestData.candidate("Trần Văn Bình").gender(Gender.MALE)
                    .birthDate(LocalDate.of(1995, 3, 1)).youthUnionMember(true).build(), PhotoUpdate.keep());
            for (Candidate c : List.of(a, b)) {
                s.candidates().saveStep(Step.simple(c.id(), StepCode.AWARENESS_CLASS, LocalDate.of(2026, 1, 10)));
                s.candidates().saveStep(Step.simple(c.id(), StepCode.AWARENESS_CLASS, LocalDate.of(2026, 2, 1)));
                s.candidates().saveStep(Step.simple(c.id(), StepCode.ADMISSION_DECISION, LocalDate.of(2026, 3, 1)));
            }
            YearCount counts = s.targets().counts(2026).count();
            assertThat(counts).isEqualTo(fromTheFiles(s, 2026));
            assertThat(counts.cultivated()).isEqualTo(2);
            assertThat(counts.admitted()).isEqualTo(2);
            assertThat(counts.admittedBy().get("ageBand")).containsExactly(java.util.Map.entry("18-30", 1),
                    java.util.Map.entry("31-40", 1));
            assertThat(counts.admittedBy().get("ethnicity")).containsEntry("(chưa ghi)", 1);
            assertThat(counts.admittedBy().get("youthUnion")).containsEntry("Có", 1).containsEntry("Không", 1);
        }
    }
}
