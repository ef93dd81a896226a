package vn.ptdv.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ptdv.TestData;
import vn.ptdv.domain.journal.JournalEntry;
import vn.ptdv.domain.journal.JournalKind;
import vn.ptdv.domain.journal.Rating;
import vn.ptdv.domain.journal.ReviewHeading;
import vn.ptdv.domain.journal.TaskResult;
import vn.ptdv.service.CandidateWithSteps;
import vn.ptdv.service.Services;
import vn.ptdv.ui.candidate.JournalEditorViewModel;
import vn.ptdv.ui.candidate.JournalViewModel;
import vn.ptdv.ui.common.CurrentThreadTaskRunner;

/** The tab Bồi dưỡng of a sample candidate on 27/11/2026, without JavaFX. */
class JournalViewModelTest {
    @TempDir
    Path folder;

    private Services services;
    private final FakeDialogs dialogs = new FakeDialogs();
    private JournalViewModel vm;
    private CandidateWithSteps khanh;

    @BeforeEach
    void open() {
        services = TestData.services(folder);
        services.demo().fill();
        khanh = services.candidates().listWithSteps().stream()
                .filter(f -> f.candidate().fullName().equals("Nguyễn Văn Khánh")).findFirst().orElseThrow();
        vm = new JournalViewModel(services.journal(), new CurrentThreadTaskRunner(), dialogs, TestData.CLOCK);
        vm.show(khanh.candidate(), khanh.steps());
    }

    private JournalEditorViewModel editor(JournalKind kind) {
        List<JournalEditorViewModel> opened = new ArrayList<>();
        vm.editorForNew(kind, opened::add);
        return opened.get(0);
    }

    @Test
    void theLastReviewAndTheNextAreSaidAboveTheEntriesNewestFirst() {
        assertThat(vm.entries()).extracting(JournalEntry::kind)
                .containsExactly(JournalKind.NOTE, JournalKind.TASK, JournalKind.REVIEW);
        assertThat(vm.lastReviewProperty().get())
                .isEqualTo("Nhận xét gần nhất: ngày 12/09/2026, Trần Văn Bình — Chưa đủ điều kiện đề nghị kết nạp.");
        // Three months after 12/09 is Saturday 12/12: the review is due the Monday after.
        assertThat(vm.nextReviewProperty().get())
                .isEqualTo("Lần nhận xét tới: chậm nhất ngày 14/12/2026 (Trần Văn Bình, Phạm Văn Tâm).");
    }

    @Test
    void aReviewNeedsEveryGradeAndAnOpinionThenMovesTheNextReview() {
        JournalEditorViewModel review = editor(JournalKind.REVIEW);
        assertThat(review.dateProperty().get()).isEqualTo("27/11/2026");
        assertThat(review.personProperty().get()).isEqualTo("Trần Văn Bình");
        review.ratingProperty(ReviewHeading.POLITICAL_AWARENESS).set(Rating.GOOD);
        List<JournalEntry> saved = new ArrayList<>();
        review.save(saved::add);
        assertThat(saved).isEmpty();
        assertThat(review.errors()).containsOnlyKeys("ETHICS_LIFESTYLE", "WORK_AND_TASKS", "RELATIONS_WHERE_LIVING",
                "ready");
        assertThat(review.errors().get("ready")).isEqualTo("Hãy chọn đủ hay chưa đủ điều kiện đề nghị kết nạp.");

        for (ReviewHeading h : ReviewHeading.values()) {
            review.ratingProperty(h).set(Rating.FAIR);
        }
        review.readyProperty().set(true);
        review.textProperty().set("Tiến bộ rõ");
        assertThat(review.errors()).isEmpty();
        review.save(saved::add);
        assertThat(saved).singleElement().satisfies(e -> assertThat(e.ready()).contains(true));

        vm.reload(() -> { });
        assertThat(vm.entries().get(0).kind()).isEqualTo(JournalKind.REVIEW);
        assertThat(vm.nextReviewProperty().get()).contains("01/03/2027"); // 27/02/2027 is a Saturday
    }

