package vn.ptdv.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ptdv.TestData;
import vn.ptdv.domain.Candidate;
import vn.ptdv.domain.Gender;
import vn.ptdv.domain.PersonRole;
import vn.ptdv.domain.Step;
import vn.ptdv.domain.StepCode;
import vn.ptdv.domain.StepPerson;
import vn.ptdv.domain.audit.AuditKind;
import vn.ptdv.domain.audit.AuditQuery;

/** The audit trail as people read it: what was done, the fields that changed, the filters and pages. */
class AuditServiceTest {
    @TempDir
    Path folder;
    private Services services;
    private AuditService audit;

    @BeforeEach
    void open() {
        services = TestData.services(folder);
        audit = services.audit();
        audit.identify(new AuditIdentity("bithu", "VP-01"));
    }

    private List<AuditLine> read(AuditQuery query) {
        return audit.find(query, TestData.VI).lines();
    }

    private void sql(String statement) {
        services.database().inTransaction(c -> {
            try (Statement st = c.createStatement()) {
                st.executeUpdate(statement);
            }
            return null;
        });
    }

    @Test
    void aChangedCandidateShowsEachChangedFieldWithItsFormLabelAndDatesAsPeopleWriteThem() {
        long source = services.cell().sourceCategories().get(0).id();
        Candidate a = services.candidates().save(TestData.candidate("Nguyễn Văn A").gender(Gender.MALE)
                .citizenId("001098001234").build(), PhotoUpdate.keep());
        services.candidates().save(a.toBuilder().fullName("Nguyễn Văn B").birthDate(LocalDate.of(1998, 4, 13))
                .gender(Gender.FEMALE).youthUnionMember(true).sourceCategoryId(source).citizenId("001098005678")
                .build(), PhotoUpdate.set(new byte[] {1, 2, 3}));

        List<AuditLine> history = read(AuditQuery.forCandidate(a.id()));
        assertThat(history).extracting(AuditLine::what)
                .containsExactly("Sửa hồ sơ quần chúng", "Sửa hồ sơ quần chúng", "Thêm quần chúng");
        assertThat(history.get(0).changes()).containsExactly("Ảnh: đã thêm ảnh");
        assertThat(history.get(1).changes()).containsExactly(
                "Họ và tên (theo CCCD): Nguyễn Văn A → Nguyễn Văn B",
                "Giới tính: Nam → Nữ",
                "Ngày sinh: 12/04/1998 → 13/04/1998",
                "Số CCCD: •••••••••234 → •••••••••678",
                "Đoàn viên: Không → Có",
                "Nguồn: (trống) → Đoàn viên thanh niên");
        assertThat(history.get(2).changes()).contains("Họ và tên (theo CCCD): Nguyễn Văn A", "Ngày sinh: 12/04/1998");
        assertThat(history).allSatisfy(l -> {
            assertThat(l.who()).isEqualTo("bithu (VP-01)");
            assertThat(l.candidateName()).isEqualTo("Nguyễn Văn B");
        });
    }

    @Test
    void stepsAreNamedByTheirVietnameseNamesAndTheirPeopleByRole() {
        Candidate a = services.candidates().save(TestData.candidate("Trần Thị Hoa").build(), PhotoUpdate.keep());
        Step step = services.candidates().saveStep(new Step(0, a.id(), StepCode.INTRODUCTION, LocalDate.of(2026, 5, 4),
                "", "", Optional.empty(), "", Optional.empty(), Optional.empty(), Optional.empty(), "",
                List.of(StepPerson.of(PersonRole.INTRODUCER, "Lê Văn Một"))));
        services.candidates().saveStep(new Step(step.id(), a.id(), StepCode.COMMENTS, LocalDate.of(2026, 5, 6),
                "", "", Optional.empty(), "", Optional.empty(), Optional.empty(), Optional.empty(), "Đủ ý kiến", List.of()));

        List<AuditLine> history = read(AuditQuery.forCandidate(a.id()));
        assertThat(history).extracting(AuditLine::what).containsExactly(
                "Bỏ người khỏi bước “Nhận xét nơi cư trú” ngày 06/05/2026",
                "Sửa bước “Nhận xét nơi cư trú” ngày 06/05/2026",
                "Thêm người vào bước “Giới thiệu” ngày 04/05/2026",
                "Thêm bước “Giới thiệu” ngày 04/05/2026",
                "Thêm quần chúng");
        assertThat(history.get(1).changes()).containsExactly(
                "Bước: Giới thiệu người vào Đảng (mẫu 3-KNĐ; Đoàn: mẫu 4-KNĐ) → "
                        + "Tổng hợp ý kiến nhận xét của đoàn thể, chi ủy nơi cư trú (mẫu 5-KNĐ)",
                "Ngày: 04/05/2026 → 06/05/2026",
                "Ghi chú, lý do: (trống) → Đủ ý kiến");
        assertThat(history.get(0).changes()).containsExactly("Vai trò: Đảng viên giới thiệu", "Họ tên: Lê Văn Một");
    }

