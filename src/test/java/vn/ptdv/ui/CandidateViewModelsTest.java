package vn.ptdv.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ptdv.TestData;
import vn.ptdv.service.PhotoUpdate;
import vn.ptdv.domain.Candidate;
import vn.ptdv.domain.CandidateStatus;
import vn.ptdv.domain.CandidateSummary;
import vn.ptdv.domain.Gender;
import vn.ptdv.domain.PersonRole;
import vn.ptdv.domain.Step;
import vn.ptdv.domain.StepCode;
import vn.ptdv.domain.StepCode.Fields;
import vn.ptdv.service.Services;
import vn.ptdv.ui.candidate.CandidateFormViewModel;
import vn.ptdv.ui.candidate.CandidateListViewModel;
import vn.ptdv.ui.candidate.StepEditorViewModel;
import vn.ptdv.ui.common.CurrentThreadTaskRunner;

/** The candidate screen's view models, without JavaFX, on a real database. */
class CandidateViewModelsTest {
    @TempDir
    Path folder;

    private Services services;
    private final FakeDialogs dialogs = new FakeDialogs();
    private final CurrentThreadTaskRunner tasks = new CurrentThreadTaskRunner();

    @BeforeEach
    void open() {
        services = TestData.services(folder);
    }

    private CandidateFormViewModel form() {
        CandidateFormViewModel form = new CandidateFormViewModel(services.candidates(), tasks, dialogs);
        form.sources().setAll(services.cell().sourceCategories());
        return form;
    }

    @Test
    void searchFiltersAsYouTypeWithoutDiacritics() {
        services.demo().fill();
        CandidateListViewModel list = new CandidateListViewModel(services.candidates(), tasks, dialogs);
        list.refresh(() -> { });
        assertThat(list.visibleCandidates()).hasSize(13);

        list.searchTextProperty().set("nguyen");
        assertThat(list.visibleCandidates()).extracting(CandidateSummary::fullName)
                .containsExactly("Nguyễn Văn Khánh", "Nguyễn Thị Thảo");
        list.searchTextProperty().set("do anh");
        assertThat(list.visibleCandidates()).extracting(CandidateSummary::fullName).containsExactly("Đỗ Anh Vinh");
        list.searchTextProperty().set("010092001359");
        assertThat(list.visibleCandidates()).extracting(CandidateSummary::fullName).containsExactly("Đỗ Anh Vinh");
    }

    @Test
    void theReadyFilterShowsFilesWithEveryDocumentForTheCellsVoteAndExcludesAStatus() {
        services.demo().fill();
        CandidateListViewModel list = new CandidateListViewModel(services.candidates(), tasks, dialogs);
        list.refresh(() -> { });
        list.readyForCellVoteOnlyProperty().set(true);
        assertThat(list.visibleCandidates()).isEmpty();

        long id = services.candidates().listSummaries().stream()
                .filter(s -> s.fullName().equals("Trần Thị Mai Anh")).findFirst().orElseThrow().id();
        for (StepCode code : new StepCode[] {StepCode.VERIFICATION, StepCode.INTRODUCTION, StepCode.COMMENTS}) {
            services.candidates().saveStep(Step.simple(id, code, LocalDate.of(2026, 11, 20)));
        }
        list.refresh(() -> { });
        assertThat(list.visibleCandidates()).extracting(CandidateSummary::fullName).containsExactly("Trần Thị Mai Anh");
        list.searchTextProperty().set("khanh");
        assertThat(list.visibleCandidates()).isEmpty();
        list.searchTextProperty().set("");

        // One choice on screen: a status replaces the ready filter, and the ready filter the status.
        list.statusFilterProperty().set(CandidateStatus.CULTIVATED);
        assertThat(list.readyForCellVoteOnlyProperty().get()).isFalse();
        assertThat(list.visibleCandidates()).hasSizeGreaterThan(1);
        list.readyForCellVoteOnlyProperty().set(true);
        assertThat(list.statusFilterProperty().get()).isNull();
        assertThat(list.visibleCandidates()).hasSize(1);
        list.readyForCellVoteOnlyProperty().set(false);
        assertThat(list.visibleCandidates()).hasSize(13);
    }

    @Test
    void theStatusFilterCombinesWithSearch() {
        services.demo().fill();
        CandidateListViewModel list = new CandidateListViewModel(services.candidates(), tasks, dialogs);
        list.refresh(() -> { });
        list.statusFilterProperty().set(CandidateStatus.PROBATIONARY);
        assertThat(list.visibleCandidates()).extracting(CandidateSummary::fullName)
                .containsExactly("Phạm Thị Hồng Nhung", "Nguyễn Thị Thảo");
        list.searchTextProperty().set("thao");
        assertThat(list.visibleCandidates()).extracting(CandidateSummary::fullName).containsExactly("Nguyễn Thị Thảo");
        list.statusFilterProperty().set(null);
        list.searchTextProperty().set("");
        assertThat(list.visibleCandidates()).hasSize(13);
    }

