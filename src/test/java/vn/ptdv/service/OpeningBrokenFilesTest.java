package vn.ptdv.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ptdv.TestData;
import vn.ptdv.i18n.Messages;
import vn.ptdv.persistence.DatabaseInUseException;
import vn.ptdv.persistence.NotADatabaseException;
import vn.ptdv.persistence.UnusableDatabaseException;

/**
 * Every way of giving the program a file it cannot use as its database ends in a clear message, with
 * the file exactly as it was; a backup can then be put in its place without overwriting it.
 */
class OpeningBrokenFilesTest {
    @TempDir
    Path folder;

    private final Messages vi = new Messages(java.util.Locale.forLanguageTag("vi"));

    private Path soundDatabase(String name) {
        Path db = folder.resolve(name);
        try (Services s = Services.open(db, TestData.CLOCK)) {
            s.candidates().save(TestData.candidate("Nguyễn Thị An").build(), PhotoUpdate.keep());
        }
        return db;
    }

    private void assertRefusedUntouched(Path db, UnusableDatabaseException.Reason reason, String words) throws Exception {
        byte[] before = Files.readAllBytes(db);
        java.util.Set<String> beside = filesBeside(db);
        assertThatThrownBy(() -> Services.open(db, TestData.CLOCK))
                .isInstanceOfSatisfying(UnusableDatabaseException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(ErrorText.describe(e, vi)).contains(words).contains(db.toAbsolutePath().toString());
                });
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
        // No journal, no backup, nothing else appeared beside it (but the lock file).
        assertThat(filesBeside(db)).isEqualTo(beside);
    }

    private static java.util.Set<String> filesBeside(Path db) throws Exception {
        try (var files = Files.list(db.getParent())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".lock"))
                    .collect(java.util.stream.Collectors.toSet());
        }
    }

    @Test
    void aClosedDatabaseIsOneWholeFileThatCanBeCopiedByHand() {
        Path db = soundDatabase("ptdv.db");
        assertThat(db.resolveSibling("ptdv.db-wal")).doesNotExist();
    }

    @Test
    void aTruncatedDatabaseIsRefusedUntouched() throws Exception {
        Path db = soundDatabase("ptdv.db");
        byte[] bytes = Files.readAllBytes(db);
        Files.write(db, Arrays.copyOf(bytes, bytes.length - 4096 - 100));
        assertRefusedUntouched(db, UnusableDatabaseException.Reason.DAMAGED, "bị hỏng");
    }

    @Test
    void aDatabaseWithAScrambledPageIsRefusedUntouched() throws Exception {
        Path db = soundDatabase("ptdv.db");
        byte[] bytes = Files.readAllBytes(db);
        for (int i = 4096 * 2; i < 4096 * 3 && i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Files.write(db, bytes);
        assertRefusedUntouched(db, UnusableDatabaseException.Reason.DAMAGED, "bị hỏng");
    }

    @Test
    void anotherProgramsSqliteFileIsRefusedUntouched() throws Exception {
        Path db = folder.resolve("zalo.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.executeUpdate("CREATE TABLE message (id INTEGER PRIMARY KEY, body TEXT)");
            st.executeUpdate("INSERT INTO message (body) VALUES ('xin chào')");
        }
        assertRefusedUntouched(db, UnusableDatabaseException.Reason.FOREIGN, "chương trình khác");
    }

    @Test
    void aDatabaseOfANewerVersionIsRefusedUntouched() throws Exception {
        Path db = soundDatabase("ptdv.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, "
                    + "installed_by, execution_time, success) VALUES (99, '99', 'future', 'SQL', 'V99__f.sql', 'x', 0, 1)");
        }
        assertRefusedUntouched(db, UnusableDatabaseException.Reason.NEWER, "phiên bản PTĐV mới hơn");
    }

    @Test
    void aSpreadsheetGivenAsTheDatabaseIsRefusedUntouched() throws Exception {
        Path db = folder.resolve("danh-sach.xlsx");
        Files.write(db, new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0});
        assertThatThrownBy(() -> Services.open(db, TestData.CLOCK)).isInstanceOf(NotADatabaseException.class);
        assertThat(Files.readAllBytes(db)).containsExactly('P', 'K', 3, 4, 20, 0, 6, 0);
    }

    @Test
    void aSecondOpeningIsToldWhoHasTheFileAndWritesNothing() throws Exception {
        Path db = soundDatabase("ptdv.db");
        try (Services first = Services.open(db, TestData.CLOCK)) {
            assertThatThrownBy(() -> Services.open(db, TestData.CLOCK))
                    .isInstanceOfSatisfying(DatabaseInUseException.class, e -> {
                        assertThat(e.holder().user()).isEqualTo(System.getProperty("user.name"));
                        assertThat(ErrorText.describe(e, vi)).contains("đang được mở ở máy")
                                .contains(System.getProperty("user.name"));
                    });
            assertThat(first.candidates().count()).isEqualTo(1);
        }
        try (Services again = Services.open(db, TestData.CLOCK)) {
            assertThat(again.candidates().count()).isEqualTo(1);
        }
    }

    @Test
    void aDamagedDatabaseIsReplacedByABackupAndKeptAsideNotOverwritten() throws Exception {
        Path db = soundDatabase("ptdv.db");
        Path backup = folder.resolve("backup.ptdvbak");
        try (Services s = Services.open(db, TestData.CLOCK)) {
            s.backups().backupTo(backup, Optional.of("pw".toCharArray()));
        }
        byte[] bytes = Files.readAllBytes(db);
        byte[] damaged = Arrays.copyOf(bytes, bytes.length - 5000);
        Files.write(db, damaged);

        Optional<Path> kept = BackupService.restoreOver(db, backup, Optional.of("pw".toCharArray()), TestData.CLOCK);
        assertThat(kept).hasValueSatisfying(k -> {
            assertThat(k.getFileName().toString()).startsWith("ptdv.db.hong-");
            assertThat(k).hasBinaryContent(damaged);
        });
        try (Services s = Services.open(db, TestData.CLOCK)) {
            assertThat(s.candidates().count()).isEqualTo(1);
        }
    }

    @Test
    void anOlderDatabaseIsBackedUpBeforeItIsMigrated() throws Exception {
        Path db = folder.resolve("old.db");
        Flyway.configure().dataSource("jdbc:sqlite:" + db, "", "").locations("classpath:db/migration").target("5")
                .load().migrate();
        try (Services s = Services.open(db, TestData.CLOCK)) {
            assertThat(s.backups().list()).singleElement().satisfies(e -> {
                assertThat(e.reason()).isEqualTo(BackupService.Reason.BEFORE_UPGRADE);
                assertThat(vn.ptdv.persistence.Database.verify(e.file(), true)).isEqualTo(5);
            });
        }
    }

    @Test
    void theSchemaVersionConstantNamesTheNewestMigration() throws Exception {
        try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
            int newest = files.map(p -> p.getFileName().toString())
                    .map(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max(Integer::compare).orElseThrow();
            assertThat(vn.ptdv.persistence.Database.SCHEMA_VERSION).isEqualTo(newest);
        }
    }
}
