package vn.ptdv.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ptdv.TestData;
import vn.ptdv.domain.Step;
import vn.ptdv.domain.StepCode;
import vn.ptdv.domain.checklist.DocumentKind;
import vn.ptdv.domain.checklist.FileChecklist;
import vn.ptdv.domain.checklist.FileProgress;
import vn.ptdv.domain.rules.RuleSettings;
import vn.ptdv.i18n.Messages;

/** The checklist's words: why a document no longer counts, before and at the cell's vote. */
class ChecklistTextTest {
    private static final Messages VI = TestData.VI;
    private final List<Step> steps = new ArrayList<>();

    private ChecklistTextTest with(StepCode code, String date) {
        steps.add(Step.simple(1, code, LocalDate.parse(date)));
        return this;
    }

    private FileChecklist checklist(String today) {
        return FileChecklist.of(steps, RuleSettings.defaults(), LocalDate.parse(today));
    }

    @Test
    void aVoteHeldOnAnExpiredCertificateAndAStaleIntroductionSaysSoWithTheDays() {
        with(StepCode.AWARENESS_CLASS, "2019-04-20").with(StepCode.APPLICATION, "2024-08-01")
                .with(StepCode.INTRODUCTION, "2023-10-05").with(StepCode.CELL_RESOLUTION, "2024-10-20");
        FileChecklist c = checklist("2024-10-21");
        assertThat(ChecklistText.detail(c.item(DocumentKind.AWARENESS_CERTIFICATE), c, VI)).isEqualTo(
                "Cấp ngày 20/04/2019, chỉ có giá trị đến hết ngày 20/04/2024, trước ngày chi bộ xét (20/10/2024).");
        assertThat(ChecklistText.detail(c.item(DocumentKind.INTRODUCTION), c, VI)).isEqualTo(
                "Lập ngày 05/10/2023, chỉ dùng được đến hết ngày 05/10/2024, trước ngày chi bộ xét (20/10/2024).");
        assertThat(ChecklistText.summary(c, VI)).isEqualTo("Có 2/8 giấy tờ cần để cấp trên quyết định kết nạp."
                + " Còn thiếu hoặc phải làm lại: Giấy chứng nhận lớp nhận thức (hết hạn), Lý lịch, Thẩm tra lý lịch,"
                + " Giấy giới thiệu (quá hạn dùng), Nhận xét nơi cư trú, Nghị quyết đảng ủy.");
    }

    @Test
    void anExpiredCertificateBeforeTheVoteSaysTheClassMustBeTakenAgain() {
        with(StepCode.AWARENESS_CLASS, "2021-03-12");
        FileChecklist c = checklist("2026-11-27");
        assertThat(ChecklistText.detail(c.item(DocumentKind.AWARENESS_CERTIFICATE), c, VI)).isEqualTo(
                "Cấp ngày 12/03/2021, chỉ có giá trị đến hết ngày 12/03/2026: phải học lại lớp nhận thức trước khi chi bộ xét.");
        assertThat(ChecklistText.status(c.item(DocumentKind.AWARENESS_CERTIFICATE).status(), VI)).isEqualTo("Hết hạn");
        assertThat(ChecklistText.detail(c.item(DocumentKind.CELL_RESOLUTION), c, VI)).isEmpty();
    }

    @Test
    void theProgressReadsAsACountOfDocuments() {
        assertThat(ChecklistText.progress(new FileProgress(5, 8, false), VI)).isEqualTo("5/8 giấy tờ");
        assertThat(ChecklistText.progress(new FileProgress(6, 6, true), VI))
                .isEqualTo("6/6 giấy tờ: đủ hồ sơ để chi bộ xét");
        assertThat(ChecklistText.progress(new FileProgress(5, 8, false), new Messages(java.util.Locale.ENGLISH)))
                .isEqualTo("5/8 documents");
    }
}
