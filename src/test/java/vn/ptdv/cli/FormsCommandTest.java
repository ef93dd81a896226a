package vn.ptdv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ptdv.app.Main;

/** {@code forms list} and {@code forms make} on the sample cell. */
class FormsCommandTest {
    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Main.run(args, new PrintWriter(out), new PrintWriter(err), (db, demo) -> 0);
    }

    private String db() {
        return folder.resolve("forms.db").toString();
    }

    @BeforeEach
    void demo() {
        run("--db", db(), "--demo", "candidates", "list");
    }

    private String idOf(String name) throws Exception {
        run("--db", db(), "candidates", "list", "--json");
        for (JsonNode n : new ObjectMapper().readTree(out.toString())) {
            if (n.get("fullName").asText().equals(name)) {
                return n.get("id").asText();
            }
        }
        throw new AssertionError(name);
    }

    private static String text(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in);
             XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
            return x.getText();
        }
    }

    @Test
    void listPrintsTheDocumentsForTheCurrentStepAsJson() throws Exception {
        String duc = idOf("Hoàng Văn Đức");
        assertThat(run("--db", db(), "forms", "list", "--candidate", duc, "--json")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        List<String> codes = new ArrayList<>();
        json.forEach(n -> codes.add(n.get("code").asText()));
        assertThat(codes).containsExactly("3-KND", "3-KND", "5-KND", "6-KND", "BB-KN", "DS-KN");
        assertThat(json.get(1).get("introducer").asInt()).isEqualTo(2);
        assertThat(json.get(1).get("title").asText()).endsWith("đồng chí Trần Văn Bình");
        assertThat(json.get(3).get("introducer").isNull()).isTrue();
        assertThat(json.get(3).get("fileName").asText()).isEqualTo("6-KND Hoàng Văn Đức.docx");
        assertThat(json.get(3).get("missing").size()).isZero();
    }

    @Test
    void listAsTextSaysWhatIsMissingAndTheCommandToMakeEach() throws Exception {
        String anh = idOf("Trần Thị Mai Anh");
        assertThat(run("--db", db(), "forms", "list", "--candidate", anh)).isZero();
        assertThat(out.toString()).contains("6-KND   Nghị quyết chi bộ đề nghị kết nạp đảng viên (mẫu 6-KNĐ)",
                "Lệnh: forms make --candidate " + anh + " --form 3-KND --introducer 1",
                "thiếu: số đảng viên tán thành (bước “Chi bộ đề nghị kết nạp”)");
        assertThat(run("--db", db(), "forms", "list", "--candidate", idOf("Lý Thị Hà"))).isZero();
        assertThat(out.toString()).startsWith("Hồ sơ chưa đến bước làm giấy tờ");
    }

    @Test
    void makeWritesTheResolutionWhereAskedOrInTheCandidatesFolder() throws Exception {
        String duc = idOf("Hoàng Văn Đức");
        Path file = folder.resolve("nq.docx");
        assertThat(run("--db", db(), "forms", "make", "--candidate", duc, "--form", "6-KNĐ", "--out", file.toString()))
                .isZero();
        assertThat(out.toString().strip()).isEqualTo("Đã ghi tệp Word: " + file.toAbsolutePath());
        assertThat(text(file)).contains("Số 11-NQ/CB", "29/32 đồng chí, đạt 90,63%");

        assertThat(run("--db", db(), "forms", "make", "--candidate", duc, "--form", "3-KND", "--introducer", "2")).isZero();
        Path inFolder = folder.resolve("giay-to").resolve(duc + " - Hoàng Văn Đức")
                .resolve("3-KND Hoàng Văn Đức - Trần Văn Bình.docx");
        assertThat(text(inFolder)).contains("Tôi là: Trần Văn Bình");
    }

    @Test
    void makeTellsWhatWasLeftBlank() throws Exception {
        Path file = folder.resolve("thieu.docx");
        assertThat(run("--db", db(), "forms", "make", "--candidate", idOf("Trần Thị Mai Anh"), "--form", "BB-KN",
                "--out", file.toString())).isZero();
        assertThat(out.toString()).contains("Còn thiếu các thông tin sau",
                "  thiếu: số đảng viên tán thành (bước “Chi bộ đề nghị kết nạp”)");
        assertThat(text(file)).contains("……………").doesNotContain("{{");
    }

    @Test
    void theListForTheCommitteeAboveTakesEachCandidateOnce() throws Exception {
        Path file = folder.resolve("ds.docx");
        assertThat(run("--db", db(), "forms", "make", "--form", "ds-kn", "--candidate", idOf("Nguyễn Thị Thảo"),
                "--candidate", idOf("Hoàng Văn Đức"), "--today", "2026-11-27", "--out", file.toString())).isZero();
        String text = text(file);
        assertThat(text).contains("Phố Lu, ngày 27 tháng 11 năm 2026", "2 quần chúng");
        assertThat(text.indexOf("Hoàng Văn Đức")).as("name order").isLessThan(text.indexOf("Nguyễn Thị Thảo"));
        // Thảo's admission is already decided in the sample data: the list is made, with a note.
        assertThat(err.toString()).contains("Lưu ý: Nguyễn Thị Thảo đã có quyết định kết nạp ngày")
                .doesNotContain("Hoàng Văn Đức");
    }

    @Test
    void badCodesSeveralPeopleOnOneResolutionAndUnknownPeopleAreRefusedInVietnamese() throws Exception {
        String duc = idOf("Hoàng Văn Đức");
        assertThat(run("--db", db(), "forms", "make", "--candidate", duc, "--form", "7-KND")).isEqualTo(2);
        assertThat(err.toString()).startsWith("Lỗi: ").contains("không có giấy tờ mã “7-KND”", "6-KND, BB-KN, DS-KN");
        assertThat(run("--db", db(), "forms", "make", "--candidate", duc, "--candidate", duc, "--form", "6-KND"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("giấy 6-KND chỉ làm cho một người");
        assertThat(run("--db", db(), "forms", "make", "--candidate", "999", "--form", "6-KND")).isEqualTo(1);
        assertThat(err.toString()).contains("Không có quần chúng nào có số 999");
        assertThat(run("--db", db(), "forms", "make", "--candidate", duc, "--form", "3-KND", "--introducer", "3"))
                .isEqualTo(1);
        assertThat(err.toString()).contains("không có người giới thiệu thứ 3");
        assertThat(run("--db", db(), "forms", "list", "--candidate", "999")).isEqualTo(1);
        assertThat(run("--db", db(), "forms")).isEqualTo(2);
    }
}