    @Test
    void settingsAreReadableAndAPasswordIsNeverCopied() {
        services.checks().changeSetting(vn.ptdv.domain.rules.RuleCode.AGE_MIN, "19");
        services.targets().save(vn.ptdv.domain.target.YearTarget.usual(2027));
        services.calendar().makeWorkingDay(LocalDate.of(2026, 9, 2));
        sql("INSERT INTO app_setting (key, value) VALUES ('password_hash', 'pbkdf2$SECRET')");
        sql("UPDATE app_setting SET value = 'pbkdf2$OTHER' WHERE key = 'password_hash'");
        sql("DELETE FROM app_setting WHERE key = 'password_hash'");
        sql("INSERT INTO app_setting (key, value) VALUES ('backup_key', 'pbkdf2$KEY')");
        sql("INSERT INTO app_setting (key, value) VALUES ('some_future_key', 'pbkdf2$FUTURE')");
        sql("INSERT INTO app_setting (key, value) VALUES ('lock_idle_minutes', '10')");

        List<AuditLine> log = read(AuditQuery.all());
        assertThat(log).extracting(AuditLine::what).startsWith(
                "Đặt cài đặt: Khóa màn hình sau số phút không dùng", "Đặt cài đặt: some_future_key",
                "Đặt mật khẩu bản sao lưu", "Bỏ mật khẩu mở chương trình",
                "Đổi mật khẩu mở chương trình", "Đặt mật khẩu mở chương trình", "Sửa lịch nghỉ ngày 02/09/2026",
                "Đặt chỉ tiêu năm 2027", "Sửa quy định: Tuổi tối thiểu khi chi bộ xét kết nạp");
        assertThat(log.get(0).changes()).containsExactly("Giá trị: 10");
        assertThat(log.subList(1, 6)).allSatisfy(l -> assertThat(l.changes()).isEmpty());
        assertThat(log.get(6).changes()).contains("Loại ngày: Ngày làm việc");
        assertThat(log.get(8).changes()).containsExactly("Giá trị: 19");
        assertThat(log).extracting(AuditLine::what).endsWith(
                "Bắt đầu ghi nhật ký (những thay đổi trước lúc này không có trong nhật ký)");
        services.database().inTransaction(c -> {
            try (Statement st = c.createStatement();
                 var rs = st.executeQuery("SELECT count(*) FROM audit_log WHERE coalesce(before_json, '') "
                         + "|| coalesce(after_json, '') LIKE '%pbkdf2%'")) {
                rs.next();
                assertThat(rs.getInt(1)).isZero();
            }
            return null;
        });
    }