    @Test
    void aTasksResultIsDatedTodayWhenChosenAndAWrongDateIsSaidOnItsField() {
        JournalEntry task = vm.entries().get(1);
        List<JournalEditorViewModel> opened = new ArrayList<>();
        vm.editorFor(task, opened::add);
        JournalEditorViewModel edit = opened.get(0);
        assertThat(edit.dueProperty().get()).isEqualTo("15/12/2026");
        edit.resultProperty().set(TaskResult.DONE);
        assertThat(edit.resultDateProperty().get()).isEqualTo("27/11/2026");
        edit.dueProperty().set("31/02/2026");
        edit.save(e -> { });
        assertThat(edit.errors()).containsOnlyKeys("due");
        edit.dueProperty().set("15/12/2026");
        List<JournalEntry> saved = new ArrayList<>();
        edit.save(saved::add);
        assertThat(saved).singleElement().satisfies(e ->
                assertThat(e.outcome()).hasValueSatisfying(o -> assertThat(o.result()).isEqualTo(TaskResult.DONE)));
    }

    @Test
    void deletingAsksFirstAndNoKeepsTheEntry() {
        JournalEntry note = vm.entries().get(0);
        dialogs.answer = false;
        vm.remove(note, () -> { });
        assertThat(dialogs.questions).singleElement().asString().contains("Ghi chú").contains("22/10/2026");
        assertThat(vm.entries()).hasSize(3);

        dialogs.answer = true;
        vm.remove(note, () -> { });
        assertThat(vm.entries()).hasSize(2).doesNotContain(note);
    }

    /** Closing the editor without saving asks only when something was typed, and stays when told to. */
    @Test
    void closingTheEditorWithTypedChangesAsksFirst() {
        JournalEditorViewModel note = editor(JournalKind.NOTE);
        assertThat(note.mayDiscard()).isTrue();
        assertThat(dialogs.questions).isEmpty();

        note.textProperty().set("Đã gặp gia đình");
        dialogs.answer = false;
        assertThat(note.mayDiscard()).isFalse();
        dialogs.answer = true;
        assertThat(note.mayDiscard()).isTrue();
        assertThat(dialogs.questions).hasSize(2);

        note.textProperty().set("");
        assertThat(note.mayDiscard()).isTrue();
        assertThat(dialogs.questions).hasSize(2);
    }

    @Test
    void anEntrysKindCanBeChangedInTheEditorAndTheOldKindsFieldsDoNotLinger() {
        JournalEntry task = vm.entries().get(1);
        assertThat(task.kind()).isEqualTo(JournalKind.TASK);
        List<JournalEditorViewModel> opened = new ArrayList<>();
        vm.editorFor(task, opened::add);
        JournalEditorViewModel edit = opened.get(0);
        assertThat(edit.dueProperty().get()).isNotEmpty();
        assertThat(edit.mayDiscard()).isTrue();
        assertThat(dialogs.questions).isEmpty();
        edit.kindProperty().set(JournalKind.NOTE);
        edit.mayDiscard();
        assertThat(dialogs.questions).as("a changed kind is an unsaved edit: closing asks").hasSize(1);
        List<JournalEntry> saved = new ArrayList<>();
        edit.save(saved::add);
        assertThat(saved).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(JournalKind.NOTE);
            assertThat(e.id()).isEqualTo(task.id());
            assertThat(e.due()).as("a note has no due date").isEmpty();
            assertThat(e.text()).isEqualTo(task.text());
        });
        assertThat(services.journal().entries(khanh.candidate().id())).filteredOn(e -> e.id() == task.id())
                .singleElement().satisfies(e -> assertThat(e.kind()).isEqualTo(JournalKind.NOTE));
    }
}
