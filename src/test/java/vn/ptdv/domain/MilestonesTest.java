package vn.ptdv.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MilestonesTest {
    private static Step step(StepCode code, String date) {
        return Step.simple(1, code, LocalDate.parse(date));
    }

    @Test
    void probationEndsTwelveMonthsAfterTheCeremony() {
        Milestones m = Milestones.of(List.of(step(StepCode.ADMISSION_DECISION, "2026-01-15"),
                step(StepCode.CEREMONY, "2026-02-03")), Milestones.DEFAULT_PROBATION);
        assertThat(m.ceremony()).contains(LocalDate.of(2026, 2, 3));
        assertThat(m.probationEnd()).contains(LocalDate.of(2027, 2, 3));
        assertThat(m.partyMemberSince()).contains(LocalDate.of(2026, 1, 15));
    }

    @Test
    void aCeremonyOnTheTwentyNinthOfFebruaryEndsProbationOnTheTwentyEighth() {
        Milestones m = Milestones.of(List.of(step(StepCode.CEREMONY, "2024-02-29")), Milestones.DEFAULT_PROBATION);
        assertThat(m.probationEnd()).contains(LocalDate.of(2025, 2, 28));
    }

    @Test
    void theLatestRecordOfAStepCounts() {
        Milestones m = Milestones.of(List.of(step(StepCode.AWARENESS_CLASS, "2019-05-01"),
                step(StepCode.AWARENESS_CLASS, "2024-06-10")), Milestones.DEFAULT_PROBATION);
        assertThat(m.certificate()).contains(LocalDate.of(2024, 6, 10));
    }

    @Test
    void anEmptyFileHasNoMilestones() {
        Milestones m = Milestones.of(List.of(), Milestones.DEFAULT_PROBATION);
        assertThat(m.listed()).isEmpty();
        assertThat(m.probationEnd()).isEmpty();
        assertThat(m.officialDecision()).isEmpty();
    }
}
