package vn.ptdv.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.nio.file.Path;
import vn.ptdv.TestData;
import vn.ptdv.persistence.Database;

/** The automatic backups follow the opening password: one password opens the file and all its backups. */
class BackupsFollowPasswordTest {
    private static final char[] FIRST = "Mật khẩu thứ nhất".toCharArray();
    private static final char[] SECOND = "Mật khẩu thứ hai".toCharArray();

    @TempDir
    Path folder;

    private Path db() {
        return folder.resolve("ptdv.db");
    }

    @Test
    void afterAChangeEveryBackupOpensWithTheNewPasswordAndNotTheOld() {
        try (Services s = TestData.services(folder)) {
            s.demo().fill();
            s.access().setPassword(Optional.empty(), FIRST);
            s.backups().automatic(BackupService.Reason.ON_CLOSE);
            s.backups().automatic(BackupService.Reason.BEFORE_IMPORT);
            assertThat(s.backups().list()).hasSizeGreaterThanOrEqualTo(2).allSatisfy(e -> assertThat(Database.opensWith(e.file(), FIRST)).isTrue());

            s.access().setPassword(Optional.of(FIRST), SECOND);

            List<BackupService.Entry> backups = s.backups().list();
            assertThat(backups).hasSizeGreaterThanOrEqualTo(2).allSatisfy(e -> {
                assertThat(e.encrypted()).isTrue();
                assertThat(Database.opensWith(e.file(), SECOND)).as("%s with the new password", e.file()).isTrue();
                assertThat(Database.opensWith(e.file(), FIRST)).as("%s with the old password", e.file()).isFalse();
            });
            // And a rewritten backup is still a whole one that restores.
            s.candidates().delete(s.candidates().listSummaries().get(0).id());
            s.backups().restore(backups.get(backups.size() - 1).file(), Optional.of(SECOND));
            assertThat(s.candidates().count()).isEqualTo(13);
        }
    }

    @Test
    void afterTheRemovalTheBackupsArePlainLikeTheFile() {
        try (Services s = TestData.services(folder)) {
            s.demo().fill();
            s.access().setPassword(Optional.empty(), FIRST);
            s.backups().automatic(BackupService.Reason.ON_CLOSE);
            s.access().removePassword(FIRST);

            assertThat(s.backups().list()).isNotEmpty().allSatisfy(e -> {
                assertThat(e.encrypted()).isFalse();
                assertThat(e.file().toString()).endsWith(".sqlite");
                assertThat(Database.isEncrypted(e.file())).isFalse();
                assertThat(Database.verify(e.file(), true)).isEqualTo(Database.SCHEMA_VERSION);
            });
        }
        assertThat(Database.isEncrypted(db())).isFalse();
    }

    @Test
    void afterTheRemovalWithABackupPasswordTheBackupsAreUnderTheBackupPassword() {
        char[] backupPassword = "mật khẩu sao lưu".toCharArray();
        try (Services s = TestData.services(folder)) {
            s.demo().fill();
            s.backups().setBackupPassword(backupPassword);
            s.access().setPassword(Optional.empty(), FIRST);
            s.backups().automatic(BackupService.Reason.ON_CLOSE);
            s.access().removePassword(FIRST);

            List<BackupService.Entry> backups = s.backups().list();
            assertThat(backups).isNotEmpty().allSatisfy(e -> {
                assertThat(e.encrypted()).isTrue();
                assertThat(Database.isEncrypted(e.file())).isFalse();
            });
            s.candidates().delete(s.candidates().listSummaries().get(0).id());
            s.backups().restore(backups.get(0).file(), Optional.of(backupPassword));
            assertThat(s.candidates().count()).isEqualTo(13);
        }
    }
}
