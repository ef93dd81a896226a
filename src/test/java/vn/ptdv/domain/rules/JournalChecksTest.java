package vn.ptdv.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import vn.ptdv.domain.calendar.Holiday;
import vn.ptdv.domain.calendar.PublicHolidays;
import vn.ptdv.domain.calendar.WorkingDays;
import vn.ptdv.domain.journal.Assessment;
import vn.ptdv.domain.journal.JournalEntry;
import vn.ptdv.domain.journal.Rating;
import vn.ptdv.domain.journal.ReviewHeading;
import vn.ptdv.domain.journal.TaskOutcome;
import vn.ptdv.domain.journal.TaskResult;

/** The review cadence (HELPER_REVIEW_DUE) and overdue tasks (TASK_OVERDUE), at their edges. */
class JournalChecksTest {
    private static final WorkingDays DAYS = new WorkingDays(holidays());
    private static final Candidate CANDIDATE = Candidate.builder().id(1).fullName("Nguyễn Văn A").gender(Gender.MALE)
            .birthDate(LocalDate.of(2000, 1, 15)).education("12/12").build();

    private final List<Step> steps = new ArrayList<>();
    private final List<JournalEntry> journal = new ArrayList<>();
    private RuleSettings settings = RuleSettings.defaults();

    private static List<Holiday> holidays() {
        List<Holiday> all = new ArrayList<>();
        for (int y = 2024; y <= 2028; y++) {
            all.addAll(PublicHolidays.defaultsFor(y));
        }
        return all;
    }

    private JournalChecksTest listedAndHelped(String assigned, String... helpers) {
        steps.add(Step.simple(1, StepCode.SOURCE_LISTED, LocalDate.parse(assigned).minusDays(5)));
        List<StepPerson> people = new ArrayList<>();
        for (String h : helpers) {
            people.add(StepPerson.of(PersonRole.HELPER, h));
        }
        steps.add(new Step(0, 1, StepCode.HELPER_ASSIGNED, LocalDate.parse(assigned), "", "", Optional.empty(), "",
                Optional.empty(), Optional.empty(), Optional.empty(), "", people));
        return this;
    }

    private JournalChecksTest step(StepCode code, String date) {
        steps.add(Step.simple(1, code, LocalDate.parse(date)));
        return this;
    }

    private JournalChecksTest reviewed(String date) {
        Map<ReviewHeading, Assessment> all = new java.util.EnumMap<>(ReviewHeading.class);
        for (ReviewHeading h : ReviewHeading.values()) {
            all.put(h, new Assessment(Rating.GOOD, ""));
        }
        journal.add(JournalEntry.review(1, LocalDate.parse(date), "Trần Văn B", all, false, ""));
        return this;
    }

    private Optional<LocalDate> nextReview() {
        return new ReviewSchedule(settings, DAYS).next(steps, journal).map(ReviewSchedule.NextReview::due);
    }

    private List<Finding> check(String today, RuleCode rule) {
        return new RuleEngine(settings, DAYS).check(CANDIDATE, steps, journal, LocalDate.parse(today)).stream()
                .filter(f -> f.rule() == rule).toList();
    }

    @ParameterizedTest(name = "from {0} the review is due on {1}")
    @CsvSource(textBlock = """
            2026-03-10, 2026-06-10
            # 30/04 and 01/05 are days off, then a weekend: the review moves to Monday
            2026-01-30, 2026-05-04
            # no 30 February: the end of the month, a Saturday, then Monday
            2025-11-30, 2026-03-02
            # Giỗ Tổ Hùng Vương 2026 falls on Sunday 26/04; its day off is Monday 27/04
            2026-01-26, 2026-04-28
            """)
    void theFirstReviewIsDueThreeMonthsAfterTheHelperIsAssignedOnAWorkingDay(String assigned, String due) {
        listedAndHelped(assigned, "Trần Văn B");
        assertThat(nextReview()).contains(LocalDate.parse(due));
    }

    @Test
    void theCadenceCountsFromTheLastReview() {
        listedAndHelped("2026-01-05", "Trần Văn B").reviewed("2026-04-08").reviewed("2026-07-09");
        assertThat(nextReview()).contains(LocalDate.of(2026, 10, 9));
    }

    @Test
    void aChangedCadenceMovesTheNextReviewAtOnce() {
        listedAndHelped("2026-01-05", "Trần Văn B").reviewed("2026-07-09");
        settings = RuleSettings.of(Map.of(RuleCode.HELPER_REVIEW_DUE, "1"));
        assertThat(nextReview()).contains(LocalDate.of(2026, 8, 10)); // 09/08 is a Sunday
        settings = RuleSettings.of(Map.of(RuleCode.HELPER_REVIEW_DUE, "6"));
        assertThat(nextReview()).contains(LocalDate.of(2027, 1, 11)); // 09/01/2027 is a Saturday
    }