    @Test
    void anImpossibleDateIsShownOnItsFieldAndNothingIsWritten() {
        CandidateFormViewModel form = form();
        form.text("fullName").set("Nguyễn Văn An");
        form.genderProperty().set(Gender.MALE);
        form.text("birthDate").set("31/02/2020");
        form.save(saved -> { });
        assertThat(form.errors()).containsOnlyKeys("birthDate");
        assertThat(form.errors().get("birthDate")).contains("31/02/2020").contains("ngày/tháng/năm");
        assertThat(services.candidates().count()).isZero();
    }

    @Test
    void requiredFieldsAreMarkedTogether() {
        CandidateFormViewModel form = form();
        form.save(saved -> { });
        assertThat(form.errors()).containsOnlyKeys("fullName", "gender", "birthDate");
        assertThat(services.candidates().count()).isZero();
    }

    @Test
    void theServicesRefusalComesBackOntoTheField() {
        services.candidates().save(TestData.candidate("Nguyễn Thị Thảo").citizenId("010198004512").build(), PhotoUpdate.keep());
        CandidateFormViewModel form = form();
        form.text("fullName").set("Trần Văn Bình");
        form.genderProperty().set(Gender.MALE);
        form.text("birthDate").set("01/01/1990");
        form.text("citizenId").set("010 198 004 512");
        form.save(saved -> { });
        assertThat(form.errors().get("citizenId")).contains("Nguyễn Thị Thảo");
        assertThat(services.candidates().count()).isEqualTo(1);
    }

    @Test
    void textThatCannotBeStoredIsRefusedUnderItsOwnField() {
        CandidateFormViewModel form = form();
        form.text("fullName").set("Trần Văn Bình".repeat(10));
        form.genderProperty().set(Gender.MALE);
        form.text("birthDate").set("01/01/1990");
        form.text("birthPlace").set("Xã Phố Lu\u0001"); // a control character pasted from a broken file
        form.text("notes").set("=cmd|' /C calc'!A0"); // looks like a formula: it is only text
        form.save(saved -> { });
        assertThat(form.errors().get("fullName")).isEqualTo("Dài quá: tối đa 100 ký tự, đang có 130.");
        assertThat(form.errors().get("birthPlace")).startsWith("Có ký tự không hợp lệ ở vị trí 10 (U+0001");
        assertThat(form.errors()).doesNotContainKey("notes");
        assertThat(services.candidates().count()).isZero();
    }

