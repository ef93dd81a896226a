package vn.ptdv.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ptdv.TestData;
import vn.ptdv.persistence.UnusableDatabaseException;

/** Backups made, encrypted, listed, pruned and restored; a bad backup never touches the data. */
class BackupServiceTest {
    @TempDir
    Path folder;

    private Services open(Path file) {
        return Services.open(file, TestData.CLOCK);
    }

    private static void addCandidate(Services s, String name) {
        s.candidates().save(TestData.candidate(name).build(), PhotoUpdate.keep());
    }

    @Test
    void aRestoredBackupBringsBackTheDataAndTheStateBeforeIsBackedUpFirst() {
        Path db = folder.resolve("ptdv.db");
        Path copy = folder.resolve("usb/copy.sqlite");
        try (Services s = open(db)) {
            addCandidate(s, "Nguyễn Thị An");
            s.backups().backupTo(copy, Optional.empty());
            addCandidate(s, "Trần Văn Bình");
            Path safety = s.backups().restore(copy, Optional.empty());
            assertThat(s.candidates().count()).isEqualTo(1);
            // The restored trail says, first, that it was restored, and by whom.
            assertThat(s.audit().findAll(vn.ptdv.domain.audit.AuditQuery.all())).first().satisfies(line -> {
                assertThat(line.action()).isEqualTo("RESTORE");
                assertThat(line.user()).isEqualTo(System.getProperty("user.name"));
            });
            assertThat(safety.getParent()).isEqualTo(BackupService.folderFor(db));
            assertThat(safety.getFileName().toString()).contains("truoc-khoi-phuc");
            // The safety backup holds what was there before the restore.
            s.backups().restore(safety, Optional.empty());
            assertThat(s.candidates().count()).isEqualTo(2);
        }
    }

