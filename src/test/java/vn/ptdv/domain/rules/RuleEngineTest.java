package vn.ptdv.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ptdv.domain.Candidate;
import vn.ptdv.domain.Gender;
import vn.ptdv.domain.PersonRole;
import vn.ptdv.domain.Step;
import vn.ptdv.domain.StepCode;
import vn.ptdv.domain.StepPerson;
import vn.ptdv.domain.calendar.PublicHolidays;
import vn.ptdv.domain.calendar.WorkingDays;

/** Each rule at its edges, on files built step by step. */
class RuleEngineTest {
    private static final WorkingDays DAYS = new WorkingDays(holidays());

    private static List<vn.ptdv.domain.calendar.Holiday> holidays() {
        List<vn.ptdv.domain.calendar.Holiday> all = new ArrayList<>();
        for (int y = 2023; y <= 2028; y++) {
            all.addAll(PublicHolidays.defaultsFor(y));
        }
        return all;
    }

    private final List<Step> steps = new ArrayList<>();
    private Candidate candidate = candidate("2000-01-15");

    private static Candidate candidate(String birth) {
        return Candidate.builder().id(1).fullName("Nguyễn Văn A").gender(Gender.MALE)
                .birthDate(LocalDate.parse(birth)).education("12/12").build();
    }

    private RuleEngineTest step(StepCode code, String date) {
        steps.add(Step.simple(1, code, LocalDate.parse(date)));
        return this;
    }

    private RuleEngineTest vote(StepCode code, String date, int members, int votes) {
        steps.add(new Step(0, 1, code, LocalDate.parse(date), "", "", Optional.empty(), "", Optional.of(members), Optional.empty(),
                Optional.of(votes), "", List.of()));
        return this;
    }

