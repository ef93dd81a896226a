package vn.ptdv.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ptdv.TestData;
import vn.ptdv.domain.Candidate;
import vn.ptdv.domain.PersonRole;
import vn.ptdv.domain.Step;
import vn.ptdv.domain.StepCode;
import vn.ptdv.domain.StepPerson;
import vn.ptdv.domain.audit.AuditQuery;
import vn.ptdv.domain.journal.Assessment;
import vn.ptdv.domain.journal.JournalEntry;
import vn.ptdv.domain.journal.JournalKind;
import vn.ptdv.domain.journal.Rating;
import vn.ptdv.domain.journal.ReviewHeading;
import vn.ptdv.domain.journal.TaskOutcome;
import vn.ptdv.domain.journal.TaskResult;
import vn.ptdv.domain.rules.RuleCode;

/** The training journal stored in a real database: what is saved reads back the same, newest first. */
class JournalServiceTest {
    @TempDir
    Path folder;

    private Services services;
    private Candidate candidate;

    @BeforeEach
    void open() {
        services = TestData.services(folder);
        candidate = services.candidates().save(TestData.candidate("Lê Thị Hoa").build(), PhotoUpdate.keep());
    }

    private static Map<ReviewHeading, Assessment> grades(Rating... ratings) {
        Map<ReviewHeading, Assessment> all = new EnumMap<>(ReviewHeading.class);
        for (int i = 0; i < ratings.length; i++) {
            all.put(ReviewHeading.values()[i], new Assessment(ratings[i], "Nhận xét " + (i + 1)));
        }
        return all;
    }

    private JournalEntry review(String date) {
        return JournalEntry.review(candidate.id(), LocalDate.parse(date), "Trần Văn Bình",
                grades(Rating.GOOD, Rating.FAIR, Rating.AVERAGE, Rating.WEAK), true, "Đề nghị chi bộ xem xét");
    }

    @Test
    void everyKindReadsBackAsSavedNewestFirst() {
        JournalEntry task = services.journal().save(JournalEntry.task(candidate.id(), LocalDate.of(2026, 3, 1),
                "Nguyễn Thị Hương", "Tham gia tổng vệ sinh tổ dân phố", Optional.of(LocalDate.of(2026, 3, 31)),
                Optional.of(new TaskOutcome(TaskResult.DONE_WELL, LocalDate.of(2026, 3, 30), "Nhiệt tình"))));
        JournalEntry reviewed = services.journal().save(review("2026-06-01"));
        JournalEntry activity = services.journal().save(JournalEntry.simple(candidate.id(), JournalKind.ACTIVITY,
                LocalDate.of(2026, 4, 2), "Học lớp tin học của Hội Phụ nữ"));
        JournalEntry note = services.journal().save(JournalEntry.simple(candidate.id(), JournalKind.NOTE,
                LocalDate.of(2026, 6, 1), "Gia đình ủng hộ"));

        assertThat(services.journal().entries(candidate.id())).containsExactly(note, reviewed, activity, task);
        assertThat(services.journal().latestReview(candidate.id())).contains(reviewed);
        assertThat(reviewed.assessments().get(ReviewHeading.RELATIONS_WHERE_LIVING).rating()).isEqualTo(Rating.WEAK);
    }

    @Test
    void anEditedEntryReplacesTheOldAndADeletedOneIsGone() {
        JournalEntry task = services.journal().save(JournalEntry.task(candidate.id(), LocalDate.of(2026, 3, 1),
                "Nguyễn Thị Hương", "Vận động hộ gia đình", Optional.of(LocalDate.of(2026, 3, 31)), Optional.empty()));
        JournalEntry done = new JournalEntry(task.id(), task.candidateId(), task.kind(), task.date(), task.person(),
                task.text(), task.due(), Optional.of(new TaskOutcome(TaskResult.NOT_DONE, LocalDate.of(2026, 4, 2), "")),
                Map.of(), Optional.empty());
        services.journal().save(done);
        assertThat(services.journal().entries(candidate.id())).containsExactly(done);

        services.journal().delete(task.id());
        assertThat(services.journal().entries(candidate.id())).isEmpty();
    }

    @Test
    void fieldsTheKindDoesNotRecordAreNotKept() {
        JournalEntry note = new JournalEntry(0, candidate.id(), JournalKind.NOTE, LocalDate.of(2026, 5, 1), "Ai đó",
                "Ghi chú", Optional.of(LocalDate.of(2026, 6, 1)), Optional.empty(),
                grades(Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD), Optional.of(true));
        JournalEntry stored = services.journal().entries(services.journal().save(note).candidateId()).get(0);
        assertThat(stored.person()).isEmpty();
        assertThat(stored.due()).isEmpty();
        assertThat(stored.assessments()).isEmpty();
        assertThat(stored.ready()).isEmpty();
    }