    @Test
    void aSavedCandidateLoadsBackIntoTheFormWithThePhoto() throws Exception {
        Path photo = folder.resolve("anh.png");
        Files.write(photo, new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        dialogs.image = Optional.of(photo);
        CandidateFormViewModel form = form();
        form.text("fullName").set("  Lê   Thị Hà ");
        form.genderProperty().set(Gender.FEMALE);
        form.text("birthDate").set("1/6/1999");
        form.text("ethnicity").set("Nùng");
        form.youthUnionMemberProperty().set(true);
        form.text("youthUnionSince").set("26/03/2014");
        form.sourceProperty().set(form.sources().get(1));
        form.choosePhoto();
        AtomicReference<Candidate> saved = new AtomicReference<>();
        form.save(saved::set);

        assertThat(form.errors()).isEmpty();
        assertThat(form.dirtyProperty().get()).isFalse();
        Candidate stored = services.candidates().find(saved.get().id()).orElseThrow();
        assertThat(stored.fullName()).isEqualTo("Lê Thị Hà");
        assertThat(stored.birthDate()).isEqualTo(LocalDate.of(1999, 6, 1));
        assertThat(stored.youthUnionSince()).contains(LocalDate.of(2014, 3, 26));
        assertThat(stored.sourceCategoryId()).contains(form.sources().get(1).id());

        CandidateFormViewModel other = form();
        other.load(stored);
        assertThat(other.text("birthDate").get()).isEqualTo("01/06/1999");
        assertThat(other.sourceProperty().get()).isEqualTo(form.sources().get(1));
        assertThat(other.photoProperty().get()).hasSize(4);
        assertThat(other.dirtyProperty().get()).isFalse();
    }

    @Test
    void aNewStepProposesTheNextStepAndShowsItsFields() {
        Candidate c = services.candidates().save(TestData.candidate("Nguyễn Văn An").build(), PhotoUpdate.keep());
        List<Step> file = List.of(Step.simple(c.id(), StepCode.COMMENTS, LocalDate.of(2026, 1, 5)));
        StepEditorViewModel vm = StepEditorViewModel.forNewStep(services.candidates(), tasks, dialogs, c.id(), file,
                32, TestData.CLOCK);
        assertThat(vm.codeProperty().get()).isEqualTo(StepCode.CELL_RESOLUTION);
        assertThat(vm.dateProperty().get()).isEqualTo("27/11/2026");
        assertThat(vm.records(Fields.VOTES).get()).isTrue();
        assertThat(vm.records(Fields.RECEIVED).get()).isFalse();
        assertThat(vm.officialMembersProperty().get()).isEqualTo("32");
    }

    /** Closing the step editor without saving asks only when something was changed (a person added too). */
    @Test
    void closingTheStepEditorWithChangesAsksFirst() {
        Candidate c = services.candidates().save(TestData.candidate("Nguyễn Văn An").build(), PhotoUpdate.keep());
        StepEditorViewModel vm = StepEditorViewModel.forNewStep(services.candidates(), tasks, dialogs, c.id(),
                List.of(), 0, TestData.CLOCK);
        assertThat(vm.mayDiscard()).isTrue();
        vm.codeProperty().set(StepCode.INTRODUCTION);
        vm.addPerson();
        dialogs.answer = false;
        assertThat(vm.mayDiscard()).isFalse();
        assertThat(dialogs.questions).containsExactly(
                "Những gì vừa nhập chưa được lưu. Đóng cửa sổ này và bỏ các thay đổi đó?");
    }

    @Test
    void introducersAreSavedWithWhenTheyMetTheCandidate() {
        Candidate c = services.candidates().save(TestData.candidate("Nguyễn Văn An").build(), PhotoUpdate.keep());
        StepEditorViewModel vm = StepEditorViewModel.forNewStep(services.candidates(), tasks, dialogs, c.id(),
                List.of(), 0, TestData.CLOCK);
        vm.codeProperty().set(StepCode.INTRODUCTION);
        vm.dateProperty().set("15/11/2025");
        vm.addPerson();
        vm.addPerson();
        vm.people().get(0).nameProperty().set("Trần Văn Bình");
        vm.people().get(0).knownSinceProperty().set("01/01/2023");
        vm.people().get(1).roleProperty().set(PersonRole.YOUTH_UNION_INTRODUCER);
        vm.people().get(1).nameProperty().set("Ban Chấp hành Đoàn xã Phố Lu");
        AtomicReference<Step> saved = new AtomicReference<>();
        vm.save(saved::set);

        assertThat(vm.errors()).isEmpty();
        Step stored = services.candidates().steps(c.id()).get(0);
        assertThat(stored).isEqualTo(saved.get());
        assertThat(stored.people()).extracting(p -> p.name()).containsExactly("Trần Văn Bình", "Ban Chấp hành Đoàn xã Phố Lu");
        assertThat(stored.people().get(0).knownSince()).contains(LocalDate.of(2023, 1, 1));
    }

    @Test
    void aStepWithABadDateOrVoteIsNotSaved() {
        Candidate c = services.candidates().save(TestData.candidate("Nguyễn Văn An").build(), PhotoUpdate.keep());
        StepEditorViewModel vm = StepEditorViewModel.forNewStep(services.candidates(), tasks, dialogs, c.id(),
                List.of(), 30, TestData.CLOCK);
        vm.codeProperty().set(StepCode.CELL_RESOLUTION);
        vm.dateProperty().set("30/02/2026");
        vm.votesForProperty().set("hai mươi");
        vm.save(s -> { });
        assertThat(vm.errors()).containsOnlyKeys("date", "votesFor");
        vm.dateProperty().set("02/03/2026");
        vm.votesForProperty().set("31");
        vm.save(s -> { });
        assertThat(vm.errors()).containsOnlyKeys("votesFor");
        assertThat(vm.errors().get("votesFor")).contains("31").contains("30");
        assertThat(services.candidates().steps(c.id())).isEmpty();
    }

    @Test
    void reloadingTheSourcesKeepsTheCandidatesSourceAndIsNoEdit() {
        services.demo().fill();
        Candidate stored = services.candidates().listWithSteps().get(0).candidate();
        CandidateFormViewModel form = form();
        form.load(stored);
        assertThat(form.sourceProperty().get()).isNotNull();

        form.setSources(services.cell().sourceCategories());

        assertThat(form.sourceProperty().get().id()).isEqualTo(stored.sourceCategoryId().orElseThrow());
        assertThat(form.dirtyProperty().get()).isFalse();
    }

    @Test
    void peopleKeepTheirPlaceWhenTheStepIsChanged() {
        Candidate c = services.candidates().save(TestData.candidate("Nguyễn Văn An").build(), PhotoUpdate.keep());
        StepEditorViewModel vm = StepEditorViewModel.forNewStep(services.candidates(), tasks, dialogs, c.id(),
                List.of(), 0, TestData.CLOCK);
        vm.codeProperty().set(StepCode.HELPER_ASSIGNED);
        vm.dateProperty().set("01/03/2025");
        vm.addPerson();
        vm.people().get(0).nameProperty().set("Trần Văn Bình");
        vm.codeProperty().set(StepCode.INTRODUCTION);
        assertThat(vm.people().get(0).roleProperty().get()).isEqualTo(PersonRole.INTRODUCER);
        vm.save(s -> { });
        assertThat(services.candidates().steps(c.id()).get(0).people()).extracting(p -> p.name())
                .containsExactly("Trần Văn Bình");
    }

    @Test
    void aSecondSaveWhileTheFirstRunsIsIgnored() {
        List<Runnable> pending = new java.util.ArrayList<>();
        vn.ptdv.ui.common.TaskRunner deferred = new vn.ptdv.ui.common.TaskRunner() {
            @Override
            public <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> ok,
                                java.util.function.Consumer<Throwable> failed) {
                pending.add(() -> tasks.run(work, ok, failed));
            }
        };
        CandidateFormViewModel form = new CandidateFormViewModel(services.candidates(), deferred, dialogs);
        form.text("fullName").set("Nguyễn Văn An");
        form.genderProperty().set(Gender.MALE);
        form.text("birthDate").set("01/01/1990");
        form.save(saved -> { });
        form.save(saved -> { });
        pending.forEach(Runnable::run);
        assertThat(services.candidates().count()).isEqualTo(1);
    }

