package vn.ptdv.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ptdv.TestData;
import vn.ptdv.domain.audit.AuditEntry;
import vn.ptdv.domain.audit.AuditQuery;
import vn.ptdv.persistence.AuditRepository;
import vn.ptdv.persistence.DatabaseException;

/** The triggers write every change of every data table, with who and the values; nobody can edit the log. */
class AuditTrailTest {
    @TempDir
    Path folder;
    private Services services;

    @BeforeEach
    void open() {
        services = TestData.services(folder);
        services.audit().identify(new AuditIdentity("thuky", "MAY-CHI-BO"));
    }

    private void sql(String... statements) {
        services.database().inTransaction(c -> {
            try (Statement st = c.createStatement()) {
                for (String s : statements) {
                    st.executeUpdate(s);
                }
            }
            return null;
        });
    }

    /** The raw entries, newest first. */
    private List<AuditEntry> entries(String entity) {
        List<AuditEntry> found = new ArrayList<>();
        services.database().inTransaction(c -> {
            new AuditRepository().scan(c, AuditQuery.all(), 0, -1, e -> {
                if (e.entity().equals(entity)) {
                    found.add(e);
                }
                return true;
            });
            return null;
        });
        return found;
    }

    @Test
    void everyDataTableHasAnInsertUpdateAndDeleteTrigger() {
        Set<String> tables = new TreeSet<>();
        Set<String> triggers = new TreeSet<>();
        services.database().inTransaction(c -> {
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT type, name FROM sqlite_master WHERE type IN ('table', 'trigger')")) {
                while (rs.next()) {
                    (rs.getString(1).equals("table") ? tables : triggers).add(rs.getString(2));
                }
            }
            return null;
        });
        tables.removeIf(t -> t.startsWith("sqlite_") || t.equals("flyway_schema_history") || t.startsWith("audit_"));
        assertThat(tables).contains("candidate", "step", "step_person", "cell", "source_category",
                "holiday_correction", "rule_setting", "finding_ack", "year_target", "app_setting", "journal_entry");
        for (String table : tables) {
            assertThat(triggers).as("a new table needs its audit triggers (see V7__audit_log.sql)")
                    .contains("audit_" + table + "_insert", "audit_" + table + "_update", "audit_" + table + "_delete");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            candidate          | INSERT INTO candidate (id, full_name, gender, birth_date) VALUES (7, 'Lê Văn Tám', 'MALE', '1990-01-02') | UPDATE candidate SET phone = '0912' WHERE id = 7 | DELETE FROM candidate WHERE id = 7
            step               | INSERT INTO step (id, candidate_id, code, step_date) VALUES (9, 1, 'APPLICATION', '2026-01-05') | UPDATE step SET note = 'x' WHERE id = 9 | DELETE FROM step WHERE id = 9
            step_person        | INSERT INTO step_person (id, step_id, position, role, name) VALUES (5, 1, 1, 'HELPER', 'Trần Thị B') | UPDATE step_person SET name = 'Trần Thị C' WHERE id = 5 | DELETE FROM step_person WHERE id = 5
            cell               | INSERT INTO cell (id, name) VALUES (1, 'Chi bộ 5') | UPDATE cell SET official_members = 30 WHERE id = 1 | DELETE FROM cell
            source_category    | INSERT INTO source_category (id, name) VALUES (50, 'Nguồn mới') | UPDATE source_category SET name = 'Nguồn khác' WHERE id = 50 | DELETE FROM source_category WHERE id = 50
            holiday_correction | INSERT INTO holiday_correction (day, day_off, name) VALUES ('2026-12-24', 1, 'Nghỉ') | UPDATE holiday_correction SET day_off = 0 | DELETE FROM holiday_correction
            rule_setting       | INSERT INTO rule_setting (code, value) VALUES ('AGE_MIN', '19') | UPDATE rule_setting SET value = '20' | DELETE FROM rule_setting
            finding_ack        | INSERT INTO finding_ack (id, candidate_id, finding_key, rule, reason, acknowledged_by, acknowledged_at) VALUES (3, 1, 'k', 'AGE_MAX', 'Cấp trên đồng ý', 'Bí thư', '2026-11-27T10:00') | UPDATE finding_ack SET reason = 'Đã đồng ý' WHERE id = 3 | DELETE FROM finding_ack WHERE id = 3
            year_target        | INSERT INTO year_target (year, cultivated_min, cultivated_max, admitted_min, admitted_max) VALUES (2027, 3, 5, 1, 2) | UPDATE year_target SET admitted_max = 3 | DELETE FROM year_target
            app_setting        | INSERT INTO app_setting (key, value) VALUES ('lock_idle_minutes', '5') | UPDATE app_setting SET value = '10' | DELETE FROM app_setting
            journal_entry      | INSERT INTO journal_entry (id, candidate_id, kind, entry_date, text) VALUES (4, 1, 'NOTE', '2026-03-01', 'Ghi chú') | UPDATE journal_entry SET text = 'Sửa' WHERE id = 4 | DELETE FROM journal_entry WHERE id = 4
            """)
    void everyInsertUpdateAndDeleteIsWrittenWithWhoAndTheValuesBeforeAndAfter(String table, String insert,
                                                                              String update, String delete) {
        sql("INSERT INTO candidate (id, full_name, gender, birth_date) VALUES (1, 'Nguyễn Văn An', 'MALE', '1995-03-04')",
                "INSERT INTO step (id, candidate_id, code, step_date) VALUES (1, 1, 'HELPER_ASSIGNED', '2026-02-01')");
        sql(insert);
        sql(update);
        sql(update); // the same values again: nothing changes, nothing is written
        sql(delete);

        List<AuditEntry> log = entries(table);
        if (table.equals("candidate") || table.equals("step")) {
            log = log.stream().filter(e -> !e.entityId().equals("1")).toList();
        }
        assertThat(log).extracting(AuditEntry::action).containsExactly("DELETE", "UPDATE", "INSERT");
        assertThat(log).allSatisfy(e -> {
            assertThat(e.user()).isEqualTo("thuky");
            assertThat(e.computer()).isEqualTo("MAY-CHI-BO");
            assertThat(e.at()).isNotNull();
        });
        AuditEntry deleted = log.get(0);
        AuditEntry changed = log.get(1);
        AuditEntry inserted = log.get(2);
        assertThat(inserted.before()).isEmpty();
        assertThat(inserted.after()).isNotEmpty();
        assertThat(changed.before()).isNotEqualTo(changed.after());
        // a deleted step also lists its people (none here)
        assertThat(deleted.before()).containsAllEntriesOf(changed.after());
        assertThat(deleted.after()).isEmpty();
        if (List.of("step", "step_person", "finding_ack", "candidate", "journal_entry").contains(table)) {
            assertThat(log).allSatisfy(e -> assertThat(e.candidateId()).isPresent());
        }
    }

    @Test
    void theLogCannotBeChangedOrEmptiedEvenWithPlainSql() throws Exception {
        sql("INSERT INTO cell (id, name) VALUES (1, 'Chi bộ 5')");
        assertThatThrownBy(() -> sql("UPDATE audit_log SET user_name = 'khac'")).isInstanceOf(DatabaseException.class);
        assertThatThrownBy(() -> sql("DELETE FROM audit_log")).isInstanceOf(DatabaseException.class);
        try (Connection plain = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("ptdv.db"));
             Statement st = plain.createStatement()) {
            assertThatThrownBy(() -> st.executeUpdate("DELETE FROM audit_log WHERE entity = 'cell'"))
                    .hasMessageContaining("cannot be changed");
            assertThatThrownBy(() -> st.executeUpdate("UPDATE audit_log SET after_json = NULL"))
                    .hasMessageContaining("cannot be changed");
        }
        assertThat(entries("cell")).singleElement().satisfies(e -> assertThat(e.user()).isEqualTo("thuky"));
    }

    @Test
    void deletingACandidateWritesTheirStepsPeopleAndAcknowledgementsToo() {
        sql("INSERT INTO candidate (id, full_name, gender, birth_date) VALUES (1, 'Nguyễn Văn An', 'MALE', '1995-03-04')",
                "INSERT INTO step (id, candidate_id, code, step_date) VALUES (1, 1, 'HELPER_ASSIGNED', '2026-02-01')",
                "INSERT INTO step_person (step_id, position, role, name) VALUES (1, 0, 'HELPER', 'Trần Thị B')",
                "INSERT INTO finding_ack (candidate_id, finding_key, rule, reason, acknowledged_by, acknowledged_at) "
                        + "VALUES (1, 'k', 'AGE_MAX', 'Đồng ý', 'Bí thư', '2026-11-27T10:00')");
        services.candidates().delete(1);

        List<AuditLine> history = services.audit().find(AuditQuery.forCandidate(1), TestData.VI).lines();
        assertThat(history).extracting(AuditLine::what).startsWith(
                "Xóa quần chúng (cùng các bước và xác nhận của họ)",
                "Xóa bước “Phân công giúp đỡ” ngày 01/02/2026",
                "Bỏ xác nhận: Quá tuổi này khi chi bộ xét thì cần cấp ủy cấp trên đồng ý");
        assertThat(history.get(1).changes()).contains("Người trong bước: Đảng viên giúp đỡ: Trần Thị B");
        assertThat(history).allSatisfy(l -> assertThat(l.candidateName()).isEqualTo("Nguyễn Văn An"));
        // the person went with the step: not a second entry of their own
        assertThat(entries("step_person")).extracting(AuditEntry::action).containsExactly("INSERT");
    }

    @Test
    void aSaveThatChangesNothingWritesNothing() {
        var saved = services.candidates().save(TestData.candidate("Phạm Thị Hoa").build(), PhotoUpdate.keep());
        var step = services.candidates().saveStep(new vn.ptdv.domain.Step(0, saved.id(),
                vn.ptdv.domain.StepCode.HELPER_ASSIGNED, java.time.LocalDate.of(2026, 3, 1), "", "",
                java.util.Optional.empty(), "", java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(), "",
                List.of(vn.ptdv.domain.StepPerson.of(vn.ptdv.domain.PersonRole.HELPER, "Đỗ Văn C"))));
        int before = services.audit().find(AuditQuery.all()).lines().size();
        services.candidates().save(saved, PhotoUpdate.keep());
        services.candidates().saveStep(step);
        assertThat(services.audit().find(AuditQuery.all()).lines()).hasSize(before);
    }

    @Test
    void aDatabaseFromBeforeTheTrailStartsItAndLogsChangesOfItsOldRows(@TempDir Path older) throws Exception {
        Path file = older.resolve("v6.db");
        org.sqlite.SQLiteDataSource source = TestData.databaseAtVersion(file, "6");
        try (Connection c = source.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO candidate (id, full_name, gender, birth_date) "
                    + "VALUES (1, 'Nguyễn Văn Cũ', 'MALE', '1980-01-01')");
        }

        try (Services upgraded = Services.open(file, TestData.CLOCK)) {
            upgraded.candidates().delete(1);
            List<AuditLine> log = upgraded.audit().find(AuditQuery.all(), TestData.VI).lines();
            assertThat(log).extracting(AuditLine::what).containsExactly(
                    "Xóa quần chúng (cùng các bước và xác nhận của họ)",
                    "Bắt đầu ghi nhật ký (những thay đổi trước lúc này không có trong nhật ký)");
            assertThat(log.get(0).candidateName()).isEqualTo("Nguyễn Văn Cũ");
            assertThat(log.get(0).changes()).contains("Họ và tên (theo CCCD): Nguyễn Văn Cũ");
        }
    }

    @Test
    void theUserAndComputerAreThoseOfTheProgram() {
        services.close();
        Services reopened = TestData.services(folder);
        services = reopened;
        sql("INSERT INTO cell (id, name) VALUES (1, 'Chi bộ 5')");
        assertThat(reopened.audit().find(AuditQuery.all()).lines().get(0).user())
                .isEqualTo(System.getProperty("user.name"));
        assertThat(AuditIdentity.computerName(java.util.Map.of("COMPUTERNAME", "VP-01"))).isEqualTo("VP-01");
        assertThat(AuditIdentity.computerName(java.util.Map.of("HOSTNAME", "may-2"))).isEqualTo("may-2");
        assertThat(AuditIdentity.computerName(java.util.Map.of())).isNotNull();
    }

    @Test
    void withoutTheVariablesTheComputersNameIsReadFromWhereLinuxKeepsIt() throws Exception {
        Path kept = java.nio.file.Files.writeString(folder.resolve("hostname"), "may-chi-bo-3\n");
        assertThat(AuditIdentity.computerName(java.util.Map.of(), kept)).isEqualTo("may-chi-bo-3");
        assertThat(AuditIdentity.computerName(java.util.Map.of("COMPUTERNAME", "VP-01"), kept)).isEqualTo("VP-01");
        // Where there is no such file (macOS), the network's answer, as before.
        assertThat(AuditIdentity.computerName(java.util.Map.of(), folder.resolve("khong-co")))
                .isEqualTo(java.net.InetAddress.getLocalHost().getHostName());
    }
}
