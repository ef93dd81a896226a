package vn.ptdv.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.ptdv.TestData;

/**
 * The files a pulled plug leaves (the database with its write-ahead log, with or without the shared
 * memory file) open again with every committed change, and are not mistaken for damaged ones.
 */
class CrashRecoveryTest {
    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aDatabaseLeftWithItsWriteAheadLogOpensWithEveryCommittedChange(boolean withSharedMemory) throws Exception {
        Path db = folder.resolve("ptdv.db");
        try (Services s = Services.open(db, TestData.CLOCK)) {
            s.candidates().save(TestData.candidate("Nguyễn Thị An").build(), PhotoUpdate.keep());
        }
        Path crashed = folder.resolve("crashed");
        Files.createDirectories(crashed);
        // A connection that is never closed: what is on the disk is what a power cut would leave.
        Connection open = DriverManager.getConnection("jdbc:sqlite:" + db);
        try (Statement st = open.createStatement()) {
            st.execute("PRAGMA journal_mode = WAL");
            st.execute("PRAGMA wal_autocheckpoint = 0");
            st.executeUpdate("INSERT INTO candidate (full_name, gender, birth_date) VALUES ('Trần Văn Bình', 'MALE', '1990-01-01')");
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Path file = db.resolveSibling("ptdv.db" + suffix);
                if (Files.exists(file) && (withSharedMemory || !suffix.equals("-shm"))) {
                    Files.copy(file, crashed.resolve("ptdv.db" + suffix));
                }
            }
        } finally {
            open.close();
        }
        assertThat(crashed.resolve("ptdv.db-wal")).exists();
        try (Services s = Services.open(crashed.resolve("ptdv.db"), TestData.CLOCK)) {
            assertThat(s.candidates().count()).isEqualTo(2);
        }
    }

    @Test
    void aBackupFolderLeftWithAPlainCopyIsCleanedOnTheNextOpening() throws Exception {
        Path db = folder.resolve("ptdv.db");
        Services.open(db, TestData.CLOCK).close();
        Path leftover = Files.createTempFile(folder, ".ptdv-backup-", ".tmp");
        Path withJournal = Files.createFile(folder.resolve(leftover.getFileName() + "-journal"));
        Path backups = Files.createDirectories(folder.resolve("backups"));
        Path half = Files.createFile(backups.resolve(".ptdv-2026-12-01.ptdvbak.part"));
        // What is not a leftover stays: the person's own files, and finished backups.
        Path notes = Files.createFile(folder.resolve(".ptdv-backup-ghi-chu.txt"));
        Path finished = Files.createFile(backups.resolve("ptdv-2026-12-01.part.ptdvbak"));
        Services.open(db, TestData.CLOCK).close();
        assertThat(leftover).doesNotExist();
        assertThat(withJournal).doesNotExist();
        assertThat(half).doesNotExist();
        assertThat(notes).exists();
        assertThat(finished).exists();
    }
}
