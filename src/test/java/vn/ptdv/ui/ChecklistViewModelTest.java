package vn.ptdv.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ptdv.TestData;
import vn.ptdv.domain.Step;
import vn.ptdv.domain.StepCode;
import vn.ptdv.domain.checklist.Decision;
import vn.ptdv.domain.checklist.DocumentKind;
import vn.ptdv.service.CandidateWithSteps;
import vn.ptdv.service.Services;
import vn.ptdv.ui.candidate.ChecklistViewModel;
import vn.ptdv.ui.candidate.ChecklistViewModel.Group;
import vn.ptdv.ui.candidate.ChecklistViewModel.Row;
import vn.ptdv.ui.candidate.TimelineViewModel;
import vn.ptdv.ui.common.CurrentThreadTaskRunner;

/** The "Hồ sơ" tab's view model, without JavaFX, following the file shown on the sample cell. */
class ChecklistViewModelTest {
    @TempDir
    Path folder;

    private Services services;
    private final FakeDialogs dialogs = new FakeDialogs();
    private final CurrentThreadTaskRunner tasks = new CurrentThreadTaskRunner();
    private TimelineViewModel timeline;
    private ChecklistViewModel checklist;

    @BeforeEach
    void open() {
        services = TestData.services(folder);
        services.demo().fill();
        timeline = new TimelineViewModel(services.candidates(), services.cell(), services.checks(), tasks, dialogs,
                TestData.CLOCK);
        checklist = new ChecklistViewModel(timeline.checklistProperty());
    }

    private CandidateWithSteps show(String name) {
        CandidateWithSteps file = services.candidates().listWithSteps().stream()
                .filter(x -> x.candidate().fullName().equals(name)).findFirst().orElseThrow();
        timeline.show(file.candidate(), file.steps());
        return file;
    }

    private Group group(Decision decision) {
        return checklist.groups().stream().filter(g -> g.decision() == decision).findFirst().orElseThrow();
    }

    private Row row(DocumentKind kind) {
        return checklist.groups().stream().flatMap(g -> g.rows().stream()).filter(r -> r.kind() == kind)
                .findFirst().orElseThrow();
    }

    @Test
    void aProbationaryMemberSeesWhatFullMembershipStillNeeds() {
        show("Nguyễn Thị Thảo");
        assertThat(checklist.summaryProperty().get()).isEqualTo("Có 10/12 giấy tờ cần để công nhận đảng viên chính thức."
                + " Còn thiếu hoặc phải làm lại: Kiểm điểm, nhận xét dự bị, Nghị quyết đề nghị chính thức.");
        assertThat(checklist.summaryStyleProperty().get()).isEqualTo("checklist-summary-lacking");
        assertThat(checklist.groups()).extracting(Group::later).containsExactly(false, false, false);
        assertThat(group(Decision.FULL_MEMBERSHIP).rows()).extracting(Row::status)
                .containsExactly("Có", "Có", "Còn thiếu", "Còn thiếu");
        Row decision = row(DocumentKind.ADMISSION_DECISION);
        assertThat(decision.label()).isEqualTo("Quyết định kết nạp đảng viên (mẫu 9-KNĐ)");
        assertThat(decision.detail()).isEqualTo("ngày 15/01/2026 · số 245-QĐ/ĐU");
        assertThat(decision.icon()).isEqualTo("mdi2c-check-circle");
        Row review = row(DocumentKind.PROBATION_REVIEW);
        assertThat(review.detail()).isEqualTo("Chưa ghi bước “Kiểm điểm dự bị”.");
        assertThat(review.icon()).isEqualTo("mdi2c-close-circle");
        assertThat(review.style()).isEqualTo("checklist-missing");
    }

