package vn.ptdv.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ptdv.TestData;
import vn.ptdv.domain.CandidateSummary;
import vn.ptdv.domain.Step;
import vn.ptdv.domain.StepCode;
import vn.ptdv.domain.checklist.DocumentKind;
import vn.ptdv.domain.checklist.DocumentStatus;
import vn.ptdv.domain.checklist.FileChecklist;
import vn.ptdv.domain.checklist.FileProgress;
import vn.ptdv.domain.rules.RuleCode;

/** The checklist on a real database: in the candidate list, for one file, under the committee's numbers. */
class FileChecklistServiceTest {
    @TempDir
    Path folder;

    private Services services;

    @BeforeEach
    void open() {
        services = TestData.services(folder);
        services.demo().fill();
    }

    private Map<String, FileProgress> progress() {
        return services.candidates().listSummaries().stream()
                .collect(Collectors.toMap(CandidateSummary::fullName, CandidateSummary::progress));
    }

    private long idOf(String name) {
        return services.candidates().listSummaries().stream().filter(s -> s.fullName().equals(name))
                .findFirst().orElseThrow().id();
    }

    @Test
    void theListCountsTheDocumentsForEachFilesNextDecision() {
        Map<String, FileProgress> progress = progress();
        assertThat(progress.get("Ngô Quang Huy")).isEqualTo(new FileProgress(0, 6, false));
        assertThat(progress.get("Trần Thị Mai Anh")).isEqualTo(new FileProgress(3, 6, false));
        assertThat(progress.get("Hoàng Văn Đức")).isEqualTo(new FileProgress(7, 8, false));
        assertThat(progress.get("Đỗ Anh Vinh")).isEqualTo(new FileProgress(9, 12, false));
        assertThat(progress.get("Lê Văn Hoàng")).isEqualTo(new FileProgress(12, 12, false));
        assertThat(progress.get("Đặng Văn Long")).isEqualTo(FileProgress.NONE);
    }

    @Test
    void aShorterCertificateValidityShowsInTheList() {
        services.checks().changeSetting(RuleCode.CERT_VALIDITY, "12");
        assertThat(progress().get("Trần Thị Mai Anh")).isEqualTo(new FileProgress(2, 6, false));
        assertThat(services.checks().checklist(idOf("Trần Thị Mai Anh"), TestData.TODAY).orElseThrow()
                .item(DocumentKind.AWARENESS_CERTIFICATE).status()).isEqualTo(DocumentStatus.EXPIRED);
    }

    @Test
    void aCompletedFileIsReadyForTheCellsVote() {
        long id = idOf("Trần Thị Mai Anh");
        for (StepCode code : new StepCode[] {StepCode.VERIFICATION, StepCode.INTRODUCTION, StepCode.COMMENTS}) {
            services.candidates().saveStep(Step.simple(id, code, LocalDate.of(2026, 11, 20)));
        }
        assertThat(progress().get("Trần Thị Mai Anh")).isEqualTo(new FileProgress(6, 6, true));
        FileChecklist c = services.checks().checklist(id, TestData.TODAY).orElseThrow();
        assertThat(c.readyForCellVote()).isTrue();
        assertThat(c.item(DocumentKind.COMMENTS).date()).contains(LocalDate.of(2026, 11, 20));
    }

    @Test
    void oneFilesChecklistIsTheOneItsReviewShows() {
        CandidateWithSteps file = services.candidates().findWithSteps(idOf("Hoàng Văn Đức")).orElseThrow();
        FileChecklist c = services.checks().checklist(file, TestData.TODAY);
        assertThat(services.checks().review(file, TestData.TODAY).checklist()).isEqualTo(c);
        assertThat(c.lacking()).extracting(i -> i.kind()).containsExactly(DocumentKind.COMMITTEE_RESOLUTION);
        assertThat(services.checks().checklist(99_999, TestData.TODAY)).isEmpty();
    }
}
