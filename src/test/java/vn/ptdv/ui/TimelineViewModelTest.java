package vn.ptdv.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ptdv.TestData;
import vn.ptdv.domain.StepCode;
import vn.ptdv.service.CandidateWithSteps;
import vn.ptdv.service.Services;
import vn.ptdv.ui.candidate.CandidateFormViewModel;
import vn.ptdv.ui.candidate.StepEditorViewModel;
import vn.ptdv.ui.candidate.TimelineViewModel;
import vn.ptdv.ui.common.CurrentThreadTaskRunner;

/** The timeline and deleting, without JavaFX, on the sample cell. */
class TimelineViewModelTest {
    @TempDir
    Path folder;

    private Services services;
    private final FakeDialogs dialogs = new FakeDialogs();
    private final CurrentThreadTaskRunner tasks = new CurrentThreadTaskRunner();
    private TimelineViewModel timeline;
    private CandidateWithSteps thao;

    @BeforeEach
    void open() {
        services = TestData.services(folder);
        services.demo().fill();
        thao = services.candidates().listWithSteps().stream()
                .filter(x -> x.candidate().fullName().equals("Nguyễn Thị Thảo")).findFirst().orElseThrow();
        timeline = new TimelineViewModel(services.candidates(), services.cell(), services.checks(), tasks, dialogs,
                TestData.CLOCK);
        timeline.show(thao.candidate(), thao.steps());
    }

    @Test
    void showsTheNewestStepFirstAndTheMilestones() {
        assertThat(timeline.steps().get(0).code()).isEqualTo(StepCode.NEW_MEMBER_CLASS);
        assertThat(timeline.steps().get(timeline.steps().size() - 1).code()).isEqualTo(StepCode.SOURCE_LISTED);
        assertThat(timeline.milestonesProperty().get()).contains("Đảng viên dự bị")
                .contains("Lễ kết nạp: 03/02/2026").contains("Hết thời kỳ dự bị: 03/02/2027");
    }

    @Test
    void removingAStepAsksFirstAndKeepsItWhenTheAnswerIsNo() {
        int before = timeline.steps().size();
        dialogs.answer = false;
        timeline.remove(timeline.steps().get(0), () -> { });
        assertThat(dialogs.questions).singleElement().asString().contains("Lớp bồi dưỡng lý luận chính trị");
        assertThat(services.candidates().steps(thao.candidate().id())).hasSize(before);

        dialogs.answer = true;
        timeline.remove(timeline.steps().get(0), () -> { });
        assertThat(services.candidates().steps(thao.candidate().id())).hasSize(before - 1);
        assertThat(timeline.steps()).hasSize(before - 1);
        assertThat(timeline.steps().get(0).code()).isEqualTo(StepCode.CEREMONY);
    }

    @Test
    void theNextStepIsProposedWithTheCellsMembers() {
        AtomicReference<StepEditorViewModel> editor = new AtomicReference<>();
        timeline.editorForNewStep(editor::set);
        assertThat(editor.get().codeProperty().get()).isEqualTo(StepCode.PROBATION_REVIEW);
        editor.get().codeProperty().set(StepCode.OFFICIAL_RESOLUTION);
        assertThat(editor.get().officialMembersProperty().get()).isEqualTo("32");
    }

    @Test
    void deletingACandidateAsksFirstWithTheNumberOfSteps() {
        CandidateFormViewModel form = new CandidateFormViewModel(services.candidates(), tasks, dialogs);
        form.load(thao.candidate());
        dialogs.answer = false;
        form.delete(thao.steps().size(), () -> { });
        assertThat(dialogs.questions).singleElement().asString().contains("Nguyễn Thị Thảo")
                .contains(String.valueOf(thao.steps().size()));
        assertThat(services.candidates().find(thao.candidate().id())).isPresent();

        dialogs.answer = true;
        AtomicReference<Boolean> deleted = new AtomicReference<>(false);
        form.delete(thao.steps().size(), () -> deleted.set(true));
        assertThat(deleted.get()).isTrue();
        assertThat(services.candidates().find(thao.candidate().id())).isEmpty();
        assertThat(form.isNew()).isTrue();
    }

    @Test
    void theNextStepsAndFindingsOfTheFileAreWorkedOut() {
        assertThat(timeline.nextSteps()).extracting(n -> n.code())
                .containsExactly(StepCode.PROBATION_REVIEW, StepCode.OFFICIAL_RESOLUTION);
        CandidateWithSteps vinh = services.candidates().listWithSteps().stream()
                .filter(x -> x.candidate().fullName().equals("Đỗ Anh Vinh")).findFirst().orElseThrow();
        timeline.show(vinh.candidate(), vinh.steps());
        assertThat(timeline.nextSteps()).singleElement().satisfies(n -> assertThat(n.code()).isEqualTo(StepCode.CEREMONY));
        assertThat(timeline.findings()).extracting(f -> f.finding().rule().name()).containsExactly("CEREMONY_DEADLINE");
    }
}