    @Test
    void aStaleIntroductionSaysUntilWhenItCouldBeUsedAndLaterDecisionsStandApart() {
        CandidateWithSteps maiAnh = show("Trần Thị Mai Anh");
        long id = maiAnh.candidate().id();
        services.candidates().saveStep(Step.simple(id, StepCode.INTRODUCTION, LocalDate.of(2025, 9, 20)));
        services.candidates().saveStep(Step.simple(id, StepCode.COMMENTS, LocalDate.of(2026, 1, 10)));
        timeline.reload(() -> { });

        Row introduction = row(DocumentKind.INTRODUCTION);
        assertThat(introduction.status()).isEqualTo("Quá hạn dùng");
        assertThat(introduction.icon()).isEqualTo("mdi2a-alert-circle");
        assertThat(introduction.style()).isEqualTo("checklist-outdated");
        assertThat(introduction.detail()).isEqualTo(
                "Lập ngày 20/09/2025, chỉ dùng được đến hết ngày 20/09/2026: phải làm lại trước khi chi bộ xét.");
        Row comments = row(DocumentKind.COMMENTS);
        assertThat(comments.status()).isEqualTo("Có");
        assertThat(comments.style()).isEqualTo("checklist-running-out");
        assertThat(comments.detail()).isEqualTo("ngày 10/01/2026 · dùng được đến hết ngày 10/01/2027");
        assertThat(row(DocumentKind.AWARENESS_CERTIFICATE).detail())
                .isEqualTo("ngày 12/06/2025 · số 78/GCN-TTCT · dùng được đến hết ngày 12/06/2030");

        assertThat(checklist.groups()).extracting(Group::later).containsExactly(false, true, true);
        assertThat(group(Decision.ADMISSION).heading()).isEqualTo("Để cấp trên quyết định kết nạp (cần về sau)");
        assertThat(row(DocumentKind.CELL_RESOLUTION).status()).isEqualTo("Chưa cần");
        assertThat(row(DocumentKind.CELL_RESOLUTION).style()).isEqualTo("checklist-later");
        assertThat(checklist.summaryProperty().get()).isEqualTo("Có 4/6 giấy tờ cần để chi bộ xét kết nạp."
                + " Còn thiếu hoặc phải làm lại: Thẩm tra lý lịch, Giấy giới thiệu (quá hạn dùng).");
    }

    @Test
    void aCompletedFileIsReadyAndAClosedOneNeedsNothing() {
        long id = show("Trần Thị Mai Anh").candidate().id();
        for (StepCode code : new StepCode[] {StepCode.VERIFICATION, StepCode.INTRODUCTION, StepCode.COMMENTS}) {
            services.candidates().saveStep(Step.simple(id, code, LocalDate.of(2026, 11, 20)));
        }
        timeline.reload(() -> { });
        assertThat(checklist.summaryProperty().get()).isEqualTo("Đủ hồ sơ để chi bộ xét kết nạp (6/6 giấy tờ).");
        assertThat(checklist.summaryStyleProperty().get()).isEqualTo("checklist-summary-complete");

        show("Đặng Văn Long");
        assertThat(checklist.summaryProperty().get())
                .startsWith("Hồ sơ đã đóng (Dừng theo dõi): không cần thêm giấy tờ.");
        assertThat(checklist.summaryStyleProperty().get()).isEqualTo("text-muted");
        assertThat(row(DocumentKind.AWARENESS_CERTIFICATE).status()).isEqualTo("Có");
        assertThat(row(DocumentKind.APPLICATION).status()).isEqualTo("Không cần");
        assertThat(checklist.groups()).extracting(Group::later).containsExactly(false, false, false);
    }

    @Test
    void aFullMemberWithAWholeFileSaysSo() {
        show("Lê Văn Hoàng");
        assertThat(checklist.summaryProperty().get()).isEqualTo("Hồ sơ có 12/12 giấy tờ.");
        assertThat(checklist.groups()).flatExtracting(Group::rows).extracting(Row::status).containsOnly("Có");
    }

    @Test
    void nothingIsShownOnceTheFormIsCleared() {
        show("Nguyễn Thị Thảo");
        timeline.clear();
        assertThat(checklist.groups()).isEmpty();
        assertThat(checklist.summaryProperty().get()).isEmpty();
    }
}
