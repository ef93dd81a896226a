package vn.ptdv.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ptdv.TestData;
import vn.ptdv.domain.CandidateStatus;
import vn.ptdv.domain.StepCode;

class DemoDataServiceTest {
    @TempDir
    Path folder;

    @Test
    void fillsAnEmptyDatabaseWithATrueToLifeCell() {
        Services services = TestData.services(folder);
        int added = services.demo().fill();

        List<CandidateWithSteps> all = services.candidates().listWithSteps();
        assertThat(added).isEqualTo(all.size()).isBetween(10, 15);
        assertThat(services.cell().cell()).hasValueSatisfying(c -> assertThat(c.officialMembers()).isPositive());
        long admittedIn2026 = all.stream().filter(x -> x.steps().stream()
                .anyMatch(s -> s.code() == StepCode.ADMISSION_DECISION && s.date().getYear() == 2026)).count();
        assertThat(admittedIn2026).isEqualTo(3);
        assertThat(all).extracting(CandidateWithSteps::status).contains(CandidateStatus.IN_POOL,
                CandidateStatus.CULTIVATED, CandidateStatus.PROPOSED, CandidateStatus.ADMITTED,
                CandidateStatus.PROBATIONARY, CandidateStatus.FULL_MEMBER, CandidateStatus.STOPPED,
                CandidateStatus.MOVED_AWAY);
        assertThat(all).allSatisfy(x -> assertThat(x.steps()).allSatisfy(s -> assertThat(s.date().getYear()).isBetween(2024, 2026)));
    }

    @Test
    void theSampleFilesPassTheSameChecksAsTypedOnes() {
        for (DemoDataService.DemoCandidate demo : DemoCandidates.all()) {
            assertThat(CandidateValidator.check(demo.candidate(), TestData.TODAY)).as(demo.candidate().fullName()).isEmpty();
            for (var step : demo.steps()) {
                assertThat(StepValidator.check(step, demo.candidate().birthDate(), TestData.TODAY))
                        .as(demo.candidate().fullName() + " " + step.code()).isEmpty();
            }
        }
    }

    @Test
    void refusesADatabaseThatAlreadyHoldsCandidates() {
        Services services = TestData.services(folder);
        services.candidates().save(TestData.candidate("Nguyễn Văn A").build(), PhotoUpdate.keep());
        assertThatThrownBy(() -> services.demo().fill()).isInstanceOf(DemoDataService.NotEmptyException.class);
        assertThat(services.candidates().count()).isEqualTo(1);
    }
}
