package vn.ptdv.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ptdv.TestData;
import vn.ptdv.domain.rules.Finding;
import vn.ptdv.domain.rules.RuleCode;
import vn.ptdv.i18n.Messages;

/** The checks follow the committee's numbers and days off, on the sample cell. */
class CheckServiceTest {
    @TempDir
    Path folder;

    private Services services;

    @BeforeEach
    void open() {
        services = TestData.services(folder);
        services.demo().fill();
    }

    private Finding ceremonyOfVinh() {
        return services.checks().checkAll(TestData.TODAY).stream()
                .filter(f -> f.rule() == RuleCode.CEREMONY_DEADLINE).findFirst().orElseThrow();
    }

    @Test
    void changingARuleNumberChangesTheDeadline() {
        assertThat(ceremonyOfVinh().due()).contains(LocalDate.of(2026, 10, 23));
        services.checks().changeSetting(RuleCode.CEREMONY_DEADLINE, "60");
        assertThat(ceremonyOfVinh().due()).contains(LocalDate.of(2026, 12, 4));
    }

    @Test
    void aDayOffAddedByTheCommitteeMovesTheDeadline() {
        services.calendar().addDayOff(LocalDate.of(2026, 10, 20), "Nghỉ theo thông báo");
        assertThat(ceremonyOfVinh().due()).contains(LocalDate.of(2026, 10, 26));
    }

    @Test
    void messagesNameTheCandidateAndTheStepsInVietnamese() {
        Messages vi = new Messages(java.util.Locale.forLanguageTag("vi"));
        List<String> texts = services.checks().checkAll(TestData.TODAY).stream()
                .map(f -> FindingText.message(f, vi)).toList();
        assertThat(texts).anySatisfy(t -> assertThat(t).isEqualTo(
                "Đã nhận quyết định kết nạp Đỗ Anh Vinh ngày 12/09/2026 nhưng chưa tổ chức lễ kết nạp; hạn là ngày 23/10/2026."));
        assertThat(texts).noneMatch(t -> t.contains("{") || t.contains("rule."));
    }
}
