package vn.ptdv.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ptdv.TestData;
import vn.ptdv.domain.Candidate;
import vn.ptdv.domain.CandidateSummary;
import vn.ptdv.domain.VietnameseNames;

/**
 * The list comes out of the database in Vietnamese name order by the sort key kept with each name: the
 * same order as sorting the names in Java (ties by the order they were added), for names written, renamed,
 * written by hand without a key, and in a file from before the key existed.
 */
class StoredNameOrderTest {
    @TempDir
    Path folder;

    /** Names that test the order: tones, ă â đ, a name that is the start of another, the same name twice. */
    private static final List<String> NAMES = List.of("Nguyễn Thị Thảo", "Nguyễn Thảo", "Trần Văn An", "Lê Văn Ấn",
            "Đỗ Anh Vinh", "Đặng Văn Long", "Dương Văn Long", "Phạm Thị Hồng Nhung", "Nguyễn Văn Ân", "Nguyễn Văn Ăn",
            "Trần Thị Mai Anh", "Trần Thị Mai Anh", "Hoàng Văn Đức", "Hoàng Văn Dũng", "Vũ Minh", "Vũ Minh Tuấn",
            "Bùi Thị Lan", "Lý Thị Hà", "Lý Thị Hạ", "Lý Thị Há", "Ngô Quang Huy", "A", "Nguyễn Văn A");

    private static List<String> javaOrder(List<CandidateSummary> byId) {
        List<CandidateSummary> sorted = new ArrayList<>(byId);
        sorted.sort(java.util.Comparator.comparingLong(CandidateSummary::id));
        VietnameseNames.sort(sorted, CandidateSummary::fullName);
        return sorted.stream().map(s -> s.id() + " " + s.fullName()).toList();
    }

    private static List<String> shown(List<CandidateSummary> list) {
        return list.stream().map(s -> s.id() + " " + s.fullName()).toList();
    }

    @Test
    void theListReadInKeyOrderIsTheJavaOrderForNamesWrittenAndRenamed() {
        try (Services services = TestData.services(folder)) {
            List<String> names = new ArrayList<>(NAMES);
            java.util.Collections.shuffle(names, new Random(7));
            List<Candidate> saved = new ArrayList<>();
            for (String name : names) {
                saved.add(services.candidates().save(TestData.candidate(name).build(), PhotoUpdate.keep()));
            }
            // A rename moves the person to the new name's place.
            Candidate renamed = saved.get(3).toBuilder().fullName("Âu Thị Cơ").build();
            services.candidates().save(renamed, PhotoUpdate.keep());

            List<CandidateSummary> list = services.candidates().listSummaries();
            assertThat(list).hasSize(NAMES.size());
            assertThat(shown(list)).isEqualTo(javaOrder(list));
            assertThat(shown(list)).contains(renamed.id() + " Âu Thị Cơ");
        }
    }

    @Test
    void aRowWrittenWithoutItsKeyIsSortedAllTheSame() throws Exception {
        try (Services services = TestData.services(folder)) {
            for (String name : NAMES) {
                services.candidates().save(TestData.candidate(name).build(), PhotoUpdate.keep());
            }
            sql(folder.resolve("ptdv.db"), "INSERT INTO candidate (full_name, gender, birth_date) VALUES ('Ân Văn Bé', 'MALE', '1990-01-01')");
            List<CandidateSummary> list = services.candidates().listSummaries();
            assertThat(list).hasSize(NAMES.size() + 1);
            assertThat(shown(list)).isEqualTo(javaOrder(list));
        }
    }

    @Test
    void aFileFromBeforeTheKeyGetsItsKeysWhenItIsOpened() throws Exception {
        Path file = folder.resolve("cu.db");
        org.sqlite.SQLiteDataSource source = TestData.databaseAtVersion(file, "9");
        try (Connection c = source.getConnection(); Statement st = c.createStatement()) {
            insertWithoutKeys(st);
        }
        try (Services upgraded = Services.open(file, TestData.CLOCK)) {
            List<CandidateSummary> list = upgraded.candidates().listSummaries();
            assertThat(shown(list)).isEqualTo(javaOrder(list));
            assertThat(count(source, "SELECT count(*) FROM candidate WHERE sort_key IS NULL")).isZero();
            // Filling the keys is not a change of anyone's file: the trail has nothing of it.
            assertThat(count(source, "SELECT count(*) FROM audit_log WHERE entity = 'candidate' AND action = 'UPDATE'"))
                    .isZero();
        }
    }

    @Test
    void aBackupFromBeforeTheKeyIsRestoredWithItsKeys() throws Exception {
        Path old = folder.resolve("sao-luu-cu.db");
        org.sqlite.SQLiteDataSource source = TestData.databaseAtVersion(old, "9");
        try (Connection c = source.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO cell (id, name) VALUES (1, 'Chi bộ 5')");
            insertWithoutKeys(st);
        }
        Path file = folder.resolve("ptdv.db");
        try (Services services = TestData.services(folder)) {
            services.candidates().save(TestData.candidate("Người Mới").build(), PhotoUpdate.keep());
            services.backups().restore(old, java.util.Optional.empty());
            List<CandidateSummary> list = services.candidates().listSummaries();
            assertThat(list).hasSize(NAMES.size());
            assertThat(shown(list)).isEqualTo(javaOrder(list));
        }
        org.sqlite.SQLiteDataSource restored = new org.sqlite.SQLiteDataSource();
        restored.setUrl("jdbc:sqlite:" + file);
        assertThat(count(restored, "SELECT count(*) FROM candidate WHERE sort_key IS NULL")).isZero();
    }

    @Test
    void keysMadeByAnotherJavaAreMadeAgainWhenTheFileIsOpened() throws Exception {
        Path file = folder.resolve("ptdv.db");
        try (Services services = TestData.services(folder)) {
            for (String name : NAMES) {
                services.candidates().save(TestData.candidate(name).build(), PhotoUpdate.keep());
            }
        }
        // As another runtime's rules might have left them: every key the same, so the order is the ids'.
        sql(file, "UPDATE candidate SET sort_key = x'00'");
        sql(file, "PRAGMA user_version = 12345"); // the number another runtime would have left
        try (Services reopened = TestData.services(folder)) {
            List<CandidateSummary> list = reopened.candidates().listSummaries();
            assertThat(shown(list)).isEqualTo(javaOrder(list));
        }
        org.sqlite.SQLiteDataSource source = new org.sqlite.SQLiteDataSource();
        source.setUrl("jdbc:sqlite:" + file);
        assertThat(count(source, "SELECT count(*) FROM candidate WHERE sort_key = x'00'")).isZero();
    }

    /** The names as a program from before the key wrote them (ids in the list's order). */
    private static void insertWithoutKeys(Statement st) throws java.sql.SQLException {
        long id = 1;
        for (String name : NAMES) {
            st.executeUpdate("INSERT INTO candidate (id, full_name, gender, birth_date) VALUES (" + id++ + ", '"
                    + name + "', 'MALE', '1990-01-01')");
        }
    }

    private static void sql(Path file, String statement) throws Exception {
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.executeUpdate(statement);
        }
    }

    private static int count(org.sqlite.SQLiteDataSource source, String query) throws Exception {
        try (Connection c = source.getConnection(); Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery(query)) {
            return rs.next() ? rs.getInt(1) : -1;
        }
    }
}
