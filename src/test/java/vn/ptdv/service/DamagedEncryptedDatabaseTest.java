package vn.ptdv.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ptdv.TestData;
import vn.ptdv.persistence.Database;
import vn.ptdv.persistence.DatabasePasswordException;
import vn.ptdv.persistence.UnusableDatabaseException;

/**
 * An encrypted file whose pages are damaged fails to open just as with a wrong key; the newest
 * automatic backup tells the two apart: when it opens with the same password, the password is right
 * and the file is damaged, and restoring that backup is offered.
 */
class DamagedEncryptedDatabaseTest {
    private static final char[] PASSWORD = "Mật khẩu chi bộ 5".toCharArray();

    @TempDir
    Path folder;

    private Path db() {
        return folder.resolve("ptdv.db");
    }

    /** An encrypted demo database of 13 candidates, with (when asked) one automatic backup. */
    private void encryptedDemo(boolean withBackup) {
        try (Services s = TestData.services(folder)) {
            s.demo().fill();
            s.access().setPassword(Optional.empty(), PASSWORD);
            for (BackupService.Entry e : s.backups().list()) {
                java.nio.file.Files.deleteIfExists(e.file());
            }
            if (withBackup) {
                s.backups().automatic(BackupService.Reason.ON_CLOSE);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aDamagedEncryptedFileWithABackupIsReportedDamagedAndRestoringTheBackupBringsTheDataBack() throws IOException {
        encryptedDemo(true);
        TestData.corruptTheMiddle(db());

        assertThatThrownBy(() -> Services.open(db(), TestData.CLOCK, Optional.of(PASSWORD)))
                .isInstanceOfSatisfying(UnusableDatabaseException.class,
                        e -> assertThat(e.reason()).isEqualTo(UnusableDatabaseException.Reason.DAMAGED));
        assertThatThrownBy(() -> Services.open(db(), TestData.CLOCK, Optional.of("sai".toCharArray())))
                .isInstanceOfSatisfying(DatabasePasswordException.class, e -> assertThat(e.given()).isTrue());

        // The way out the window offers: the newest backup in place, opened with the same password.
        BackupService.Entry latest = BackupService.list(db()).get(0);
        assertThat(BackupService.restoreOver(db(), latest.file(), Optional.of(PASSWORD), TestData.CLOCK)).isPresent();
        assertThat(Database.isEncrypted(db())).isTrue();
        try (Services s = Services.open(db(), TestData.CLOCK, Optional.of(PASSWORD))) {
            assertThat(s.candidates().count()).isEqualTo(13);
        }
    }

    @Test
    void withoutABackupToTellAWrongPasswordFromDamageTheMessageSaysItMayBeEither() throws IOException {
        encryptedDemo(false);
        TestData.corruptTheMiddle(db());

        assertThatThrownBy(() -> Services.open(db(), TestData.CLOCK, Optional.of(PASSWORD)))
                .isInstanceOfSatisfying(DatabasePasswordException.class, e -> {
                    assertThat(e.given()).isTrue();
                    assertThat(e.maybeDamaged()).isTrue();
                    assertThat(ErrorText.describe(e, TestData.VI)).contains("Mật khẩu mở chương trình không đúng")
                            .contains("hoặc tệp đã bị hỏng").contains("chưa đọc hay ghi gì");
                });
    }

    @Test
    void anIntactFileWithAWrongPasswordIsStillAWrongPasswordWhenItsBackupOpensWithTheRightOne() {
        encryptedDemo(true);
        assertThatThrownBy(() -> Services.open(db(), TestData.CLOCK, Optional.of("mat khau sai".toCharArray())))
                .isInstanceOfSatisfying(DatabasePasswordException.class, e -> {
                    assertThat(e.given()).isTrue();
                    assertThat(e.maybeDamaged()).isFalse();
                });
    }
}
