package vn.ptdv.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ptdv.TestData;
import vn.ptdv.domain.Candidate;
import vn.ptdv.domain.CandidateStatus;
import vn.ptdv.domain.StepCode;

/** The dashboard's numbers for the sample cell on 27/11/2026, as counted by hand. */
class OverviewServiceTest {
    @TempDir
    Path folder;

    @Test
    void theSampleCellsYearAtAGlance() {
        Services services = TestData.services(folder);
        services.demo().fill();
        Overview o = services.overview().overview(2026, TestData.TODAY);

        assertThat(o.progress().admitted()).hasSize(3);
        assertThat(o.pipeline()).containsEntry(CandidateStatus.IN_POOL, 2).containsEntry(CandidateStatus.CULTIVATED, 4)
                .containsEntry(CandidateStatus.PROPOSED, 1).containsEntry(CandidateStatus.ADMITTED, 1)
                .containsEntry(CandidateStatus.PROBATIONARY, 2).containsEntry(CandidateStatus.FULL_MEMBER, 1);
        // Hoàng Văn Đức is proposed; the cultivated files still lack steps 4–8, too many for this year.
        assertThat(o.couldBeAdmitted()).extracting(Candidate::fullName).containsExactly("Hoàng Văn Đức");
        assertThat(o.couldBeCultivated()).extracting(Candidate::fullName).containsExactly("Lý Thị Hà", "Ngô Quang Huy");
        assertThat(o.history()).hasSize(5).last().satisfies(l -> assertThat(l.admitted()).isEqualTo(3));
        assertThat(o.helpers()).containsEntry("Nguyễn Thị Hương", 3).containsEntry("Phạm Văn Tâm", 3);
        // Each helper's candidates in cultivation, soonest review first; Huy has never been reviewed.
        assertThat(o.helperCandidates().get("Nguyễn Thị Hương")).extracting(f -> f.candidate().fullName(),
                f -> f.nextReview().toString(), Overview.Followed::overdue).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Bùi Thị Lan", "2026-12-08", false),
                org.assertj.core.groups.Tuple.tuple("Trần Thị Mai Anh", "2026-12-28", false));
        assertThat(o.helperCandidates().get("Phạm Văn Tâm")).extracting(f -> f.candidate().fullName())
                .containsExactly("Ngô Quang Huy", "Nguyễn Văn Khánh");
        assertThat(o.helperCandidates().get("Phạm Văn Tâm").get(0)).satisfies(f -> {
            assertThat(f.lastReview()).isEmpty();
            assertThat(f.overdue()).isTrue();
        });
        assertThat(o.medianDaysToStep()).containsKey(StepCode.HELPER_ASSIGNED);
        assertThat(o.longestWaiting()).isNotEmpty().first()
                .satisfies(w -> assertThat(w.candidate().fullName()).isEqualTo("Trần Thị Mai Anh"));
    }

    @Test
    void aPastYearForecastsNothing() {
        Services services = TestData.services(folder);
        services.demo().fill();
        Overview o = services.overview().overview(2025, TestData.TODAY);
        assertThat(o.couldBeAdmitted()).isEmpty();
        assertThat(o.couldBeCultivated()).isEmpty();
        assertThat(o.progress().admitted()).isEmpty();
        assertThat(o.progress().cultivated()).extracting(Candidate::fullName)
                .containsExactly("Trần Thị Mai Anh", "Hoàng Văn Đức", "Phạm Thị Hồng Nhung", "Đỗ Anh Vinh");
    }
}