    @Test
    void aProgramEventIsWrittenOnTheCandidatesHistory() {
        Candidate a = services.candidates().save(TestData.candidate("Vũ Thị Lan").citizenId("001098001234").build(),
                PhotoUpdate.keep());
        audit.record("REVEAL", "candidate", a.id(), "citizen_id");
        audit.record("PRINT", "report", null, "Báo cáo năm 2026");

        List<AuditLine> all = read(AuditQuery.all());
        assertThat(all.get(0).what()).isEqualTo("PRINT – report");
        assertThat(all.get(0).changes()).containsExactly("Báo cáo năm 2026");
        assertThat(all.get(0).candidateId()).isEmpty();
        AuditLine reveal = read(AuditQuery.forCandidate(a.id())).get(0);
        assertThat(reveal.what()).isEqualTo("Xem thông tin được che – hồ sơ quần chúng");
        assertThat(reveal.changes()).containsExactly("Số CCCD");
        assertThat(reveal.kind()).isEqualTo(AuditKind.CANDIDATE);
        assertThat(read(AuditQuery.all().withKind(Optional.of(AuditKind.PROGRAM)))).extracting(AuditLine::what)
                .containsExactly("PRINT – report",
                        "Bắt đầu ghi nhật ký (những thay đổi trước lúc này không có trong nhật ký)");
    }

    @Test
    void aRestoredBackupBringsItsTrailAndSaysItWasRestoredByWhom() {
        services.cell().addSourceCategory("Trước khi sao lưu");
        java.nio.file.Path backup = services.backups().backupTo(folder.resolve("sao-luu.sqlite"), Optional.empty());
        services.cell().addSourceCategory("Sau khi sao lưu");
        audit.identify(new AuditIdentity("", ""));

        services.backups().restore(backup, Optional.empty());
        audit.restored();

        List<AuditLine> log = read(AuditQuery.all());
        assertThat(log.get(0).what()).isEqualTo(
                "Khôi phục dữ liệu từ bản sao lưu (những thay đổi sau lúc sao lưu không còn trong nhật ký)");
        assertThat(log.get(0).user()).isEqualTo(System.getProperty("user.name"));
        assertThat(log).extracting(AuditLine::what).contains("Thêm nguồn quần chúng “Trước khi sao lưu”")
                .doesNotContain("Thêm nguồn quần chúng “Sau khi sao lưu”");
    }

    @Test
    void theFiltersFindByKindTextWithoutDiacriticsDaysAndPage() {
        Candidate a = services.candidates().save(TestData.candidate("Đỗ Thị Thu").build(), PhotoUpdate.keep());
        services.candidates().saveStep(Step.simple(a.id(), StepCode.CEREMONY, LocalDate.of(2026, 6, 1)));
        services.cell().addSourceCategory("Nguồn mới");

        assertThat(read(AuditQuery.all().withKind(Optional.of(AuditKind.STEP)))).extracting(AuditLine::what)
                .containsExactly("Thêm bước “Lễ kết nạp” ngày 01/06/2026");
        assertThat(read(AuditQuery.all().withText("le ket nap"))).hasSize(1);
        assertThat(read(AuditQuery.all().withText("do thi thu"))).hasSize(2); // the candidate and her step
        assertThat(read(AuditQuery.all().withText("BITHU VP-01"))).hasSize(3);
        assertThat(read(AuditQuery.all().withText("Nguyễn Văn Z"))).isEmpty();

        LocalDate today = LocalDate.now();
        assertThat(read(AuditQuery.all().withDates(Optional.of(today), Optional.of(today)))).hasSize(4);
        assertThat(read(AuditQuery.all().withDates(Optional.of(today.plusDays(1)), Optional.empty()))).isEmpty();
        assertThat(read(AuditQuery.all().withDates(Optional.empty(), Optional.of(today.minusDays(1))))).isEmpty();

        AuditPage first = audit.find(AuditQuery.all().withPage(0, 3), TestData.VI);
        AuditPage second = audit.find(AuditQuery.all().withPage(3, 3), TestData.VI);
        assertThat(first.hasMore()).isTrue();
        assertThat(second.hasMore()).isFalse();
        assertThat(second.lines()).extracting(AuditLine::what).containsExactly(
                "Bắt đầu ghi nhật ký (những thay đổi trước lúc này không có trong nhật ký)");
        AuditPage searched = audit.find(AuditQuery.all().withText("bithu").withPage(1, 1), TestData.VI);
        assertThat(searched.lines()).extracting(AuditLine::what)
                .containsExactly("Thêm bước “Lễ kết nạp” ngày 01/06/2026");
        assertThat(searched.hasMore()).isTrue();
    }
}
