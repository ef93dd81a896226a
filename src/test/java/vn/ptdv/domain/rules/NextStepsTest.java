package vn.ptdv.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.ptdv.domain.Candidate;
import vn.ptdv.domain.Gender;
import vn.ptdv.domain.Step;
import vn.ptdv.domain.StepCode;
import vn.ptdv.domain.calendar.PublicHolidays;
import vn.ptdv.domain.calendar.WorkingDays;

class NextStepsTest {
    private final WorkingDays days = new WorkingDays(all());
    private final NextSteps planner = new NextSteps(RuleSettings.defaults(), days);
    private final List<Step> steps = new ArrayList<>();

    private static List<vn.ptdv.domain.calendar.Holiday> all() {
        List<vn.ptdv.domain.calendar.Holiday> h = new ArrayList<>();
        for (int y = 2024; y <= 2028; y++) {
            h.addAll(PublicHolidays.defaultsFor(y));
        }
        return h;
    }

    private static Candidate born(String date) {
        return Candidate.builder().id(1).fullName("Nguyễn Văn A").gender(Gender.MALE).birthDate(LocalDate.parse(date)).build();
    }

    private NextStepsTest step(StepCode code, String date) {
        steps.add(Step.simple(1, code, LocalDate.parse(date)));
        return this;
    }

    private NextStep find(List<NextStep> plan, StepCode code) {
        return plan.stream().filter(n -> n.code() == code).findFirst().orElseThrow();
    }

    @Test
    void aMinorsVoteMayComeFromTheEighteenthBirthdayUntilTheCertificateExpires() {
        step(StepCode.SOURCE_LISTED, "2025-01-10").step(StepCode.HELPER_ASSIGNED, "2025-01-15")
                .step(StepCode.AWARENESS_CLASS, "2025-06-10");
        NextStep vote = find(planner.plan(born("2008-12-20"), steps), StepCode.CELL_RESOLUTION);
        assertThat(vote.earliest()).contains(LocalDate.of(2026, 12, 20));
        assertThat(vote.earliestRule()).contains(RuleCode.AGE_MIN);
        assertThat(vote.latest()).contains(LocalDate.of(2030, 6, 10));
        assertThat(vote.latestRule()).contains(RuleCode.CERT_VALIDITY);
    }

    @Test
    void theCultivatedFileListsWhatIsMissingAndAnOldIntroductionLimitsTheVote() {
        step(StepCode.AWARENESS_CLASS, "2025-06-10").step(StepCode.APPLICATION, "2026-01-05")
                .step(StepCode.INTRODUCTION, "2026-02-01");
        List<NextStep> plan = planner.plan(born("1995-01-01"), steps);
        assertThat(plan).extracting(NextStep::code).containsExactly(StepCode.BIOGRAPHY, StepCode.VERIFICATION,
                StepCode.COMMENTS, StepCode.CELL_RESOLUTION);
        assertThat(find(plan, StepCode.CELL_RESOLUTION).latest()).contains(LocalDate.of(2027, 2, 1));
        assertThat(find(plan, StepCode.CELL_RESOLUTION).latestRule()).contains(RuleCode.FILE_FRESHNESS);
    }

    @Test
    void afterTheCeremonyTheFullMembershipVoteComesWhenProbationEnds() {
        step(StepCode.ADMISSION_DECISION, "2026-01-15").step(StepCode.CEREMONY, "2026-02-03")
                .step(StepCode.NEW_MEMBER_CLASS, "2026-05-15");
        List<NextStep> plan = planner.plan(born("1998-04-12"), steps);
        assertThat(plan).extracting(NextStep::code)
                .containsExactly(StepCode.PROBATION_REVIEW, StepCode.OFFICIAL_RESOLUTION);
        NextStep official = find(plan, StepCode.OFFICIAL_RESOLUTION);
        assertThat(official.earliest()).contains(LocalDate.of(2027, 2, 3));
        assertThat(official.latest()).contains(days.plus(LocalDate.of(2027, 2, 3), 30));
    }

    @Test
    void anAdmittedCandidatesCeremonyIsDueThirtyWorkingDaysAfterReceipt() {
        steps.add(new Step(0, 1, StepCode.ADMISSION_DECISION, LocalDate.of(2026, 9, 8), "", "",
                Optional.of(LocalDate.of(2026, 9, 12)), "", Optional.empty(), Optional.empty(), Optional.empty(), "", List.of()));
        NextStep ceremony = find(planner.plan(born("1992-02-29"), steps), StepCode.CEREMONY);
        assertThat(ceremony.latest()).contains(LocalDate.of(2026, 10, 23));
    }

    @Test
    void closedFilesAndFullMembersNeedNothing() {
        step(StepCode.SOURCE_LISTED, "2025-01-10").step(StepCode.STOPPED, "2025-06-01");
        assertThat(planner.plan(born("1990-01-01"), steps)).isEmpty();
        assertThat(planner.plan(born("1990-01-01"), List.of())).extracting(NextStep::code)
                .containsExactly(StepCode.SOURCE_LISTED);
    }

    @Test
    void aCommitteeResolutionWithoutTheCellsVoteDoesNotBreakThePlan() {
        step(StepCode.AWARENESS_CLASS, "2025-06-10").step(StepCode.COMMITTEE_RESOLUTION, "2026-03-01");
        assertThat(planner.plan(born("1995-01-01"), steps)).extracting(NextStep::code)
                .containsExactly(StepCode.CELL_RESOLUTION);
    }
}