    @Test
    void theVoteIsJudgedWhileTyping() {
        Candidate c = services.candidates().save(TestData.candidate("Nguyễn Văn An").build(), PhotoUpdate.keep());
        StepEditorViewModel vm = StepEditorViewModel.forNewStep(services.candidates(), tasks, dialogs, c.id(),
                List.of(), 30, TestData.CLOCK);
        vm.codeProperty().set(StepCode.APPLICATION);
        assertThat(vm.voteVerdict().get()).isEmpty();
        vm.codeProperty().set(StepCode.CELL_RESOLUTION);
        vm.votesForProperty().set("20");
        assertThat(vm.voteVerdict().get()).startsWith("Đạt").contains("20/30").contains("2/3");
        vm.votesForProperty().set("19");
        assertThat(vm.voteVerdict().get()).startsWith("Chưa đạt").contains("cần ít nhất 20");
        vm.setVoteThreshold(new int[] {1, 2});
        assertThat(vm.voteVerdict().get()).startsWith("Đạt");
    }

    @Test
    void theNumberPresentIsEditedBesideTheVoteCheckedAndKept() {
        Candidate c = services.candidates().save(TestData.candidate("Nguyễn Văn An").build(), PhotoUpdate.keep());
        StepEditorViewModel vm = StepEditorViewModel.forNewStep(services.candidates(), tasks, dialogs, c.id(),
                List.of(), 31, TestData.CLOCK);
        vm.codeProperty().set(StepCode.OFFICIAL_RESOLUTION);
        assertThat(vm.membersPresentProperty().get()).as("not guessed: typed from the minutes").isEmpty();
        vm.dateProperty().set("08/01/2026");
        vm.membersPresentProperty().set("27");
        vm.votesForProperty().set("28");
        assertThat(vm.voteVerdict().get()).as("no verdict on numbers that cannot be").isEmpty();
        vm.save(s -> { });
        assertThat(vm.errors()).containsOnlyKeys("votesFor");
        assertThat(vm.errors().get("votesFor"))
                .isEqualTo("Số tán thành (28) lớn hơn số đảng viên chính thức có mặt (27): chỉ đảng viên chính thức có mặt mới biểu quyết.");
        vm.membersPresentProperty().set("ba mươi");
        vm.save(s -> { });
        assertThat(vm.errors()).containsOnlyKeys("membersPresent");
        assertThat(services.candidates().steps(c.id())).isEmpty();

        vm.membersPresentProperty().set("30");
        assertThat(vm.voteVerdict().get()).startsWith("Đạt").contains("28/31");
        AtomicReference<Step> saved = new AtomicReference<>();
        vm.save(saved::set);
        assertThat(vm.errors()).isEmpty();
        assertThat(saved.get().membersPresent()).contains(30);

        StepEditorViewModel again = StepEditorViewModel.forExistingStep(services.candidates(), tasks, dialogs,
                services.candidates().steps(c.id()).get(0), 31);
        assertThat(again.membersPresentProperty().get()).isEqualTo("30");
        assertThat(again.mayDiscard()).isTrue();
        again.membersPresentProperty().set("29");
        dialogs.answer = false;
        assertThat(again.mayDiscard()).as("a changed number present is an unsaved edit").isFalse();
    }
}
