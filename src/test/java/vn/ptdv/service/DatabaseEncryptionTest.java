package vn.ptdv.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ptdv.TestData;
import vn.ptdv.domain.CandidateSummary;
import vn.ptdv.persistence.Database;
import vn.ptdv.persistence.DatabasePasswordException;

/**
 * The opening password encrypts the whole file: nothing of the demo data is in its bytes, nor in its
 * backups; it opens with the password only, and a wrong one leaves the file as it was.
 */
class DatabaseEncryptionTest {
    private static final char[] PASSWORD = "Mật khẩu chi bộ 1".toCharArray();

    @TempDir
    Path folder;

    private Path db() {
        return folder.resolve("ptdv.db");
    }

    /** The demo data's names and citizen ID numbers, as they would be read from a plain file. */
    private List<String> fillDemo() {
        List<String> secrets = new ArrayList<>();
        try (Services s = TestData.services(folder)) {
            s.demo().fill();
            for (CandidateSummary c : s.candidates().listSummaries()) {
                secrets.add(c.fullName());
                s.candidates().find(c.id()).map(x -> x.citizenId()).filter(id -> !id.isEmpty()).ifPresent(secrets::add);
            }
        }
        assertThat(secrets).hasSizeGreaterThan(15);
        return secrets;
    }

