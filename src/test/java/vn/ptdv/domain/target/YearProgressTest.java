package vn.ptdv.domain.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ptdv.domain.Candidate;
import vn.ptdv.domain.Gender;
import vn.ptdv.domain.Step;
import vn.ptdv.domain.StepCode;

class YearProgressTest {
    private static YearProgress.File file(String name, StepCode code, String date, StepCode... more) {
        Candidate c = Candidate.builder().id(name.hashCode()).fullName(name).gender(Gender.FEMALE)
                .birthDate(LocalDate.of(1995, 5, 5)).build();
        List<Step> steps = new java.util.ArrayList<>(List.of(Step.simple(c.id(), code, LocalDate.parse(date))));
        for (StepCode m : more) {
            steps.add(Step.simple(c.id(), m, LocalDate.parse(date).plusDays(10)));
        }
        return new YearProgress.File(c, steps);
    }

    @ParameterizedTest(name = "a certificate dated {0} counts for {1}")
    @CsvSource(textBlock = """
            2025-12-31, 2025
            2026-01-01, 2026
            """)
    void theCertificatesDateDecidesTheYear(String date, int year) {
        List<YearProgress.File> files = List.of(file("Nguyễn Thị A", StepCode.AWARENESS_CLASS, date));
        assertThat(YearProgress.of(year, files).cultivated()).hasSize(1);
        assertThat(YearProgress.of(year == 2025 ? 2026 : 2025, files).cultivated()).isEmpty();
    }

    @Test
    void someoneStoppedAfterTheClassStillCountsAsCultivatedThatYear() {
        List<YearProgress.File> files = List.of(file("Nguyễn Thị A", StepCode.AWARENESS_CLASS, "2026-04-18",
                StepCode.STOPPED));
        assertThat(YearProgress.of(2026, files).cultivated()).extracting(Candidate::fullName).containsExactly("Nguyễn Thị A");
    }

    @Test
    void theListsAreInVietnameseNameOrder() {
        List<YearProgress.File> files = List.of(file("Đỗ Anh Vinh", StepCode.ADMISSION_DECISION, "2026-09-08"),
                file("Nguyễn Thị Thảo", StepCode.ADMISSION_DECISION, "2026-01-15"));
        assertThat(YearProgress.of(2026, files).admitted()).extracting(Candidate::fullName)
                .containsExactly("Nguyễn Thị Thảo", "Đỗ Anh Vinh");
    }

    @Test
    void aRangeSaysBelowWithinOrAbove() {
        TargetRange r = new TargetRange(1, 2);
        assertThat(List.of(r.status(0), r.status(1), r.status(2), r.status(3)))
                .containsExactly(TargetStatus.BELOW, TargetStatus.WITHIN, TargetStatus.WITHIN, TargetStatus.ABOVE);
    }

    @ParameterizedTest(name = "born {0}, admitted {1}: band {2}")
    @CsvSource(textBlock = """
            1995-09-08, 2026-09-08, 31-40
            1995-09-09, 2026-09-08, 18-30
            1975-01-01, 2026-01-01, 51+
            """)
    void ageBandsUseTheAgeOnTheDecisionDay(LocalDate birth, LocalDate decision, String band) {
        assertThat(AdmissionBreakdown.ageBand(birth, decision)).isEqualTo(band);
    }

    @Test
    void blankFieldsAreCountedAsNotRecorded() {
        Map<String, Map<String, Integer>> by = AdmissionBreakdown.of(2026,
                List.of(file("Nguyễn Thị A", StepCode.ADMISSION_DECISION, "2026-03-01")), Map.of());
        assertThat(by.get("education")).containsEntry(AdmissionBreakdown.NOT_RECORDED, 1);
        assertThat(by.get("gender")).containsEntry("Nữ", 1);
    }
}
