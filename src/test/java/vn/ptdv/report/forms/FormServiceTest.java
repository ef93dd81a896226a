package vn.ptdv.report.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ptdv.TestData;
import vn.ptdv.domain.Step;
import vn.ptdv.domain.StepCode;
import vn.ptdv.i18n.Messages;
import vn.ptdv.service.ErrorText;
import vn.ptdv.service.Services;
import vn.ptdv.service.ValidationException;

/** The admission file's documents for the demo cell, read back from the Word files. */
class FormServiceTest {
    @TempDir
    Path folder;

    private Services services;
    private FormService forms;

    @BeforeEach
    void open() {
        services = TestData.services(folder);
        services.demo().fill();
        forms = new FormService(services);
    }

    @AfterEach
    void close() {
        services.close();
    }

    private long id(String name) {
        return services.candidates().listWithSteps().stream().filter(x -> x.candidate().fullName().equals(name))
                .findFirst().orElseThrow().candidate().id();
    }

    static String text(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in);
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }

    private String make(String name, FormKind kind, int introducer) throws Exception {
        Path out = folder.resolve(kind.code() + "-" + introducer + ".docx");
        FormService.Made made = forms.make(id(name), kind, introducer, out);
        assertThat(made.missing()).as("the demo file holds every fact " + kind + " needs").isEmpty();
        return text(out);
    }

    private static void assertHeader(String text) {
        assertThat(text).contains("ĐẢNG BỘ XÃ PHỐ LU", "CHI BỘ TỔ DÂN PHỐ SỐ 5", "ĐẢNG CỘNG SẢN VIỆT NAM",
                "T/M", "Nguyễn Văn Hùng").doesNotContain("{{", "}}", "[name]");
    }

    @Test
    void theResolutionProposingAdmissionHasTheVoteTheDateAndTheNumber() throws Exception {
        String text = make("Hoàng Văn Đức", FormKind.ADMISSION_RESOLUTION, 0);
        assertHeader(text);
        assertThat(text).contains("Số 11-NQ/CB", "Phố Lu, ngày 12 tháng 10 năm 2026", "NGHỊ QUYẾT",
                "đề nghị kết nạp đảng viên", "quần chúng Hoàng Văn Đức",
                "tán thành việc kết nạp quần chúng Hoàng Văn Đức vào Đảng là 29/32 đồng chí, đạt 90,63%",
                "chính thức 32 đồng chí", "Có mặt: ", "đồng chí (chính thức 30 đồng chí, dự bị",
                "vắng mặt: ", "đồng chí (chính thức 2 đồng chí, dự bị", "giấy giới thiệu của đồng chí Phạm Văn Tâm, giấy giới thiệu của đồng chí Trần Văn Bình",
                "Đảng ủy xã Phố Lu", "sinh ngày: 15/07/1990", "Nông dân", "T/M CHI BỘ", "BÍ THƯ");
    }

    @Test
    void theMinutesOfTheMeetingHaveTheVoteAndTheCertificate() throws Exception {
        String text = make("Hoàng Văn Đức", FormKind.ADMISSION_MINUTES, 0);
        assertHeader(text);
        assertThat(text).contains("BIÊN BẢN", "ngày 12 tháng 10 năm 2026", "29/32 đồng chí, đạt 90,63%",
                "(chính thức 30 đồng chí, dự bị", "(chính thức 2 đồng chí, dự bị", "số 51/GCN-TTCT ngày 20/05/2025", "THƯ KÝ", "CHỦ TRÌ");
    }

    @Test
    void eachIntroducerHasAStatementWithSinceWhenTheyKnowTheCandidate() throws Exception {
        List<FormService.FormEntry> entries = forms.entries(id("Hoàng Văn Đức"), FormKind.INTRODUCER_STATEMENT);
        assertThat(entries).extracting(FormService.FormEntry::title).containsExactly(
                "Giấy giới thiệu người vào Đảng (mẫu 3-KNĐ): đồng chí Phạm Văn Tâm",
                "Giấy giới thiệu người vào Đảng (mẫu 3-KNĐ): đồng chí Trần Văn Bình");
        String first = make("Hoàng Văn Đức", FormKind.INTRODUCER_STATEMENT, 0);
        String second = make("Hoàng Văn Đức", FormKind.INTRODUCER_STATEMENT, 1);
        assertThat(first).contains("Tôi là: Phạm Văn Tâm", "từ ngày 01/01/2020", "NGƯỜI GIỚI THIỆU",
                "GIẤY GIỚI THIỆU NGƯỜI VÀO ĐẢNG", "ngày 05 tháng 9 năm 2026").doesNotContain("{{");
        assertThat(second).contains("Tôi là: Trần Văn Bình", "từ ngày 01/05/2019");
    }

    @Test
    void theYouthUnionIntroducesByItsOwnResolutionSoOnlyTheMemberWritesAStatement() throws Exception {
        List<FormService.FormEntry> entries = forms.entries(id("Nguyễn Thị Thảo"), FormKind.INTRODUCER_STATEMENT);
        assertThat(entries).singleElement().extracting(FormService.FormEntry::title).asString()
                .endsWith("đồng chí Trần Văn Bình");
        String resolution = make("Nguyễn Thị Thảo", FormKind.ADMISSION_RESOLUTION, 0);
        assertThat(resolution).contains("nghị quyết giới thiệu của Ban Chấp hành Đoàn xã Phố Lu, giấy giới thiệu của"
                + " đồng chí Trần Văn Bình", "30/32 đồng chí, đạt 93,75%");
    }

    @Test
    void theCommentsSkeletonHasTheNamesAndTheDate() throws Exception {
        String text = make("Hoàng Văn Đức", FormKind.COMMENTS_SUMMARY, 0);
        assertHeader(text);
        assertThat(text).contains("TỔNG HỢP Ý KIẾN NHẬN XÉT", "ngày 10 tháng 9 năm 2026", "Hội Nông dân",
                "Tổ dân phố số 5, xã Phố Lu, tỉnh Lào Cai", "T/M CHI ỦY");
    }

    @Test
    void theProbationDocumentsHaveTheDecisionTheCeremonyAndTheEndOfProbation() throws Exception {
        String review = make("Lê Văn Hoàng", FormKind.SELF_REVIEW, 0);
        assertHeader(review.replace("NGƯỜI TỰ KIỂM ĐIỂM", "T/M Nguyễn Văn Hùng"));
        assertThat(review).contains("BẢN TỰ KIỂM ĐIỂM", "ngày 15 tháng 12 năm 2025", "số 312-QĐ/HU ngày 10/12/2024",
                "Ban Thường vụ Huyện ủy Bảo Thắng", "từ ngày 28/12/2024 đến ngày 28/12/2025");
        String resolution = make("Lê Văn Hoàng", FormKind.OFFICIAL_RESOLUTION, 0);
        assertHeader(resolution);
        assertThat(resolution).contains("Số 01-NQ/CB", "ngày 08 tháng 01 năm 2026",
                "đề nghị công nhận đảng viên chính thức", "31/31 đồng chí, đạt 100%", "chính thức từ ngày 28/12/2025",
                "(chính thức 31 đồng chí, dự bị", "(chính thức 0 đồng chí, dự bị");
    }

    @Test
    void aVoteRecordedWithoutTheNumberPresentLeavesItBlankAndSaysSo() throws Exception {
        long duc = id("Hoàng Văn Đức");
        Step vote = services.candidates().steps(duc).stream().filter(s -> s.code() == StepCode.CELL_RESOLUTION)
                .findFirst().orElseThrow();
        services.candidates().saveStep(new Step(vote.id(), duc, vote.code(), vote.date(), vote.documentNumber(), "",
                Optional.empty(), "", vote.officialMembers(), Optional.empty(), vote.votesFor(), "", List.of()));

        Path out = folder.resolve("khong-co-mat.docx");
        FormService.Made made = forms.make(duc, FormKind.ADMISSION_RESOLUTION, 0, out);
        assertThat(made.missing()).containsExactly(
                "số đảng viên chính thức có mặt khi biểu quyết (bước “Chi bộ đề nghị kết nạp”)");
        assertThat(text(out)).contains("(chính thức " + FactSheet.BLANK + " đồng chí, dự bị",
                "29/32 đồng chí, đạt 90,63%").doesNotContain("{{");
    }

    @Test
    void theListForTheCommitteeAboveHasOneRowPerPersonInNameOrder() throws Exception {
        Path out = folder.resolve("ds.docx");
        FormService.Made made = forms.makeList(List.of(id("Hoàng Văn Đức"), id("Nguyễn Thị Thảo")), TestData.TODAY, out);
        assertThat(made.missing()).isEmpty();
        String text = text(out);
        assertHeader(text);
        assertThat(text).contains("DANH SÁCH", "2 quần chúng", "Kính gửi: Đảng ủy xã Phố Lu");
        try (InputStream in = Files.newInputStream(out); XWPFDocument doc = new XWPFDocument(in)) {
            XWPFTable table = doc.getTables().stream().filter(t -> t.getText().contains("Họ và tên"))
                    .findFirst().orElseThrow();
            assertThat(table.getRows()).hasSize(3);
            assertThat(table.getRow(1).getCell(1).getText()).isEqualTo("Hoàng Văn Đức");
            assertThat(table.getRow(1).getCell(8).getText()).isEqualTo("Số 11-NQ/CB, ngày 12/10/2026");
            assertThat(table.getRow(1).getCell(9).getText()).isEqualTo("29/32 (90,63%)");
            assertThat(table.getRow(2).getCell(0).getText()).isEqualTo("2");
            assertThat(table.getRow(2).getCell(1).getText()).isEqualTo("Nguyễn Thị Thảo");
            assertThat(table.getRow(2).getCell(7).getText()).isEqualTo("Ban Chấp hành Đoàn xã Phố Lu; đ/c Trần Văn Bình");
        }
    }

    @Test
    void theDocumentsAreInTimesNewRoman() throws Exception {
        Path out = folder.resolve("nq.docx");
        forms.make(id("Hoàng Văn Đức"), FormKind.ADMISSION_RESOLUTION, 0, out);
        try (InputStream in = Files.newInputStream(out); XWPFDocument doc = new XWPFDocument(in)) {
            List<XWPFRun> runs = doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .filter(r -> !r.text().isBlank()).toList();
            assertThat(runs).isNotEmpty().allSatisfy(r -> {
                assertThat(r.getFontFamily()).isEqualTo("Times New Roman");
                assertThat(r.getFontSizeAsDouble()).isBetween(11.0, 15.0);
            });
        }
    }

    @Test
    void aFileWithoutTheVoteAndTheIntroducersGivesBlanksAndSaysWhatIsMissing() throws Exception {
        long maiAnh = id("Trần Thị Mai Anh");
        List<FormService.FormEntry> entries = forms.forms(maiAnh);
        FormService.FormEntry resolution = entries.stream().filter(e -> e.kind() == FormKind.ADMISSION_RESOLUTION)
                .findFirst().orElseThrow();
        assertThat(resolution.missing()).contains("ngày của bước “Chi bộ đề nghị kết nạp” (chưa ghi bước này)",
                "số đảng viên tán thành (bước “Chi bộ đề nghị kết nạp”)", "người giới thiệu (bước “Giới thiệu”)",
                "số nghị quyết (bước “Chi bộ đề nghị kết nạp”)");
        Path out = folder.resolve("thieu.docx");
        FormService.Made made = forms.make(maiAnh, FormKind.ADMISSION_RESOLUTION, 0, out);
        assertThat(made.missing()).isEqualTo(resolution.missing());
        String text = text(out);
        assertThat(text).contains("Số " + FactSheet.BLANK, "ngày " + FactSheet.BLANK + " tháng " + FactSheet.BLANK,
                "vào Đảng là " + FactSheet.BLANK + "/" + FactSheet.BLANK + " đồng chí, đạt " + FactSheet.BLANK + "%",
                "giấy giới thiệu của người giới thiệu " + FactSheet.BLANK).doesNotContain("{{");
    }

    @Test
    void whatIsMissingIsToldOnlyForTheFactsTheTemplateUses() throws Exception {
        long maiAnh = id("Trần Thị Mai Anh");
        FormService.FormEntry comments = forms.entries(maiAnh, FormKind.COMMENTS_SUMMARY).get(0);
        assertThat(comments.missing()).contains("ngày của bước “Nhận xét nơi cư trú” (chưa ghi bước này)",
                "đoàn thể, hội đang tham gia").doesNotContain("người giới thiệu (bước “Giới thiệu”)");
    }

    @Test
    void theDocumentsOfAFileFollowItsCurrentStep() throws Exception {
        assertThat(forms.forms(id("Hoàng Văn Đức"))).extracting(FormService.FormEntry::kind).containsExactly(
                FormKind.INTRODUCER_STATEMENT, FormKind.INTRODUCER_STATEMENT, FormKind.COMMENTS_SUMMARY,
                FormKind.ADMISSION_RESOLUTION, FormKind.ADMISSION_MINUTES, FormKind.ADMISSION_LIST);
        assertThat(forms.forms(id("Lê Văn Hoàng"))).extracting(FormService.FormEntry::kind)
                .containsExactly(FormKind.SELF_REVIEW, FormKind.OFFICIAL_RESOLUTION);
        assertThat(forms.forms(id("Lý Thị Hà"))).as("only in the pool").isEmpty();
        assertThat(forms.forms(id("Đặng Văn Long"))).as("stopped").isEmpty();
    }

    @Test
    void aCellsOwnTemplateIsUsedInsteadOfTheBuiltInOneAndCanBeTakenBack() throws Exception {
        Path own = folder.resolve("cua-chi-bo.docx");
        try (XWPFDocument doc = new XWPFDocument(); var out = Files.newOutputStream(own)) {
            doc.createParagraph().createRun().setText("Mẫu riêng của chi bộ: {{cell}} xét quần chúng {{name}}, "
                    + "tán thành {{votesFor}}/{{officialMembers}}.");
            doc.write(out);
        }
        forms.installTemplate(FormKind.ADMISSION_RESOLUTION, own);
        assertThat(forms.templates().custom(FormKind.ADMISSION_RESOLUTION)).isPresent();
        Path out = folder.resolve("rieng.docx");
        forms.make(id("Hoàng Văn Đức"), FormKind.ADMISSION_RESOLUTION, 0, out);
        assertThat(text(out).strip()).isEqualTo(
                "Mẫu riêng của chi bộ: Chi bộ Tổ dân phố số 5 xét quần chúng Hoàng Văn Đức, tán thành 29/32.");

        forms.templates().reset(FormKind.ADMISSION_RESOLUTION);
        forms.make(id("Hoàng Văn Đức"), FormKind.ADMISSION_RESOLUTION, 0, out);
        assertThat(text(out)).contains("NGHỊ QUYẾT", "ĐẢNG CỘNG SẢN VIỆT NAM");
    }

    @Test
    void aTemplateWithAnUnknownPlaceholderOrNotAWordFileIsRefusedAndTheOldOneStays() throws Exception {
        Path own = folder.resolve("sai.docx");
        try (XWPFDocument doc = new XWPFDocument(); var out = Files.newOutputStream(own)) {
            doc.createParagraph().createRun().setText("Quần chúng {{hoTen}}");
            doc.write(out);
        }
        Messages m = Messages.current();
        assertThatThrownBy(() -> forms.installTemplate(FormKind.ADMISSION_RESOLUTION, own))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(ErrorText.describe(e, m)).contains("sai.docx", "{{hoTen}}"));
        Path notWord = folder.resolve("khong-phai.docx");
        Files.writeString(notWord, "chỉ là chữ");
        assertThatThrownBy(() -> forms.installTemplate(FormKind.ADMISSION_RESOLUTION, notWord))
                .satisfies(e -> assertThat(ErrorText.describe(e, m)).contains("không phải tệp Word"));
        assertThat(forms.templates().custom(FormKind.ADMISSION_RESOLUTION)).isEmpty();
    }

    @Test
    void eachCandidateHasAFolderBesideTheDatabase() {
        long duc = id("Hoàng Văn Đức");
        assertThat(forms.candidateFolder(duc)).isEqualTo(services.database().file().toAbsolutePath().getParent()
                .resolve("giay-to").resolve(duc + " - Hoàng Văn Đức"));
    }

    @Test
    void formCodesAreReadAsTypedWithOrWithoutTheVietnameseLetter() {
        assertThat(FormKind.parse("6-knđ")).contains(FormKind.ADMISSION_RESOLUTION);
        assertThat(FormKind.parse(" 13-KND ")).contains(FormKind.OFFICIAL_RESOLUTION);
        assertThat(FormKind.parse("ds-kn")).contains(FormKind.ADMISSION_LIST);
        assertThat(FormKind.parse("7-KND")).isEmpty();
    }
}
