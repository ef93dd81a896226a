package vn.ptdv.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.ptdv.domain.checklist.FileProgress;

/** The search prepared once per keystroke finds exactly what folding every name at every keystroke found. */
class CandidateSearchTest {
    private static CandidateSummary row(String name, String citizenId) {
        return new CandidateSummary(1, name, Gender.FEMALE, LocalDate.of(2000, 1, 1), citizenId, "", "",
                Optional.empty(), "", CandidateStatus.NO_STEPS, FileProgress.NONE);
    }

    @Test
    void findsNamesWithoutDiacriticsInAnyWordOrderAndCitizenIdsByAnyPart() {
        List<CandidateSummary> rows = List.of(row("Nguyễn Thị Thảo", "001300012345"), row("Đỗ Văn Đức", ""),
                row("Trần  Minh   Hoàng", "079201000777"), row("Lê Thị Hà", "001300099999"));
        List<String> queries = List.of("", "  ", "nguyen thi thao", "thao nguyen", "d", "DUC", "đỗ", "minh hoang",
                "00130", "777", "ha le", "xyz", "thị", "Ngu", "12345 ");
        for (String q : queries) {
            for (CandidateSummary c : rows) {
                boolean expected = VietnameseNames.matches(c.fullName(), q)
                        || (!q.isBlank() && c.citizenId().contains(q.strip()));
                assertThat(CandidateSearch.matcher(q).test(c)).as(q + " / " + c.fullName()).isEqualTo(expected);
            }
        }
        assertThat(rows.stream().filter(CandidateSearch.matcher("thao nguyen"))).hasSize(1);
        assertThat(rows.stream().filter(CandidateSearch.matcher("d"))).extracting(CandidateSummary::fullName)
                .containsExactly("Đỗ Văn Đức");
    }
}
