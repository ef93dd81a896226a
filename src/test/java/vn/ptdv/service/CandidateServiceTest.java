package vn.ptdv.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ptdv.TestData;
import vn.ptdv.domain.Candidate;
import vn.ptdv.domain.CandidateStatus;
import vn.ptdv.domain.CandidateSummary;
import vn.ptdv.domain.PersonRole;
import vn.ptdv.domain.Step;
import vn.ptdv.domain.StepCode;
import vn.ptdv.domain.StepPerson;
import vn.ptdv.i18n.Messages;

class CandidateServiceTest {
    @TempDir
    Path folder;

    private CandidateService service;

    @BeforeEach
    void open() {
        service = TestData.services(folder).candidates();
    }

    private static List<String> errorKeys(Throwable e) {
        return ((ValidationException) e).errors().stream().map(FieldError::messageKey).toList();
    }

    @Test
    void anEmptyNameIsRefusedAndNothingIsWritten() {
        assertThatThrownBy(() -> service.save(TestData.candidate("   ").build(), PhotoUpdate.keep()))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(errorKeys(e)).containsExactly("validation.fullName.required"));
        assertThat(service.count()).isZero();
    }

    @Test
    void aBirthDateInTheFutureIsRefused() {
        Candidate c = TestData.candidate("Nguyễn Văn A").birthDate(TestData.TODAY.plusDays(1)).build();
        assertThatThrownBy(() -> service.save(c, PhotoUpdate.keep()))
                .satisfies(e -> assertThat(errorKeys(e)).containsExactly("validation.date.future"));
        assertThat(service.count()).isZero();
    }

    @Test
    void anElevenDigitCitizenIdIsRefused() {
        Candidate c = TestData.candidate("Nguyễn Văn A").citizenId("01019800451").build();
        assertThatThrownBy(() -> service.save(c, PhotoUpdate.keep()))
                .satisfies(e -> assertThat(errorKeys(e)).containsExactly("validation.citizenId.format"));
        assertThat(service.count()).isZero();
    }

    @Test
    void aDuplicateCitizenIdIsRefusedNamingTheOtherCandidate() {
        Candidate first = service.save(TestData.candidate("Nguyễn Thị Thảo").citizenId("010198004512").build(),
                PhotoUpdate.keep());
        Candidate second = TestData.candidate("Trần Văn Bình").citizenId("010198004512").build();
        assertThatThrownBy(() -> service.save(second, PhotoUpdate.keep()))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).describe(new Messages(java.util.Locale.forLanguageTag("vi"))))
                        .contains("Nguyễn Thị Thảo").contains("12/04/1998"));
        assertThat(first.id()).isPositive();
        assertThat(service.count()).isEqualTo(1);
    }

    @Test
    void aCandidateMayKeepTheirOwnCitizenIdWhenEdited() {
        Candidate saved = service.save(TestData.candidate("Nguyễn Thị Thảo").citizenId("010198004512").build(),
                PhotoUpdate.keep());
        Candidate edited = service.save(saved.toBuilder().phone("0912 000 111").build(), PhotoUpdate.keep());
        assertThat(service.find(saved.id())).contains(edited);
    }

    @Test
    void stepsInTheFutureOrBeforeBirthAreRefused() {
        Candidate c = service.save(TestData.candidate("Nguyễn Văn A").build(), PhotoUpdate.keep());
        assertThatThrownBy(() -> service.saveStep(Step.simple(c.id(), StepCode.SOURCE_LISTED, TestData.TODAY.plusDays(1))))
                .satisfies(e -> assertThat(errorKeys(e)).containsExactly("validation.date.future"));
        assertThatThrownBy(() -> service.saveStep(Step.simple(c.id(), StepCode.SOURCE_LISTED, LocalDate.of(1990, 1, 1))))
                .satisfies(e -> assertThat(errorKeys(e)).containsExactly("validation.date.beforeBirth"));
        assertThat(service.steps(c.id())).isEmpty();
    }

    @Test
    void moreVotesThanMembersIsRefused() {
        Candidate c = service.save(TestData.candidate("Nguyễn Văn A").build(), PhotoUpdate.keep());
        Step vote = new Step(0, c.id(), StepCode.CELL_RESOLUTION, LocalDate.of(2026, 3, 1), "", "", Optional.empty(), "",
                Optional.of(20), Optional.empty(), Optional.of(21), "", List.of());
        assertThatThrownBy(() -> service.saveStep(vote))
                .satisfies(e -> assertThat(errorKeys(e)).containsExactly("validation.step.votesAboveMembers"));
    }

    @Test
    void fieldsTheStepDoesNotRecordAreDropped() {
        Candidate c = service.save(TestData.candidate("Nguyễn Văn A").build(), PhotoUpdate.keep());
        Step odd = new Step(0, c.id(), StepCode.APPLICATION, LocalDate.of(2026, 3, 1), "99", "Nơi nào đó",
                Optional.of(LocalDate.of(2026, 3, 2)), "Tốt", Optional.of(30), Optional.empty(), Optional.of(25), "ghi chú",
                List.of(StepPerson.of(PersonRole.HELPER, "Ai đó")));
        Step saved = service.saveStep(odd);
        assertThat(saved).isEqualTo(Step.simple(c.id(), StepCode.APPLICATION, LocalDate.of(2026, 3, 1))
                .withId(saved.id()).withNote("ghi chú"));
    }

    @Test
    void theListShowsLatestStepHelperAndStatusInNameOrder() {
        Candidate thao = service.save(TestData.candidate("Nguyễn Thị Thảo").build(), PhotoUpdate.keep());
        service.save(TestData.candidate("Đỗ Anh Vinh").build(), PhotoUpdate.keep());
        service.saveStep(new Step(0, thao.id(), StepCode.HELPER_ASSIGNED, LocalDate.of(2024, 3, 20), "", "",
                Optional.empty(), "", Optional.empty(), Optional.empty(), Optional.empty(), "",
                List.of(StepPerson.of(PersonRole.HELPER, "Trần Văn Bình"))));
        service.saveStep(Step.simple(thao.id(), StepCode.AWARENESS_CLASS, LocalDate.of(2024, 6, 10)));

        List<CandidateSummary> list = service.listSummaries();
        assertThat(list).extracting(CandidateSummary::fullName).containsExactly("Nguyễn Thị Thảo", "Đỗ Anh Vinh");
        CandidateSummary first = list.get(0);
        assertThat(first.helpers()).isEqualTo("Trần Văn Bình");
        assertThat(first.status()).isEqualTo(CandidateStatus.CULTIVATED);
        assertThat(first.currentStep().orElseThrow().code()).isEqualTo(StepCode.AWARENESS_CLASS);
        assertThat(list.get(1).status()).isEqualTo(CandidateStatus.NO_STEPS);
    }

    @Test
    void aPhotoIsSetAndRemovedWithTheSave() {
        Candidate c = service.save(TestData.candidate("Nguyễn Văn A").build(), PhotoUpdate.set(new byte[] {1, 2}));
        assertThat(service.photo(c.id())).isPresent();
        service.save(c, PhotoUpdate.keep());
        assertThat(service.photo(c.id())).isPresent();
        service.save(c, PhotoUpdate.remove());
        assertThat(service.photo(c.id())).isEmpty();
    }

    @Test
    void aSourceCategoryThatNoLongerExistsIsRefusedOnItsField() {
        Candidate c = TestData.candidate("Nguyễn Văn A").sourceCategoryId(9999L).build();
        assertThatThrownBy(() -> service.save(c, PhotoUpdate.keep()))
                .satisfies(e -> assertThat(((ValidationException) e).errors()).extracting(FieldError::field)
                        .containsExactly("source"));
        assertThat(service.count()).isZero();
    }
}