    private static void assertHoldsNone(Path file, List<String> secrets) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String utf8 = new String(bytes, StandardCharsets.UTF_8);
        for (String secret : secrets) {
            assertThat(utf8).as("%s in %s", secret, file.getFileName()).doesNotContain(secret);
        }
    }

    @Test
    void aPlainFileShowsTheDemoNamesWhichIsWhatEncryptionIsFor() throws IOException {
        List<String> secrets = fillDemo();
        String plain = new String(Files.readAllBytes(db()), StandardCharsets.UTF_8);
        assertThat(secrets).anyMatch(plain::contains);
        assertThat(Database.isEncrypted(db())).isFalse();
    }

    @Test
    void settingThePasswordEncryptsTheFileAndItsBackupsWithNoneOfTheDemoNamesOrIdNumbersInTheirBytes() throws IOException {
        List<String> secrets = fillDemo();
        int count;
        try (Services s = TestData.services(folder)) {
            count = s.candidates().count();
            // Backups made in clear before the password: encrypted with it too.
            Path before = s.backups().automatic(BackupService.Reason.BEFORE_IMPORT);
            assertThat(before.toString()).endsWith(".sqlite");
            s.access().setPassword(Optional.empty(), PASSWORD);
            assertThat(before).doesNotExist();
            assertThat(s.backups().list()).hasSize(1).allMatch(BackupService.Entry::encrypted);
            assertThat(s.access().encrypted()).isTrue();
            // Work goes on with the new key, and the backups are made from the encrypted file.
            s.candidates().save(TestData.candidate("Người Thêm Sau Khi Mã Hóa").build(), PhotoUpdate.keep());
            s.backups().automatic(BackupService.Reason.ON_CLOSE);
            s.backups().backupTo(folder.resolve("usb.ptdvbak"), Optional.empty());
        }
        secrets.add("Người Thêm Sau Khi Mã Hóa");
        assertThat(Database.isEncrypted(db())).isTrue();
        assertHoldsNone(db(), secrets);
        List<Path> backups;
        try (Stream<Path> files = Files.list(BackupService.folderFor(db()))) {
            backups = files.toList();
        }
        assertThat(backups).hasSize(2).noneMatch(b -> b.toString().endsWith(".sqlite"));
        for (Path backup : backups) {
            assertHoldsNone(backup, secrets);
        }
        assertHoldsNone(folder.resolve("usb.ptdvbak"), secrets);
        assertThat(folder.resolve("ptdv.db.khoa-cu")).doesNotExist();
        assertThat(folder.resolve("ptdv.db.khoa-moi")).doesNotExist();

        try (Services s = Services.open(db(), TestData.CLOCK, Optional.of(PASSWORD))) {
            assertThat(s.candidates().count()).isEqualTo(count + 1);
            assertThat(s.access().hasPassword()).isTrue();
            assertThat(s.access().verify(PASSWORD)).isTrue();
            assertThat(s.access().verify("mat khau khac".toCharArray())).isFalse();
        }
    }

    @Test
    void anEncryptedFileIsRefusedWithoutItsPasswordOrWithAWrongOneAndIsLeftAsItWas() throws IOException {
        fillDemo();
        try (Services s = TestData.services(folder)) {
            s.access().setPassword(Optional.empty(), PASSWORD);
        }
        byte[] before = Files.readAllBytes(db());
        var modified = Files.getLastModifiedTime(db());

        assertThatThrownBy(() -> TestData.services(folder)).isInstanceOfSatisfying(DatabasePasswordException.class,
                e -> assertThat(e.given()).isFalse());
        assertThatThrownBy(() -> Services.open(db(), TestData.CLOCK, Optional.of("mat khau sai".toCharArray())))
                .isInstanceOfSatisfying(DatabasePasswordException.class, e -> assertThat(e.given()).isTrue());
        assertThat(ErrorText.describe(new DatabasePasswordException(db(), true), TestData.VI))
                .contains("Mật khẩu mở chương trình không đúng").contains("chưa đọc hay ghi gì");

        assertThat(Files.readAllBytes(db())).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(db())).isEqualTo(modified);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.endsWith("-wal") || n.endsWith("-journal") || n.contains(".khoa-"));
        }
    }

    @Test
    void changingThePasswordReEncryptsAndRemovingItLeavesAPlainFileWithAllTheData() throws IOException {
        fillDemo();
        char[] next = "mật khẩu năm sau".toCharArray();
        try (Services s = TestData.services(folder)) {
            s.access().setPassword(Optional.empty(), PASSWORD);
            assertThatThrownBy(() -> s.access().setPassword(Optional.of("sai".toCharArray()), next))
                    .isInstanceOf(AccessService.WrongPasswordException.class);
            s.access().setPassword(Optional.of(PASSWORD), next);
        }
        assertThatThrownBy(() -> Services.open(db(), TestData.CLOCK, Optional.of(PASSWORD)))
                .isInstanceOf(DatabasePasswordException.class);
        int count;
        try (Services s = Services.open(db(), TestData.CLOCK, Optional.of(next))) {
            count = s.candidates().count();
            assertThat(count).isEqualTo(13);
            s.access().removePassword(next);
            assertThat(s.access().hasPassword()).isFalse();
        }
        assertThat(Database.isEncrypted(db())).isFalse();
        assertThat(new String(Files.readAllBytes(db()), 0, 15, StandardCharsets.US_ASCII)).isEqualTo("SQLite format 3");
        try (Services s = TestData.services(folder)) {
            assertThat(s.candidates().count()).isEqualTo(count);
        }
    }

    @Test
    void aBackupOfAnEncryptedDatabaseAsksForItsPasswordWhenRestored() {
        fillDemo();
        Path backup;
        try (Services s = TestData.services(folder)) {
            s.access().setPassword(Optional.empty(), PASSWORD);
            backup = s.backups().automatic(BackupService.Reason.ON_CLOSE);
            assertThat(BackupService.needsPassword(backup)).isTrue();
            assertThat(s.backups().list()).allMatch(BackupService.Entry::encrypted);
            s.candidates().delete(s.candidates().listSummaries().get(0).id());
            assertThat(s.candidates().count()).isEqualTo(12);

            assertThatThrownBy(() -> s.backups().restore(backup, Optional.empty()))
                    .isInstanceOf(BackupService.PasswordNeededException.class);
            assertThatThrownBy(() -> s.backups().restore(backup, Optional.of("sai mat khau".toCharArray())))
                    .isInstanceOf(BackupCipher.WrongPasswordException.class);
            assertThat(s.candidates().count()).isEqualTo(12);

            s.backups().restore(backup, Optional.of(PASSWORD));
            assertThat(s.candidates().count()).isEqualTo(13);
            assertThat(s.access().encrypted()).isTrue();
        }
        // Still the same password opens it after the restore.
        try (Services s = Services.open(db(), TestData.CLOCK, Optional.of(PASSWORD))) {
            assertThat(s.candidates().count()).isEqualTo(13);
        }
    }

    @Test
    void aManualBackupWithItsOwnPasswordOpensWithThatOneInPlaceOfADamagedFile() throws IOException {
        fillDemo();
        Path usb = folder.resolve("usb").resolve("chi-bo.ptdvbak");
        Files.createDirectories(usb.getParent());
        try (Services s = TestData.services(folder)) {
            s.access().setPassword(Optional.empty(), PASSWORD);
            s.backups().backupTo(usb, Optional.of("mat khau usb".toCharArray()));
        }
        assertThat(Database.opensWith(usb, "mat khau usb".toCharArray())).isTrue();
        assertThat(Database.opensWith(usb, PASSWORD)).isFalse();
        Files.write(db(), new byte[4096]); // damaged: whole pages of zeros
        BackupService.restoreOver(db(), usb, Optional.of("mat khau usb".toCharArray()), TestData.CLOCK);
        assertThat(Database.isEncrypted(db())).isTrue();
        try (Services s = Services.open(db(), TestData.CLOCK, Optional.of("mat khau usb".toCharArray()))) {
            assertThat(s.candidates().count()).isEqualTo(13);
        }
    }

    @Test
    void aFileGuardedOnlyByThePasswordHashOfOlderVersionsIsEncryptedOnceThePasswordIsGiven() throws Exception {
        fillDemo();
        try (Services s = TestData.services(folder)) {
            s.database().inTransaction(c -> {
                new vn.ptdv.persistence.AppSettingRepository().save(c,
                        vn.ptdv.persistence.AppSettingRepository.PASSWORD_HASH, AccessService.hash(PASSWORD));
                return null;
            });
        }
        try (Services s = TestData.services(folder)) {
            assertThat(s.access().hasPassword()).isTrue();
            assertThat(s.access().encrypted()).isFalse();
            assertThat(s.access().encryptWithVerifiedPassword("sai mat khau".toCharArray())).isFalse();
            assertThat(s.access().encryptWithVerifiedPassword(PASSWORD)).isTrue();
            assertThat(s.access().verify(PASSWORD)).isTrue();
        }
        assertThat(Database.isEncrypted(db())).isTrue();
        try (Services s = Services.open(db(), TestData.CLOCK, Optional.of(PASSWORD))) {
            assertThat(s.candidates().count()).isEqualTo(13);
        }
    }

    @Test
    void aForgottenPasswordOfAnOlderHashOnlyFileIsRemovedWithTheBackupPasswordAlone() throws Exception {
        Path old = folder.resolve("cu.db");
        try (Services s = Services.open(old, TestData.CLOCK)) {
            s.demo().fill();
            s.backups().setBackupPassword("sao luu 2026".toCharArray());
            s.database().inTransaction(c -> {
                new vn.ptdv.persistence.AppSettingRepository().save(c,
                        vn.ptdv.persistence.AppSettingRepository.PASSWORD_HASH,
                        AccessService.hash(PASSWORD));
                return null;
            });
        }
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        // The way back the guide gives: the backup password, not the forgotten one.
        assertThat(vn.ptdv.app.Main.run(new String[] {"--db", old.toString(), "password", "--remove",
                "--backup-password=sao luu 2026"}, new java.io.PrintWriter(out), new java.io.PrintWriter(err), (d, demo) -> 0))
                .as("%s", err).isZero();
        assertThat(out.toString()).contains(vn.ptdv.i18n.Messages.text("cli.password.removed"));
        try (Services s = Services.open(old, TestData.CLOCK)) {
            assertThat(s.access().hasPassword()).isFalse();
        }
    }

    @Test
    void plainBackupsLeftBesideAnEncryptedFileByAStoppedRunAreEncryptedAtTheNextOpening() throws Exception {
        fillDemo();
        Path plain;
        try (Services s = TestData.services(folder)) {
            plain = s.backups().automatic(BackupService.Reason.BEFORE_IMPORT);
        }
        Path aside = folder.resolve("ban-sao-rieng.sqlite");
        Files.copy(plain, aside);
        try (Services s = TestData.services(folder)) {
            s.access().setPassword(Optional.empty(), PASSWORD);
        }
        // As if the run had stopped before it got to the backups: one of them is back, in clear.
        Files.copy(aside, plain);
        try (Services s = Services.open(db(), TestData.CLOCK, Optional.of(PASSWORD))) {
            assertThat(s.candidates().count()).isEqualTo(13);
        }
        assertThat(plain).doesNotExist();
        try (Stream<Path> files = Files.list(BackupService.folderFor(db()))) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(".sqlite"))).isEmpty();
        }
    }
}
