package vn.ptdv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ptdv.app.Main;

/** The command line as a script would use it, on a temporary database. */
class CommandLineTest {
    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private boolean windowOpened;
    private java.util.Optional<Path> windowDatabase;
    private boolean windowDemo;

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out), new PrintWriter(err), (db, demo) -> {
            windowOpened = true;
            windowDatabase = db;
            windowDemo = demo;
            return 0;
        });
    }

    private String db() {
        return folder.resolve("cli.db").toString();
    }

    @Test
    void demoThenListPrintsEveryCandidateAsJson() throws Exception {
        int code = run("--db", db(), "--demo", "candidates", "list", "--json");

        assertThat(code).isZero();
        assertThat(err.toString()).as("only the notice that a new file is made, never on stdout")
                .isEqualTo("Chưa có tệp dữ liệu " + Path.of(db()).toAbsolutePath() + ": tạo tệp mới." + System.lineSeparator());
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.isArray()).isTrue();
        assertThat(json.size()).isEqualTo(13);
        List<String> names = new ArrayList<>();
        json.forEach(n -> names.add(n.get("fullName").asText()));
        assertThat(names).startsWith("Trần Thị Mai Anh").endsWith("Đỗ Anh Vinh");
        JsonNode vinh = json.get(json.size() - 1);
        assertThat(vinh.get("id").asLong()).isPositive();
        assertThat(vinh.get("gender").asText()).isEqualTo("MALE");
        assertThat(vinh.get("birthDate").asText()).isEqualTo("1992-02-29");
        assertThat(vinh.get("citizenId").asText()).isEqualTo("010092001359");
        assertThat(vinh.get("status").asText()).isEqualTo("ADMITTED");
        JsonNode lastStep = vinh.get("steps").get(vinh.get("steps").size() - 1);
        assertThat(lastStep.get("code").asText()).isEqualTo("ADMISSION_DECISION");
        assertThat(lastStep.get("date").asText()).isEqualTo("2026-09-08");
        assertThat(lastStep.get("membersPresent").isNull()).as("no vote on a decision").isTrue();
        JsonNode vote = null;
        for (JsonNode step : vinh.get("steps")) {
            if (step.get("code").asText().equals("CELL_RESOLUTION")) {
                vote = step;
            }
        }
        assertThat(vote).isNotNull();
        assertThat(vote.get("officialMembers").asInt()).isEqualTo(31);
        assertThat(vote.get("membersPresent").asInt()).isEqualTo(30);
        assertThat(vote.get("votesFor").asInt()).isEqualTo(27);
        assertThat(windowOpened).isFalse();
    }

    @Test
    void theDatabaseKeepsWhatTheDemoWroteForTheNextCommand() {
        run("--db", db(), "--demo", "candidates", "list");
        out.getBuffer().setLength(0);
        assertThat(run("candidates", "list", "--db", db())).isZero();
        assertThat(out.toString()).contains("Nguyễn Thị Thảo").contains("Tổng cộng: 13 người.");
    }

    @Test
    void demoOnADatabaseWithCandidatesIsRefusedInVietnamese() {
        run("--db", db(), "--demo", "candidates", "list");
        err.getBuffer().setLength(0);
        int code = run("--db", db(), "--demo", "candidates", "list", "--json");
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).startsWith("Lỗi: ").contains("đã có quần chúng").doesNotContain("Exception");
    }

    @Test
    void anUnknownArgumentIsExplainedInVietnamese() {
        int code = run("--db", db(), "candidates", "list", "--xml");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("không hiểu tham số: --xml").contains("--help");
    }

    @Test
    void noCommandOpensTheWindowWithTheChosenDatabaseAndDemo() {
        assertThat(run("--db", db(), "--demo")).isZero();
        assertThat(windowOpened).isTrue();
        assertThat(windowDatabase).contains(Path.of(db()));
        assertThat(windowDemo).isTrue();
    }

    @Test
    void aMissingDatabaseFileIsNotCreatedByAListing() {
        int code = run("--db", folder.resolve("typo.db").toString(), "candidates", "list", "--json");
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("typo.db");
        assertThat(folder.resolve("typo.db")).doesNotExist();
    }

    @Test
    void aMissingOptionValueNamesTheOption() {
        assertThat(run("candidates", "list", "--db")).isEqualTo(2);
        assertThat(err.toString()).contains("--db");
    }

    @Test
    void helpIsInVietnamese() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("Cách dùng:").contains("--db").contains("candidates");
    }

    @Test
    void aDatabaseThatCannotBeOpenedIsReportedWithoutAStackTrace() throws Exception {
        Path notAFile = folder.resolve("a folder");
        java.nio.file.Files.createDirectories(notAFile);
        int code = run("--db", notAFile.toString(), "candidates", "list");
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).startsWith("Lỗi: ").contains("tệp dữ liệu").doesNotContain("at vn.ptdv");
    }

    @Test
    void aFileThatIsNotADatabaseIsNamedAsSuch() throws Exception {
        Path text = folder.resolve("ghi-chu.txt");
        java.nio.file.Files.writeString(text, "Danh sách quần chúng viết tay");
        assertThat(run("--db", text.toString(), "candidates", "list")).isEqualTo(1);
        assertThat(err.toString()).contains("không phải là tệp dữ liệu của PTĐV");
        assertThat(java.nio.file.Files.readString(text)).isEqualTo("Danh sách quần chúng viết tay");
    }

    @Test
    void aGroupWithoutItsCommandSaysWhatIsMissingInVietnamese() {
        run("--db", db(), "--demo", "candidates", "list");
        err.getBuffer().setLength(0);
        assertThat(run("--db", db(), "candidates")).isEqualTo(2);
        assertThat(err.toString()).contains("thiếu lệnh").contains("list").doesNotContain("Missing");
    }

    @Test
    void holidaysPrintsTheYearsDaysOffAsJson() throws Exception {
        run("--db", db(), "--demo", "candidates", "list");
        out.getBuffer().setLength(0);
        assertThat(run("--db", db(), "holidays", "--year", "2026", "--json")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        List<String> dates = new ArrayList<>();
        json.forEach(n -> dates.add(n.get("date").asText()));
        assertThat(dates).contains("2026-01-01", "2026-02-17", "2026-04-26", "2026-04-27", "2026-09-02");
        assertThat(json.get(0).get("name").asText()).isEqualTo("Tết Dương lịch");
    }

    @Test
    void auditPrintsTheTrailNewestFirstAsJsonAndRefusesABadDayInVietnamese() throws Exception {
        run("--db", db(), "--demo", "candidates", "list");
        out.getBuffer().setLength(0);
        String today = vn.ptdv.domain.DisplayDates.format(java.time.LocalDate.now());
        assertThat(run("--db", db(), "audit", "--from", today, "--to", today, "--json")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.size()).isGreaterThan(13);
        assertThat(json.get(0).get("id").asLong()).isGreaterThan(json.get(1).get("id").asLong());
        assertThat(json.get(0).get("user").asText()).isEqualTo(System.getProperty("user.name"));
        List<String> whats = new ArrayList<>();
        json.forEach(n -> whats.add(n.get("what").asText()));
        assertThat(whats).contains("Thêm quần chúng", "Ghi thông tin chi bộ");
        assertThat(json.get(0).get("changes").isArray()).isTrue();

        out.getBuffer().setLength(0);
        assertThat(run("--db", db(), "audit", "--to", "01/01/2020")).isZero();
        assertThat(out.toString()).contains("Không có mục nhật ký nào.");
        assertThat(run("--db", db(), "audit", "--from", "31/02/2026")).isEqualTo(2);
        assertThat(err.toString()).contains("“31/02/2026” không phải là ngày hợp lệ");
    }

    @Test
    void holidaysNeedsTheYear() {
        assertThat(run("--db", db(), "holidays")).isEqualTo(2);
        assertThat(err.toString()).contains("--year");
    }

    private long idOf(String name) throws Exception {
        out.getBuffer().setLength(0);
        run("--db", db(), "candidates", "list", "--json");
        for (JsonNode n : new ObjectMapper().readTree(out.toString())) {
            if (n.get("fullName").asText().equals(name)) {
                out.getBuffer().setLength(0);
                return n.get("id").asLong();
            }
        }
        throw new AssertionError(name);
    }

    @Test
    void journalPrintsACandidatesEntriesNewestFirstAsJson() throws Exception {
        run("--db", db(), "--demo", "candidates", "list");
        long id = idOf("Vũ Minh Tuấn");
        assertThat(run("--db", db(), "journal", "--candidate", String.valueOf(id), "--json")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.isArray()).isTrue();
        List<String> kinds = new ArrayList<>();
        json.forEach(n -> kinds.add(n.get("kind").asText() + " " + n.get("date").asText()));
        assertThat(kinds).containsExactly("TASK 2026-09-15", "REVIEW 2026-07-15", "REVIEW 2026-01-10");
        JsonNode task = json.get(0);
        assertThat(task.get("assignedBy").asText()).isEqualTo("Lương Văn Sơn");
        assertThat(task.get("due").asText()).isEqualTo("2026-10-31");
        assertThat(task.get("result").isNull()).isTrue();
        JsonNode review = json.get(1);
        assertThat(review.get("helper").asText()).isEqualTo("Lương Văn Sơn");
        assertThat(review.get("ratings").get("POLITICAL_AWARENESS").asText()).isEqualTo("GOOD");
        assertThat(review.get("ratings").get("WORK_AND_TASKS").asText()).isEqualTo("FAIR");
        assertThat(review.get("readyToPropose").asBoolean()).isFalse();
        assertThat(review.get("text").asText()).startsWith("Đã học lớp nhận thức");
    }

    @Test
    void journalAsTextSaysWhatEachEntryIsInVietnamese() throws Exception {
        run("--db", db(), "--demo", "candidates", "list");
        long id = idOf("Trần Thị Mai Anh");
        assertThat(run("--db", db(), "journal", "--candidate", String.valueOf(id))).isZero();
        assertThat(out.toString()).contains("Nhật ký bồi dưỡng của Trần Thị Mai Anh")
                .contains("28/09/2026  Nhận xét của đảng viên giúp đỡ")
                .contains("Nhận thức chính trị: Tốt").contains("Đủ điều kiện đề nghị kết nạp")
                .contains("Kết quả ngày 26/09/2026: Hoàn thành tốt").contains("Tổng cộng: 4 mục.");
    }

    @Test
    void journalOfAnUnknownCandidateIsRefusedInVietnamese() {
        run("--db", db(), "--demo", "candidates", "list");
        err.getBuffer().setLength(0);
        assertThat(run("--db", db(), "journal", "--candidate", "999")).isEqualTo(1);
        assertThat(err.toString()).startsWith("Lỗi: ").contains("Không có quần chúng nào có số 999");
    }

    @Test
    void aDayIsTakenAsPeopleWriteItAsWellAsYearFirstByEveryCommand() throws Exception {
        run("--db", db(), "--demo", "candidates", "list");
        out.getBuffer().setLength(0);
        assertThat(run("--db", db(), "check", "--today", "2026-11-27", "--json")).isZero();
        String yearFirst = out.toString();
        out.getBuffer().setLength(0);
        assertThat(run("--db", db(), "check", "--today", "27/11/2026", "--json")).isZero();
        assertThat(out.toString()).isEqualTo(yearFirst);
        assertThat(run("--db", db(), "audit", "--from", "2026-01-01", "--json")).isZero();
    }

    @Test
    void checkPrintsTheSampleCellsFindingsAsJson() throws Exception {
        run("--db", db(), "--demo", "candidates", "list");
        out.getBuffer().setLength(0);
        assertThat(run("--db", db(), "check", "--today", "2026-11-27", "--json")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        List<String> rules = new ArrayList<>();
        json.forEach(n -> rules.add(n.get("candidateName").asText() + " " + n.get("rule").asText()));
        assertThat(rules).containsExactly(
                "Đỗ Anh Vinh CEREMONY_DEADLINE",
                "Vũ Minh Tuấn HELPER_REVIEW_DUE",
                "Vũ Minh Tuấn TASK_OVERDUE",
                "Lý Thị Hà HELPER_ASSIGNED_IN_TIME",
                "Ngô Quang Huy HELPER_REVIEW_DUE",
                "Bùi Thị Lan HELPER_REVIEW_DUE",
                "Nguyễn Văn Khánh HELPER_REVIEW_DUE",
                "Hoàng Văn Đức DECISION_DEADLINE",
                "Bùi Thị Lan STALLED",
                "Trần Thị Mai Anh STALLED",
                "Vũ Minh Tuấn STALLED");
        JsonNode first = json.get(0);
        assertThat(first.get("severity").asText()).isEqualTo("ERROR");
        assertThat(first.get("due").asText()).isEqualTo("2026-10-23");
        assertThat(first.get("candidateId").asLong()).isPositive();
        assertThat(first.get("message").asText()).contains("Đỗ Anh Vinh").contains("23/10/2026");
        JsonNode review = json.get(1);
        assertThat(review.get("severity").asText()).isEqualTo("WARNING");
        assertThat(review.get("due").asText()).isEqualTo("2026-10-15");
        assertThat(review.get("message").asText()).contains("Vũ Minh Tuấn").contains("Lương Văn Sơn")
                .contains("15/07/2026");
        assertThat(json.get(8).get("rule").asText()).isEqualTo("STALLED");
        assertThat(json.get(8).get("due").isNull()).isTrue();
    }

    @Test
    void checkOnACellWithoutCandidatesPrintsAnEmptyArrayAndSucceeds() throws Exception {
        vn.ptdv.service.Services.open(Path.of(db()), java.time.Clock.systemDefaultZone()).close();
        assertThat(run("--db", db(), "check", "--json")).isZero();
        assertThat(new ObjectMapper().readTree(out.toString()).size()).isZero();
    }

    @Test
    void statsGivesTheSampleCellsYearAsCountedByHand() throws Exception {
        run("--db", db(), "--demo", "candidates", "list");
        out.getBuffer().setLength(0);
        assertThat(run("--db", db(), "stats", "--year", "2026", "--json")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("year").asInt()).isEqualTo(2026);
        // Certificates in 2026: Tuấn, Lan, Khánh; decisions: Thảo, Nhung, Vinh; full member: Hoàng.
        assertThat(json.get("cultivated").asInt()).isEqualTo(3);
        assertThat(json.get("admitted").asInt()).isEqualTo(3);
        assertThat(json.get("recognised").asInt()).isEqualTo(1);
        assertThat(json.get("targets").get("admittedMax").asInt()).isEqualTo(2);
        assertThat(json.get("targets").get("recognisedMin").isNull()).isTrue();
        assertThat(json.get("status").get("cultivated").asText()).isEqualTo("WITHIN");
        assertThat(json.get("status").get("admitted").asText()).isEqualTo("ABOVE");
        assertThat(json.get("status").get("recognised").isNull()).isTrue();
        JsonNode by = json.get("admittedBy");
        assertThat(by.get("gender").get("Nữ").asInt()).isEqualTo(2);
        assertThat(by.get("gender").get("Nam").asInt()).isEqualTo(1);
        assertThat(by.get("ageBand").get("18-30").asInt()).isEqualTo(2);
        assertThat(by.get("ageBand").get("31-40").asInt()).isEqualTo(1);
        assertThat(by.get("youthUnion").get("Có").asInt()).isEqualTo(2);
        assertThat(by.get("ethnicity").get("Kinh").asInt()).isEqualTo(3);
        assertThat(by.get("source").size()).isEqualTo(3);
    }

    @Test
    void theTemplateImportsEmptyAndABadFileIsRefusedInVietnamese() throws Exception {
        run("--db", db(), "--demo", "candidates", "list");
        Path template = folder.resolve("mau.xlsx");
        out.getBuffer().setLength(0);
        assertThat(run("--db", db(), "template", "--out", template.toString())).isZero();
        assertThat(template).exists();
        out.getBuffer().setLength(0);
        assertThat(run("--db", db(), "import", template.toString(), "--dry-run")).isZero();
        assertThat(out.toString()).contains("Thêm mới 0 người").contains("Chưa ghi gì (chạy thử).");

        Path csv = folder.resolve("csv.xlsx");
        java.nio.file.Files.writeString(csv, "a;b\n");
        err.getBuffer().setLength(0);
        assertThat(run("--db", db(), "import", csv.toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith("Lỗi: ").contains("không phải là tệp Excel .xlsx").doesNotContain("Exception");
    }

    @Test
    void reportWritesTheWorkbook() {
        run("--db", db(), "--demo", "candidates", "list");
        Path report = folder.resolve("bc.xlsx");
        assertThat(run("--db", db(), "report", "--year", "2026", "--out", report.toString(), "--today", "2026-12-15"))
                .isZero();
        assertThat(report).exists();
        assertThat(out.toString()).contains("Đã ghi báo cáo năm 2026");
    }

    @Test
    void aFileThatIsNoDatabaseIsRefusedAndNoLockFileIsLeftBesideIt() throws Exception {
        Path notes = folder.resolve("ghi-chu.db");
        java.nio.file.Files.writeString(notes, "Danh sách họp chi bộ tháng 12\n");
        assertThat(run("--db", notes.toString(), "check")).isEqualTo(1);
        assertThat(java.nio.file.Files.readString(notes)).isEqualTo("Danh sách họp chi bộ tháng 12\n");
        assertThat(folder.resolve("ghi-chu.db.lock")).doesNotExist();
    }

    @Test
    void aFolderGivenAsTheDatabaseIsSaidToBeAFolderAndAReportNotNamedXlsxIsRefused() throws Exception {
        Path folderGiven = java.nio.file.Files.createDirectories(folder.resolve("thu-muc"));
        assertThat(run("--db", folderGiven.toString(), "check")).isEqualTo(1);
        assertThat(err.toString()).contains("là một thư mục, không phải tệp dữ liệu").doesNotContain("ổ đĩa đầy");
        assertThat(folderGiven.resolveSibling("thu-muc.lock")).doesNotExist();

        run("--db", db(), "--demo", "candidates", "list");
        err.getBuffer().setLength(0);
        Path pdf = folder.resolve("bao-cao.pdf");
        assertThat(run("--db", db(), "report", "--year", "2026", "--out", pdf.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("phải có đuôi .xlsx");
        assertThat(pdf).doesNotExist();
    }

    @Test
    void aReportOfACellWithoutItsDetailsSaysWhatIsMissingAndLeavesDotsToFillIn() throws Exception {
        assertThat(run("--db", db(), "init", "--cell", "Chi bộ Thôn Phố Lu")).isZero();
        Path report = folder.resolve("bc-thieu.xlsx");
        out.getBuffer().setLength(0);
        assertThat(run("--db", db(), "report", "--year", "2026", "--out", report.toString(), "--today", "2026-12-15"))
                .isZero();
        assertThat(out.toString()).contains("Đã ghi báo cáo năm 2026")
                .contains("Chú ý: chi bộ chưa có đảng bộ cấp trên, địa danh ghi trên báo cáo, họ tên bí thư")
                .doesNotContain("tên chi bộ,");
        try (var in = java.nio.file.Files.newInputStream(report);
             var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            var sheet = wb.getSheet(vn.ptdv.report.ReportWriter.SUMMARY);
            java.util.List<String> header = new java.util.ArrayList<>();
            for (int r = 0; r < 3; r++) {
                sheet.getRow(r).forEach(c -> header.add(c.getStringCellValue()));
            }
            assertThat(header).contains("CHI BỘ THÔN PHỐ LU", "…………………", "…………………, ngày 15 tháng 12 năm 2026")
                    .noneMatch(t -> t.startsWith(","));
            // No target was set: the report says its target columns are the usual ones, not the cell's resolution.
            java.util.List<String> all = new java.util.ArrayList<>();
            sheet.forEach(row -> row.forEach(c -> all.add(new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(c))));
            assertThat(all).contains("Ghi chú: chi bộ chưa đặt chỉ tiêu cho năm 2026; cột chỉ tiêu ghi mức thường dùng "
                    + "(bồi dưỡng 3–5, kết nạp 1–2 người).");
        }
    }

    @Test
    void backupWithAPasswordThenRestoreBringsTheDataBackAndOnlyWithThePassword() throws Exception {
        run("--db", db(), "--demo", "candidates", "list");
        String copy = folder.resolve("usb/ptdv.ptdvbak").toString();
        out.getBuffer().setLength(0);
        assertThat(run("--db", db(), "backup", "--out", copy, "--password=bí mật 2026")).isZero();
        assertThat(out.toString()).contains("đã mã hóa");
        assertThat(java.nio.file.Files.readString(Path.of(copy), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("SQLite format 3");
        // Something changes after the backup: the restore takes it back.
        try (var s = vn.ptdv.service.Services.open(Path.of(db()), java.time.Clock.systemDefaultZone())) {
            s.candidates().save(vn.ptdv.TestData.candidate("Người Thêm Sau").build(), vn.ptdv.service.PhotoUpdate.keep());
        }
        err.getBuffer().setLength(0);
        assertThat(run("--db", db(), "restore", copy)).isEqualTo(1);
        assertThat(err.toString()).contains("mật khẩu").contains("--password");
        err.getBuffer().setLength(0);
        assertThat(run("--db", db(), "restore", copy, "--password=sai")).isEqualTo(1);
        assertThat(err.toString()).contains("Mật khẩu không đúng");
        out.getBuffer().setLength(0);
        assertThat(run("--db", db(), "restore", copy, "--password=bí mật 2026")).isZero();
        assertThat(out.toString()).contains("Đã khôi phục").contains("truoc-khoi-phuc");
        out.getBuffer().setLength(0);
        run("--db", db(), "candidates", "list");
        assertThat(out.toString()).contains("Tổng cộng: 13 người.").doesNotContain("Người Thêm Sau");
    }

    @Test
    void restoreOverADamagedDatabaseKeepsTheDamagedFileAside() throws Exception {
        run("--db", db(), "--demo", "candidates", "list");
        String copy = folder.resolve("copy.sqlite").toString();
        assertThat(run("--db", db(), "backup", "--out", copy)).isZero();
        Path file = Path.of(db());
        byte[] bytes = java.nio.file.Files.readAllBytes(file);
        java.nio.file.Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        err.getBuffer().setLength(0);
        assertThat(run("--db", db(), "candidates", "list")).isEqualTo(1);
        assertThat(err.toString()).contains("bị hỏng").doesNotContain("Exception");
        out.getBuffer().setLength(0);
        assertThat(run("--db", db(), "restore", copy)).isZero();
        assertThat(out.toString()).contains("cli.db.giu-lai-");
        out.getBuffer().setLength(0);
        run("--db", db(), "candidates", "list");
        assertThat(out.toString()).contains("Tổng cộng: 13 người.");
        out.getBuffer().setLength(0);
        run("--db", db(), "audit", "--json");
        assertThat(new ObjectMapper().readTree(out.toString()).get(0).get("action").asText()).isEqualTo("RESTORE");
    }

    @Test
    void restoringAFileThatIsNotThereSaysSo() {
        run("--db", db(), "--demo", "candidates", "list");
        assertThat(run("--db", db(), "restore", folder.resolve("none.ptdvbak").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("không có tệp sao lưu");
    }

    @Test
    void benchScaleTimesEachSizeInItsOwnGeneratedCellAndNeedsNoDatabase() throws Exception {
        assertThat(run("bench", "scale", "--sizes", "30,60", "--runs", "1", "--today", "2026-11-27", "--json")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.size()).isEqualTo(20);
        assertThat(json.get(0).get("candidates").asInt()).isEqualTo(30);
        assertThat(json.get(10).get("candidates").asInt()).isEqualTo(60);
        assertThat(json.get(11).get("name").asText()).isEqualTo("list");
        assertThat(json.get(11).get("ratio").asDouble()).isPositive();
        assertThat(err.toString()).contains("Đang sinh 30 quần chúng", "Đang sinh 60 quần chúng");
        out.getBuffer().setLength(0);
        assertThat(run("bench", "scale", "--sizes", "0")).isEqualTo(1);
        assertThat(err.toString()).contains("số quần chúng 0 không hợp lệ");
    }

    @Test
    void benchGeneratesOnlyIntoAnEmptyDatabaseAndRunsPrintingJson() throws Exception {
        String bench = folder.resolve("bench.db").toString();
        assertThat(run("--db", bench, "bench", "generate", "--candidates", "30", "--seed", "5", "--today", "2026-11-27"))
                .isZero();
        assertThat(out.toString()).contains("Đã sinh 30 quần chúng");
        assertThat(run("--db", bench, "bench", "generate", "--candidates", "30")).isEqualTo(1);
        assertThat(err.toString()).contains("đã có quần chúng");
        run("--db", db(), "--demo", "candidates", "list");
        err.getBuffer().setLength(0);
        assertThat(run("--db", db(), "bench", "generate", "--candidates", "5")).isEqualTo(1);
        assertThat(err.toString()).contains("không bao giờ trộn với hồ sơ thật");
        out.getBuffer().setLength(0);
        assertThat(run("--db", bench, "bench", "run", "--runs", "1", "--today", "2026-11-27", "--json")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.size()).isEqualTo(10);
        assertThat(json.get(1).get("name").asText()).isEqualTo("list");
        // The list's budget is a ratio to its floor, timed in the same run.
        assertThat(json.get(1).get("budgetMs").isNull()).isTrue();
        assertThat(json.get(1).get("ratioBudget").asDouble()).isEqualTo(2.0);
        assertThat(json.get(1).get("floorMs").asDouble()).isPositive();
        assertThat(json.get(1).get("ratio").asDouble()).isPositive();
        assertThat(json.get(1).get("withinBudget").isBoolean()).isTrue();
        assertThat(json.get(2).get("budgetMs").asDouble()).isEqualTo(16.0);
    }
}