    @Test
    void aNewHelperStartsANewCycle() {
        listedAndHelped("2026-01-05", "Trần Văn B").reviewed("2026-03-01");
        steps.add(new Step(0, 1, StepCode.HELPER_ASSIGNED, LocalDate.of(2026, 5, 4), "", "", Optional.empty(), "",
                Optional.empty(), Optional.empty(), Optional.empty(), "", List.of(StepPerson.of(PersonRole.HELPER, "Lê Thị C"))));
        Optional<ReviewSchedule.NextReview> next = new ReviewSchedule(settings, DAYS).next(steps, journal);
        assertThat(next).hasValueSatisfying(n -> {
            assertThat(n.due()).isEqualTo(LocalDate.of(2026, 8, 4));
            assertThat(n.helpers()).containsExactly("Lê Thị C");
            assertThat(n.lastReview()).contains(LocalDate.of(2026, 3, 1));
        });
    }

    @Test
    void noReviewIsDueWithoutAHelperOnceTheCellHasVotedOrWhenTheFileIsClosed() {
        step(StepCode.SOURCE_LISTED, "2026-01-05");
        assertThat(nextReview()).isEmpty();
        listedAndHelped("2026-01-10", "Trần Văn B");
        assertThat(nextReview()).isPresent();
        step(StepCode.AWARENESS_CLASS, "2026-03-01");
        assertThat(nextReview()).as("cultivated: still reviewed").isPresent();
        step(StepCode.CELL_RESOLUTION, "2026-06-01");
        assertThat(nextReview()).as("proposed").isEmpty();
        steps.removeIf(s -> s.code() == StepCode.CELL_RESOLUTION);
        step(StepCode.STOPPED, "2026-06-01");
        assertThat(nextReview()).as("stopped").isEmpty();
    }

    @Test
    void aReviewShowsThirtyDaysAheadAndIsAWarningOnceLate() {
        listedAndHelped("2026-03-10", "Trần Văn B", "Lê Thị C"); // due 10/06/2026
        assertThat(check("2026-05-10", RuleCode.HELPER_REVIEW_DUE)).isEmpty();
        assertThat(check("2026-05-11", RuleCode.HELPER_REVIEW_DUE)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.due()).contains(LocalDate.of(2026, 6, 10));
            assertThat(f.messageKey()).isEqualTo("rule.HELPER_REVIEW_DUE.dueFirst");
            assertThat(f.args()).contains("Trần Văn B, Lê Thị C");
        });
        assertThat(check("2026-06-10", RuleCode.HELPER_REVIEW_DUE)).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
        assertThat(check("2026-06-11", RuleCode.HELPER_REVIEW_DUE)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.messageKey()).isEqualTo("rule.HELPER_REVIEW_DUE.overdueFirst");
        });
        reviewed("2026-06-12");
        assertThat(check("2026-06-12", RuleCode.HELPER_REVIEW_DUE)).isEmpty();
        assertThat(check("2026-08-20", RuleCode.HELPER_REVIEW_DUE)).singleElement()
                .satisfies(f -> assertThat(f.messageKey()).isEqualTo("rule.HELPER_REVIEW_DUE.due"));
    }

    @Test
    void aTaskPastItsDueDateWithoutAResultIsAWarningOnItsOwnDate() {
        listedAndHelped("2026-03-10", "Trần Văn B").reviewed("2026-06-01");
        journal.add(JournalEntry.task(1, LocalDate.of(2026, 6, 1), "Trần Văn B", "Vận động hộ gia đình",
                Optional.of(LocalDate.of(2026, 6, 30)), Optional.empty()));
        journal.add(JournalEntry.task(1, LocalDate.of(2026, 6, 1), "Trần Văn B", "Việc không hạn",
                Optional.empty(), Optional.empty()));
        assertThat(check("2026-06-30", RuleCode.TASK_OVERDUE)).isEmpty();
        assertThat(check("2026-07-01", RuleCode.TASK_OVERDUE)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.due()).contains(LocalDate.of(2026, 6, 30));
            assertThat(f.args()).contains("Vận động hộ gia đình", "30/06/2026");
        });
        journal.set(1, JournalEntry.task(1, LocalDate.of(2026, 6, 1), "Trần Văn B", "Vận động hộ gia đình",
                Optional.of(LocalDate.of(2026, 6, 30)),
                Optional.of(new TaskOutcome(TaskResult.NOT_DONE, LocalDate.of(2026, 7, 2), "Chưa làm"))));
        assertThat(check("2026-07-03", RuleCode.TASK_OVERDUE)).as("a result, even 'not done', closes the task").isEmpty();
    }

    @Test
    void theOldCheckWithoutAJournalStillWorks() {
        listedAndHelped("2026-03-10", "Trần Văn B");
        assertThat(new RuleEngine(settings, DAYS).check(CANDIDATE, steps, LocalDate.of(2026, 7, 1)))
                .extracting(Finding::rule).contains(RuleCode.HELPER_REVIEW_DUE);
    }
}