    @Test
    void aRefusedEntrySaysWhichFieldsAreWrongAndWritesNothing() {
        JournalEntry emptyTask = JournalEntry.task(candidate.id(), TestData.TODAY.plusDays(1), "", " ",
                Optional.of(TestData.TODAY), Optional.empty());
        assertThatThrownBy(() -> services.journal().save(emptyTask)).isInstanceOfSatisfying(ValidationException.class,
                v -> assertThat(v.errors()).extracting(FieldError::field, FieldError::messageKey).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("date", "validation.date.future"),
                        org.assertj.core.groups.Tuple.tuple("text", "validation.journal.text.TASK"),
                        org.assertj.core.groups.Tuple.tuple("due", "validation.journal.dueBeforeGiven")));
        JournalEntry halfReview = new JournalEntry(0, candidate.id(), JournalKind.REVIEW, LocalDate.of(2026, 5, 1), "",
                "", Optional.empty(), Optional.empty(), grades(Rating.GOOD, Rating.FAIR), Optional.empty());
        assertThatThrownBy(() -> services.journal().save(halfReview)).isInstanceOfSatisfying(ValidationException.class,
                v -> assertThat(v.errors()).extracting(FieldError::field).containsExactlyInAnyOrder(
                        "person", "WORK_AND_TASKS", "RELATIONS_WHERE_LIVING", "ready"));
        assertThat(services.journal().entries(candidate.id())).isEmpty();
    }

    @Test
    void aChangedGradeReadsInTheAuditTrailUnderItsHeading() {
        JournalEntry first = services.journal().save(review("2026-06-01"));
        Map<ReviewHeading, Assessment> better = new EnumMap<>(first.assessments());
        better.put(ReviewHeading.RELATIONS_WHERE_LIVING, new Assessment(Rating.FAIR, "Nhận xét 4"));
        services.journal().save(new JournalEntry(first.id(), first.candidateId(), first.kind(), first.date(),
                first.person(), first.text(), first.due(), first.outcome(), better, first.ready()));
        vn.ptdv.service.AuditLine changed = services.audit().find(AuditQuery.forCandidate(candidate.id()), TestData.VI)
                .lines().get(0);
        assertThat(changed.what()).isEqualTo("Sửa nhật ký bồi dưỡng: Nhận xét của đảng viên giúp đỡ 01/06/2026");
        assertThat(changed.changes()).containsExactly("Quan hệ với quần chúng nơi cư trú: Yếu → Khá");
    }

    @Test
    void entriesGoWithTheirCandidateAndAreInTheAuditTrail() {
        services.journal().save(review("2026-06-01"));
        List<String> what = services.audit().find(AuditQuery.forCandidate(candidate.id()), TestData.VI).lines().stream()
                .map(vn.ptdv.service.AuditLine::what).toList();
        assertThat(what).contains("Thêm vào nhật ký bồi dưỡng: Nhận xét của đảng viên giúp đỡ 01/06/2026");
        services.candidates().delete(candidate.id());
        assertThat(services.journal().all()).isEmpty();
    }

    @Test
    void theNextReviewCountsFromTheLastReviewWithTheCellsCadence() {
        Step helper = new Step(0, candidate.id(), StepCode.HELPER_ASSIGNED, LocalDate.of(2026, 2, 2), "", "",
                Optional.empty(), "", Optional.empty(), Optional.empty(), Optional.empty(), "",
                List.of(StepPerson.of(PersonRole.HELPER, "Trần Văn Bình")));
        services.candidates().saveStep(Step.simple(candidate.id(), StepCode.SOURCE_LISTED, LocalDate.of(2026, 1, 20)));
        services.candidates().saveStep(helper);
        services.journal().save(review("2026-06-01"));
        CandidateWithSteps file = services.candidates().findWithSteps(candidate.id()).orElseThrow();
        List<JournalEntry> entries = services.journal().entries(candidate.id());
        assertThat(services.journal().nextReview(file, entries)).hasValueSatisfying(n -> {
            // 01/09 and 02/09/2026 are the National Day holidays: the review moves to Thursday 03/09.
            assertThat(n.due()).isEqualTo(LocalDate.of(2026, 9, 3));
            assertThat(n.helpers()).containsExactly("Trần Văn Bình");
        });
        services.checks().changeSetting(RuleCode.HELPER_REVIEW_DUE, "2");
        assertThat(services.journal().nextReview(file, entries)).hasValueSatisfying(n ->
                assertThat(n.due()).isEqualTo(LocalDate.of(2026, 8, 3))); // 01/08/2026 is a Saturday
        assertThat(services.checks().checkAll(LocalDate.of(2026, 8, 4))).filteredOn(f -> f.rule() == RuleCode.HELPER_REVIEW_DUE)
                .singleElement().satisfies(f -> assertThat(FindingText.message(f, TestData.VI))
                        .isEqualTo("Đã quá hạn nhận xét Lê Thị Hoa (hạn 03/08/2026, lần trước ngày 01/06/2026); "
                                + "đảng viên giúp đỡ: Trần Văn Bình."));
    }
}