    @Test
    void aBackupWithAPasswordIsUnreadableWithoutItAndRestoresWithIt() throws Exception {
        Path db = folder.resolve("ptdv.db");
        Path copy = folder.resolve("usb/copy.ptdvbak");
        try (Services s = open(db)) {
            addCandidate(s, "Lê Thị Cúc Phương");
            s.backups().backupTo(copy, Optional.of("mật khẩu dài".toCharArray()));
            byte[] bytes = Files.readAllBytes(copy);
            // Neither the SQLite header nor a name can be found in the file.
            assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).doesNotContain("SQLite format 3");
            assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("Phương");
            addCandidate(s, "Trần Văn Bình");

            assertThatThrownBy(() -> s.backups().restore(copy, Optional.empty()))
                    .isInstanceOf(BackupService.PasswordNeededException.class);
            assertThatThrownBy(() -> s.backups().restore(copy, Optional.of("sai".toCharArray())))
                    .isInstanceOf(BackupCipher.WrongPasswordException.class);
            assertThat(s.candidates().count()).isEqualTo(2);

            s.backups().restore(copy, Optional.of("mật khẩu dài".toCharArray()));
            assertThat(s.candidates().count()).isEqualTo(1);
        }
    }

    @Test
    void aChangedByteInAnEncryptedBackupIsCaughtAndNothingIsRestored() throws Exception {
        Path db = folder.resolve("ptdv.db");
        Path copy = folder.resolve("copy.ptdvbak");
        try (Services s = open(db)) {
            addCandidate(s, "Nguyễn Thị An");
            s.backups().backupTo(copy, Optional.of("secret".toCharArray()));
            try (RandomAccessFile file = new RandomAccessFile(copy.toFile(), "rw")) {
                file.seek(file.length() / 2);
                int b = file.read();
                file.seek(file.length() / 2);
                file.write(b ^ 0x01);
            }
            addCandidate(s, "Trần Văn Bình");
            assertThatThrownBy(() -> s.backups().restore(copy, Optional.of("secret".toCharArray())))
                    .isInstanceOf(BackupCipher.WrongPasswordException.class);
            assertThat(s.candidates().count()).isEqualTo(2);
        }
    }

    @Test
    void theStoredBackupPasswordEncryptsEveryAutomaticBackup() throws Exception {
        Path db = folder.resolve("ptdv.db");
        try (Services s = open(db)) {
            addCandidate(s, "Nguyễn Thị An");
            s.backups().setBackupPassword("chi bộ 5".toCharArray());
            assertThat(s.backups().isBackupPassword("chi bộ 5".toCharArray())).isTrue();
            assertThat(s.backups().isBackupPassword("chi bo 5".toCharArray())).isFalse();
            Path automatic = s.backups().automatic(BackupService.Reason.BEFORE_IMPORT);
            assertThat(automatic.getFileName().toString()).endsWith(".ptdvbak");
            assertThat(BackupService.needsPassword(automatic)).isTrue();
            assertThat(s.backups().list()).singleElement().satisfies(e -> {
                assertThat(e.encrypted()).isTrue();
                assertThat(e.reason()).isEqualTo(BackupService.Reason.BEFORE_IMPORT);
            });
            addCandidate(s, "Trần Văn Bình");
            s.backups().restore(automatic, Optional.of("chi bộ 5".toCharArray()));
            assertThat(s.candidates().count()).isEqualTo(1);
        }
    }

    @Test
    void onlyTheNewestThirtyAutomaticBackupsAreKeptAndClosingBacksUpOnceADay() {
        Path db = folder.resolve("ptdv.db");
        try (Services s = open(db)) {
            for (int i = 0; i < 33; i++) {
                s.backups().automatic(BackupService.Reason.BEFORE_IMPORT);
            }
            assertThat(s.backups().list()).hasSize(30);
            // The list is newest first: the same second's copies are numbered in order.
            assertThat(s.backups().list().get(0).file().getFileName().toString()).endsWith("-33.sqlite");
        }
        Path other = folder.resolve("other/ptdv.db");
        try (Services s = open(other)) {
            assertThat(s.backups().onClose()).isPresent();
            assertThat(s.backups().onClose()).isEmpty();
        }
        Clock nextDay = Clock.offset(TestData.CLOCK, Duration.ofDays(1));
        try (Services s = Services.open(other, nextDay)) {
            assertThat(s.backups().onClose()).isPresent();
            assertThat(s.backups().list()).hasSize(2);
        }
    }

    @Test
    void aDamagedForeignOrNewerBackupIsRefusedAndTheDataIsUntouched() throws Exception {
        Path db = folder.resolve("ptdv.db");
        Path truncated = folder.resolve("truncated.sqlite");
        Path foreign = folder.resolve("foreign.sqlite");
        Path newer = folder.resolve("newer.sqlite");
        Path text = folder.resolve("notes.sqlite");
        Files.writeString(text, "không phải cơ sở dữ liệu");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + foreign); Statement st = c.createStatement()) {
            st.executeUpdate("CREATE TABLE invoice (id INTEGER PRIMARY KEY, amount REAL)");
        }
        try (Services s = open(db)) {
            addCandidate(s, "Nguyễn Thị An");
            s.backups().backupTo(newer, Optional.empty());
            s.backups().backupTo(truncated, Optional.empty());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + newer); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, "
                    + "installed_by, execution_time, success) VALUES (99, '99', 'future', 'SQL', 'V99__future.sql', 'x', 0, 1)");
        }
        byte[] bytes = Files.readAllBytes(truncated);
        Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));

        try (Services s = open(db)) {
            addCandidate(s, "Trần Văn Bình");
            assertThatThrownBy(() -> s.backups().restore(truncated, Optional.empty()))
                    .isInstanceOfSatisfying(BackupService.BadBackupException.class,
                            e -> assertThat(e.reason()).isEqualTo(UnusableDatabaseException.Reason.DAMAGED));
            assertThatThrownBy(() -> s.backups().restore(foreign, Optional.empty()))
                    .isInstanceOfSatisfying(BackupService.BadBackupException.class,
                            e -> assertThat(e.reason()).isEqualTo(UnusableDatabaseException.Reason.FOREIGN));
            assertThatThrownBy(() -> s.backups().restore(newer, Optional.empty()))
                    .isInstanceOfSatisfying(BackupService.BadBackupException.class,
                            e -> assertThat(e.reason()).isEqualTo(UnusableDatabaseException.Reason.NEWER));
            assertThatThrownBy(() -> s.backups().restore(text, Optional.empty()))
                    .isInstanceOf(BackupService.BadBackupException.class);
            assertThat(s.candidates().count()).isEqualTo(2);
            // Nothing was backed up either: the refusals happened before anything was written.
            assertThat(s.backups().list()).isEmpty();
            // No plain copy is left beside the database.
            try (var files = Files.list(folder)) {
                assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
            }
        }
    }

    @Test
    void aCopyWithAnotherPageSizeIsRestoredAndTheRestoreIsCheckedToHaveTaken() throws Exception {
        Path db = folder.resolve("ptdv.db");
        Path copy = folder.resolve("copy.sqlite");
        try (Services s = open(db)) {
            addCandidate(s, "Nguyễn Thị An");
            s.backups().backupTo(copy, Optional.empty());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy); Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode = DELETE");
            st.execute("PRAGMA page_size = 8192");
            st.execute("VACUUM");
        }
        try (Services s = open(db)) {
            addCandidate(s, "Trần Văn Bình");
            addCandidate(s, "Lê Văn Cường");
            s.backups().restore(copy, Optional.empty());
            assertThat(s.candidates().count()).isEqualTo(1);
        }
    }

    @Test
    void aRestoreKeepsThisComputersPasswords() {
        Path db = folder.resolve("ptdv.db");
        Path old = folder.resolve("old.sqlite");
        try (Services s = open(db)) {
            addCandidate(s, "Nguyễn Thị An");
            s.backups().backupTo(old, Optional.empty());
            s.backups().setBackupPassword("sao luu moi".toCharArray());
            s.access().setPassword(Optional.empty(), "mo chuong trinh".toCharArray());
            s.access().setIdleMinutes(5);
            s.backups().restore(old, Optional.empty());
            assertThat(s.backups().isBackupPassword("sao luu moi".toCharArray())).isTrue();
            assertThat(s.access().verify("mo chuong trinh".toCharArray())).isTrue();
            assertThat(s.access().idleMinutes()).isEqualTo(5);
            assertThat(s.backups().automatic(BackupService.Reason.BEFORE_IMPORT).toString()).endsWith(".ptdvbak");
        }
    }

    @Test
    void theDatabaseAloneDoesNotOpenTheBackupsItsPasswordProtects() throws Exception {
        Path db = folder.resolve("ptdv.db");
        Path automatic;
        String stored;
        try (Services s = open(db)) {
            addCandidate(s, "Nguyễn Thị An");
            s.backups().setBackupPassword("chi bo so 5".toCharArray());
            automatic = s.backups().automatic(BackupService.Reason.BEFORE_IMPORT);
            stored = s.database().inTransaction(c -> new vn.ptdv.persistence.AppSettingRepository()
                    .find(c, vn.ptdv.persistence.AppSettingRepository.BACKUP_KEY)).orElseThrow();
        }
        // What the database keeps is a public key and a private key sealed by the password: the
        // backup's random key cannot be had from it without the password.
        BackupCipher.Recipient recipient = BackupCipher.Recipient.fromText(stored);
        assertThat(recipient.opensWith("chi bo so 5".toCharArray())).isTrue();
        assertThat(recipient.opensWith("chi bo so 6".toCharArray())).isFalse();
        assertThat(stored).doesNotContain("chi bo");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        assertThatThrownBy(() -> BackupCipher.decrypt(automatic, "".toCharArray(), out))
                .isInstanceOf(BackupCipher.WrongPasswordException.class);
        BackupCipher.decrypt(automatic, "chi bo so 5".toCharArray(), out);
        assertThat(new String(out.toByteArray(), 0, 15, StandardCharsets.US_ASCII)).isEqualTo("SQLite format 3");
    }
}