    private RuleEngineTest decision(String date, String received) {
        steps.add(new Step(0, 1, StepCode.ADMISSION_DECISION, LocalDate.parse(date), "", "",
                received.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(received)), "", Optional.empty(), Optional.empty(),
                Optional.empty(), "", List.of()));
        return this;
    }

    private RuleEngineTest introduction(String date, StepPerson... people) {
        steps.add(new Step(0, 1, StepCode.INTRODUCTION, LocalDate.parse(date), "", "", Optional.empty(), "",
                Optional.empty(), Optional.empty(), Optional.empty(), "", List.of(people)));
        return this;
    }

    /** A complete, sound file up to the cell's vote on the given day. */
    private RuleEngineTest preparedUntilVote(String vote) {
        LocalDate v = LocalDate.parse(vote);
        step(StepCode.SOURCE_LISTED, v.minusMonths(18).toString());
        step(StepCode.HELPER_ASSIGNED, v.minusMonths(18).plusDays(5).toString());
        step(StepCode.AWARENESS_CLASS, v.minusMonths(12).toString());
        step(StepCode.APPLICATION, v.minusMonths(3).toString());
        step(StepCode.BIOGRAPHY, v.minusMonths(3).plusDays(5).toString());
        step(StepCode.VERIFICATION, v.minusMonths(2).toString());
        introduction(v.minusMonths(1).toString(), introducer("Trần Văn B", v.minusYears(3)),
                introducer("Lê Thị C", v.minusYears(2)));
        step(StepCode.COMMENTS, v.minusMonths(1).toString());
        return this;
    }

    private static StepPerson introducer(String name, LocalDate since) {
        return new StepPerson(PersonRole.INTRODUCER, name, Optional.of(since));
    }

    private List<Finding> check(String today) {
        return new RuleEngine(RuleSettings.defaults(), DAYS).check(candidate, steps, LocalDate.parse(today));
    }

    private List<String> keys(String today) {
        return check(today).stream().map(Finding::messageKey).toList();
    }

    @Test
    void aSoundFileAtTheVoteHasNoFindingButTheDecisionReminder() {
        preparedUntilVote("2026-03-16").vote(StepCode.CELL_RESOLUTION, "2026-03-16", 30, 20);
        assertThat(keys("2026-03-20")).containsExactly("rule.DECISION_DEADLINE.due");
    }

    /** Born on 29/02: the 18 years end on 28/02 of a common year (Civil Code art. 148), as certificates do. */
    @ParameterizedTest(name = "born {0}, vote {1}: under age {2}")
    @CsvSource(textBlock = """
            2008-03-05, 2026-03-05, false
            2008-03-05, 2026-03-04, true
            2008-02-29, 2026-02-28, false
            2008-02-29, 2026-02-27, true
            """)
    void theEighteenthBirthdayIsTheFirstDayOfTheVote(String birth, String vote, boolean underAge) {
        candidate = candidate(birth);
        preparedUntilVote(vote).vote(StepCode.CELL_RESOLUTION, vote, 30, 25);
        assertThat(keys(vote).contains("rule.AGE_MIN.atVote")).isEqualTo(underAge);
    }

    @Test
    void beforeTheVoteAMinorIsToldFromWhenTheCellMayVote() {
        candidate = candidate("2008-12-20");
        step(StepCode.SOURCE_LISTED, "2026-05-01").step(StepCode.HELPER_ASSIGNED, "2026-05-02");
        List<Finding> found = check("2026-11-27");
        assertThat(found).extracting(Finding::messageKey).contains("rule.AGE_MIN.notYet");
        assertThat(found.stream().filter(f -> f.rule() == RuleCode.AGE_MIN).findFirst().orElseThrow().args())
                .contains("20/12/2026");
    }

    @ParameterizedTest(name = "certificate {0}, vote {1}: expired {2}")
    @CsvSource(textBlock = """
            2021-03-12, 2026-03-12, false
            2021-03-12, 2026-03-13, true
            """)
    void aCertificateIsValidOnTheDayItExpires(String issued, String vote, boolean expired) {
        preparedUntilVote(vote);
        steps.removeIf(s -> s.code() == StepCode.AWARENESS_CLASS);
        step(StepCode.AWARENESS_CLASS, issued).vote(StepCode.CELL_RESOLUTION, vote, 30, 25);
        assertThat(keys(vote).contains("rule.CERT_VALIDITY.expiredAtVote")).isEqualTo(expired);
    }

    @Test
    void aCertificateAboutToExpireGivesTheDayTheCellMustVoteBy() {
        step(StepCode.SOURCE_LISTED, "2021-01-05").step(StepCode.HELPER_ASSIGNED, "2021-01-10")
                .step(StepCode.AWARENESS_CLASS, "2022-03-12");
        Finding f = check("2027-01-15").stream().filter(x -> x.rule() == RuleCode.CERT_VALIDITY).findFirst().orElseThrow();
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.due()).contains(LocalDate.of(2027, 3, 12));
        assertThat(keys("2027-03-13")).contains("rule.CERT_VALIDITY.expired");
        assertThat(keys("2026-11-27")).doesNotContain("rule.CERT_VALIDITY.expiring");
    }

    @ParameterizedTest(name = "{1} of {0} members in favour passes: {2}")
    @CsvSource(textBlock = """
            30, 20, true
            30, 19, false
            31, 21, true
            31, 20, false
            3,  2,  true
            """)
    void twoThirdsExactlyPassesAndOneShortFails(int members, int votes, boolean passes) {
        preparedUntilVote("2026-03-16").vote(StepCode.CELL_RESOLUTION, "2026-03-16", members, votes);
        assertThat(keys("2026-03-16").contains("rule.VOTE_THRESHOLD.short.CELL_RESOLUTION")).isEqualTo(!passes);
        assertThat(VoteCheck.passes(votes, members, new int[] {2, 3})).isEqualTo(passes);
    }

    @Test
    void theCeremonyDeadlineCountsWorkingDaysAcrossTet() {
        // Decision received Tuesday 10/02/2026; Tết 16–20/02 is off: 30 working days end on 31/03/2026.
        preparedUntilVote("2025-12-01").vote(StepCode.CELL_RESOLUTION, "2025-12-01", 30, 25)
                .step(StepCode.COMMITTEE_RESOLUTION, "2025-12-20").decision("2026-02-05", "2026-02-10");
        Finding due = check("2026-03-01").stream().filter(f -> f.rule() == RuleCode.CEREMONY_DEADLINE)
                .findFirst().orElseThrow();
        assertThat(due.due()).contains(LocalDate.of(2026, 3, 31));
        assertThat(due.severity()).isEqualTo(Severity.INFO);
        assertThat(check("2026-04-01")).filteredOn(f -> f.rule() == RuleCode.CEREMONY_DEADLINE)
                .singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
        step(StepCode.CEREMONY, "2026-04-01");
        assertThat(keys("2026-04-02")).contains("rule.CEREMONY_DEADLINE.late");
    }

    @Test
    void aWorkingDayCountSkipsAHolidayInItsWay() {
        // Received Friday 27/03/2026: the 20th working day is Friday 24/04; Monday 27/04 is the Giỗ Tổ
        // substitute day off, so the 21st is Tuesday 28/04.
        preparedUntilVote("2025-12-01").vote(StepCode.CELL_RESOLUTION, "2025-12-01", 30, 25)
                .step(StepCode.COMMITTEE_RESOLUTION, "2025-12-20").decision("2026-03-20", "2026-03-27");
        RuleSettings twenty = RuleSettings.of(java.util.Map.of(RuleCode.CEREMONY_DEADLINE, "21"));
        Finding f = new RuleEngine(twenty, DAYS).check(candidate, steps, LocalDate.of(2026, 4, 1)).stream()
                .filter(x -> x.rule() == RuleCode.CEREMONY_DEADLINE).findFirst().orElseThrow();
        assertThat(f.due()).contains(LocalDate.of(2026, 4, 28));
    }

    @Test
    void probationEndingOnAWeekendStartsTheReviewCountAfterIt() {
        // Ceremony Saturday 07/03/2026: probation ends Sunday 07/03/2027; 30 working days → 19/04/2027.
        preparedUntilVote("2025-12-01").vote(StepCode.CELL_RESOLUTION, "2025-12-01", 30, 25)
                .step(StepCode.COMMITTEE_RESOLUTION, "2025-12-20").decision("2026-02-24", "")
                .step(StepCode.CEREMONY, "2026-03-07");
        Finding f = check("2027-02-01").stream().filter(x -> x.rule() == RuleCode.OFFICIAL_REVIEW_DEADLINE)
                .findFirst().orElseThrow();
        assertThat(f.args()).contains("07/03/2027");
        assertThat(f.due()).contains(DAYS.plus(LocalDate.of(2027, 3, 7), 30));
        assertThat(f.due()).contains(LocalDate.of(2027, 4, 19));
    }

    @Test
    void stepsOutOfOrderAreErrors() {
        step(StepCode.SOURCE_LISTED, "2025-01-10").step(StepCode.APPLICATION, "2025-06-10")
                .step(StepCode.BIOGRAPHY, "2025-06-01");
        assertThat(check("2026-11-27")).filteredOn(f -> f.rule() == RuleCode.STEP_ORDER)
                .singleElement().satisfies(f -> {
                    assertThat(f.messageKey()).isEqualTo("rule.STEP_ORDER.before");
                    assertThat(f.args()).contains(StepCode.BIOGRAPHY, StepCode.APPLICATION);
                });
    }

    @Test
    void introducersMustBeEnoughAndKnowTheCandidateLongEnough() {
        step(StepCode.AWARENESS_CLASS, "2026-01-10");
        introduction("2026-06-01", introducer("Trần Văn B", LocalDate.of(2025, 9, 1)));
        assertThat(keys("2026-06-05")).contains("rule.INTRODUCERS.tooFew", "rule.INTRODUCER_ACQUAINTANCE.tooShort");
    }

    @Test
    void theYouthUnionAndOneMemberAreEnoughForAUnionMember() {
        candidate = candidate.toBuilder().youthUnionMember(true).build();
        step(StepCode.AWARENESS_CLASS, "2026-01-10");
        introduction("2026-06-01", new StepPerson(PersonRole.YOUTH_UNION_INTRODUCER, "BCH Đoàn xã", Optional.empty()),
                introducer("Trần Văn B", LocalDate.of(2020, 1, 1)));
        assertThat(keys("2026-06-05")).noneMatch(k -> k.startsWith("rule.INTRODUCER"));
    }

    @Test
    void aListedCandidateWithoutHelperIsRemindedThenWarned() {
        step(StepCode.SOURCE_LISTED, "2026-11-01");
        assertThat(check("2026-11-27")).filteredOn(f -> f.rule() == RuleCode.HELPER_ASSIGNED_IN_TIME)
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.INFO);
                    assertThat(f.due()).contains(LocalDate.of(2026, 12, 1));
                });
        assertThat(check("2026-12-02")).filteredOn(f -> f.rule() == RuleCode.HELPER_ASSIGNED_IN_TIME)
                .singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void aFileWithoutStepsForSixMonthsIsStalled() {
        step(StepCode.SOURCE_LISTED, "2026-01-05").step(StepCode.HELPER_ASSIGNED, "2026-01-10");
        assertThat(keys("2026-07-10")).doesNotContain("rule.STALLED.since");
        assertThat(keys("2026-07-11")).contains("rule.STALLED.since");
    }

    @Test
    void closedFilesAndFullMembersHaveNothingToCheck() {
        step(StepCode.SOURCE_LISTED, "2024-01-05").step(StepCode.STOPPED, "2024-06-01");
        assertThat(check("2026-11-27")).isEmpty();
    }

    @Test
    void anEmptyOrPartialFileDoesNotFail() {
        assertThat(check("2026-11-27")).isEmpty();
        step(StepCode.CEREMONY, "2026-01-10");
        assertThat(keys("2026-11-27")).isNotEmpty();
    }

    @Test
    void theMostUrgentComeFirst() {
        step(StepCode.SOURCE_LISTED, "2025-01-10").step(StepCode.APPLICATION, "2025-06-10")
                .step(StepCode.BIOGRAPHY, "2025-06-01");
        List<Finding> found = check("2026-11-27");
        assertThat(found).isSortedAccordingTo(RuleEngine.URGENCY);
        assertThat(found.get(0).severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void aCalendarDayDeadlineOnADayOffMovesToTheNextWorkingDay() {
        // Listed Saturday 28/03/2026: 30 days later is Monday 27/04, the Giỗ Tổ substitute day off.
        step(StepCode.SOURCE_LISTED, "2026-03-28");
        assertThat(check("2026-04-01")).filteredOn(f -> f.rule() == RuleCode.HELPER_ASSIGNED_IN_TIME)
                .singleElement().satisfies(f -> assertThat(f.due()).contains(LocalDate.of(2026, 4, 28)));
    }

    @Test
    void overSixtyAtTheVoteNeedsApproval() {
        candidate = candidate("1965-01-10");
        preparedUntilVote("2026-03-16").vote(StepCode.CELL_RESOLUTION, "2026-03-16", 30, 25);
        assertThat(keys("2026-03-16")).contains("rule.AGE_MAX.over");
        candidate = candidate("1966-03-16");
        assertThat(keys("2026-03-16")).doesNotContain("rule.AGE_MAX.over");
    }

    @ParameterizedTest(name = "education {0}: warning {1}")
    @CsvSource(textBlock = """
            8/12,  true
            9/12,  false
            12/12, false
            7/10,  false
            6/10,  true
            Đại học, false
            """)
    void lowerSecondaryEducationIsExpected(String education, boolean warned) {
        candidate = candidate.toBuilder().education(education).build();
        step(StepCode.SOURCE_LISTED, "2026-10-01").step(StepCode.HELPER_ASSIGNED, "2026-10-02");
        assertThat(keys("2026-11-27").contains("rule.EDUCATION_MIN.below")).isEqualTo(warned);
    }

    @ParameterizedTest(name = "introduction {0}, vote {1}: too old {2}")
    @CsvSource(textBlock = """
            2025-03-16, 2026-03-16, false
            2025-03-15, 2026-03-16, true
            """)
    void anIntroductionIsUsableUntilTheSameDayAYearLater(String intro, String vote, boolean stale) {
        preparedUntilVote(vote);
        steps.removeIf(s -> s.code() == StepCode.INTRODUCTION);
        introduction(intro, introducer("Trần Văn B", LocalDate.parse(intro).minusYears(2)),
                introducer("Lê Thị C", LocalDate.parse(intro).minusYears(2)));
        vote(StepCode.CELL_RESOLUTION, vote, 30, 25);
        assertThat(keys(vote).contains("rule.FILE_FRESHNESS.staleAtVote.INTRODUCTION")).isEqualTo(stale);
    }

    @ParameterizedTest(name = "known since {0}, introduced {1}: too short {2}")
    @CsvSource(textBlock = """
            2025-06-01, 2026-06-01, false
            2025-06-02, 2026-06-01, true
            """)
    void introducersKnowTheCandidateTwelveMonthsToTheDay(String since, String introduced, boolean tooShort) {
        step(StepCode.AWARENESS_CLASS, "2026-01-10");
        introduction(introduced, introducer("Trần Văn B", LocalDate.parse(since)),
                introducer("Lê Thị C", LocalDate.of(2020, 1, 1)));
        assertThat(keys(introduced).contains("rule.INTRODUCER_ACQUAINTANCE.tooShort")).isEqualTo(tooShort);
    }

    @Test
    void theYouthUnionDoesNotIntroduceAnyonePastYouthAge() {
        candidate = candidate("1990-01-15").toBuilder().youthUnionMember(true).build();
        step(StepCode.AWARENESS_CLASS, "2026-01-10");
        introduction("2026-06-01", new StepPerson(PersonRole.YOUTH_UNION_INTRODUCER, "BCH Đoàn xã", Optional.empty()),
                introducer("Trần Văn B", LocalDate.of(2020, 1, 1)));
        assertThat(keys("2026-06-05")).contains("rule.INTRODUCERS.unionPastYouthAge");
    }

    @Test
    void aYouthUnionIntroductionOfSomeoneNotInTheUnionIsQuestioned() {
        step(StepCode.AWARENESS_CLASS, "2026-01-10");
        introduction("2026-06-01", new StepPerson(PersonRole.YOUTH_UNION_INTRODUCER, "BCH Đoàn xã", Optional.empty()),
                introducer("Trần Văn B", LocalDate.of(2020, 1, 1)));
        assertThat(keys("2026-06-05")).contains("rule.INTRODUCERS.unionButNotMember");
    }

    @Test
    void aVoteRecordedWithoutItsFileIsIncomplete() {
        step(StepCode.AWARENESS_CLASS, "2025-06-10").vote(StepCode.CELL_RESOLUTION, "2026-03-16", 30, 25);
        assertThat(check("2026-03-20")).filteredOn(f -> f.messageKey().equals("rule.STEP_ORDER.missing"))
                .extracting(f -> f.args().get(3))
                .containsExactly(StepCode.APPLICATION, StepCode.BIOGRAPHY, StepCode.VERIFICATION,
                        StepCode.INTRODUCTION, StepCode.COMMENTS);
    }

    @Test
    void aFileRedoneBeforeASecondVoteKeepsTheFirstVoteInOrder() {
        preparedUntilVote("2025-04-01").vote(StepCode.CELL_RESOLUTION, "2025-04-01", 30, 18)
                .step(StepCode.INTRODUCTION, "2025-09-12").step(StepCode.COMMENTS, "2025-09-12")
                .vote(StepCode.CELL_RESOLUTION, "2025-10-01", 30, 25);
        assertThat(keys("2025-10-02")).noneMatch(k -> k.equals("rule.STEP_ORDER.before"));
    }

    @Test
    void theDecisionReminderTurnsIntoAWarningOncePassed() {
        preparedUntilVote("2026-03-16").vote(StepCode.CELL_RESOLUTION, "2026-03-16", 30, 25);
        Finding f = check("2026-11-27").stream().filter(x -> x.rule() == RuleCode.DECISION_DEADLINE)
                .findFirst().orElseThrow();
        assertThat(f.messageKey()).isEqualTo("rule.DECISION_DEADLINE.overdue");
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.due()).contains(DAYS.plus(LocalDate.of(2026, 3, 16), 60));
    }

    @Test
    void theFullMembershipVoteIsCheckedAndTheDecisionAwaited() {
        preparedUntilVote("2025-01-10").vote(StepCode.CELL_RESOLUTION, "2025-01-10", 30, 25)
                .step(StepCode.COMMITTEE_RESOLUTION, "2025-01-20").decision("2025-02-20", "")
                .step(StepCode.CEREMONY, "2025-03-01").step(StepCode.PROBATION_REVIEW, "2026-02-20")
                .vote(StepCode.OFFICIAL_RESOLUTION, "2026-03-05", 30, 19);
        List<String> found = keys("2026-03-10");
        assertThat(found).contains("rule.VOTE_THRESHOLD.short.OFFICIAL_RESOLUTION", "rule.OFFICIAL_DECISION_DEADLINE.due");
        assertThat(found).doesNotContain("rule.STEP_ORDER.beforeProbationEnd");
    }

    @Test
    void aFullMembershipVoteBeforeProbationEndsIsAnError() {
        preparedUntilVote("2025-01-10").vote(StepCode.CELL_RESOLUTION, "2025-01-10", 30, 25)
                .step(StepCode.COMMITTEE_RESOLUTION, "2025-01-20").decision("2025-02-20", "")
                .step(StepCode.CEREMONY, "2025-03-01").step(StepCode.PROBATION_REVIEW, "2026-02-20")
                .vote(StepCode.OFFICIAL_RESOLUTION, "2026-02-25", 30, 25);
        assertThat(keys("2026-03-10")).contains("rule.STEP_ORDER.beforeProbationEnd");
    }

    @Test
    void stepsInTheFutureOrBeforeBirthAreErrors() {
        step(StepCode.SOURCE_LISTED, "1999-01-01").step(StepCode.HELPER_ASSIGNED, "2026-12-01");
        assertThat(keys("2026-11-27")).contains("rule.STEP_ORDER.beforeBirth", "rule.STEP_ORDER.future");
    }

    @Test
    void aCeremonyHeldLateIsNotedWithoutADueDate() {
        preparedUntilVote("2025-12-01").vote(StepCode.CELL_RESOLUTION, "2025-12-01", 30, 25)
                .step(StepCode.COMMITTEE_RESOLUTION, "2025-12-20").decision("2026-02-05", "2026-02-10")
                .step(StepCode.CEREMONY, "2026-04-01");
        assertThat(check("2026-04-02")).filteredOn(f -> f.messageKey().equals("rule.CEREMONY_DEADLINE.late"))
                .singleElement().satisfies(f -> {
                    assertThat(f.due()).isEmpty();
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                });
    }
}
