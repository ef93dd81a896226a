package vn.ptdv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ptdv.TestData;
import vn.ptdv.app.Main;
import vn.ptdv.persistence.Database;
import vn.ptdv.service.Services;

/**
 * Every command asks for the opening password of an encrypted database before it reads or writes it:
 * without it (no console in a test, no --password-file) or with a wrong one the command is refused with
 * exit code 3 and the file is not touched; with the right one in a file it works.
 */
class ProtectedDatabaseCommandsTest {
    private static final String PASSWORD = "Mật khẩu chi bộ 9";

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path db;
    private byte[] before;

    @BeforeEach
    void encryptedDatabase() throws Exception {
        db = folder.resolve("mat.db");
        try (Services s = Services.open(db, TestData.CLOCK)) {
            s.demo().fill();
            s.access().setPassword(Optional.empty(), PASSWORD.toCharArray());
        }
        before = Files.readAllBytes(db);
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Main.run(args, new PrintWriter(out), new PrintWriter(err), (d, demo) -> 0);
    }

    private Path passwordFile(String content) throws Exception {
        Path file = folder.resolve("mat-khau.txt");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private void assertUntouched() throws Exception {
        assertThat(Files.readAllBytes(db)).as("the database's bytes").isEqualTo(before);
        assertThat(Path.of(db + "-wal")).doesNotExist();
    }

    @Test
    void aCommandWithoutThePasswordIsRefusedWithExitCode3AndTouchesNothing() throws Exception {
        for (String[] command : new String[][] {{"candidates", "list"}, {"stats", "--year", "2026"}, {"check"},
                {"backup", "--out", folder.resolve("b.ptdvbak").toString()}, {"password", "--remove"}}) {
            String[] args = new String[command.length + 2];
            args[0] = "--db";
            args[1] = db.toString();
            System.arraycopy(command, 0, args, 2, command.length);
            assertThat(run(args)).as(String.join(" ", command)).as("%s", err).isEqualTo(Main.PASSWORD_REFUSED);
            assertThat(out.toString()).doesNotContain("Nguyễn");
            assertThat(err.toString()).contains("--password-file").contains("đã đặt mật khẩu mở chương trình");
            assertUntouched();
        }
        assertThat(folder.resolve("b.ptdvbak")).doesNotExist();
    }

    @Test
    void aWrongPasswordIsRefusedWithExitCode3AndAClearMessage() throws Exception {
        Path wrong = passwordFile("mat khau sai\n");
        assertThat(run("--db", db.toString(), "--password-file", wrong.toString(), "candidates", "list"))
                .as("%s", err).isEqualTo(Main.PASSWORD_REFUSED);
        assertThat(err.toString()).contains("Mật khẩu mở chương trình không đúng").contains("chưa đọc hay ghi gì");
        assertThat(out.toString()).isEmpty();
        assertUntouched();
        // A missing password file says so, and is refused the same way.
        assertThat(run("--db", db.toString(), "--password-file", folder.resolve("khong-co.txt").toString(), "stats", "--year", "2026"))
                .as("%s", err).isEqualTo(Main.PASSWORD_REFUSED);
        assertThat(err.toString()).contains("không đọc được tệp mật khẩu");
        assertUntouched();
    }

    @Test
    void thePasswordFromAFileOpensTheDatabaseForEveryCommand() throws Exception {
        // As Notepad saves it: a byte-order mark and CR LF.
        Path right = passwordFile("\uFEFF" + PASSWORD + "\r\n");
        assertThat(run("--db", db.toString(), "--password-file", right.toString(), "candidates", "list")).as("%s", err).isZero();
        assertThat(out.toString()).contains("Nguyễn Thị Thảo").contains("Tổng cộng: 13 người.");

        Path backup = folder.resolve("usb.ptdvbak");
        assertThat(run("backup", "--db", db.toString(), "--password-file", right.toString(), "--out", backup.toString()))
                .as("%s", err).isZero();
        assertThat(Database.isEncrypted(backup)).isTrue();
        assertThat(Database.opensWith(backup, PASSWORD.toCharArray())).isTrue();

        // The backup opens with the opening password it was made with, from the same file: no password
        // on the command line. --password still works for a backup of another password.
        assertThat(run("--db", db.toString(), "--password-file", right.toString(), "restore", backup.toString()))
                .as("%s", err).isZero();
        assertThat(out.toString()).contains("Đã khôi phục dữ liệu từ");
        assertThat(run("--db", db.toString(), "--password-file", right.toString(), "restore", backup.toString(),
                "--password=" + PASSWORD)).as("%s", err).isZero();

        assertThat(run("--db", db.toString(), "--password-file", right.toString(), "password", "--remove")).as("%s", err).isZero();
        assertThat(out.toString()).contains("không còn được mã hóa");
        assertThat(Database.isEncrypted(db)).isFalse();
        assertThat(run("--db", db.toString(), "stats", "--year", "2026")).as("%s", err).isZero();
    }

    @Test
    void aDamagedEncryptedFileIsRestoredFromItsNewestBackupWithTheRightPasswordAndRefusedWithAWrongOne() throws Exception {
        try (Services s = Services.open(db, TestData.CLOCK, Optional.of(PASSWORD.toCharArray()))) {
            s.backups().automatic(vn.ptdv.service.BackupService.Reason.ON_CLOSE);
        }
        Path backup = vn.ptdv.service.BackupService.list(db).get(0).file();
        TestData.corruptTheMiddle(db);
        byte[] damaged = Files.readAllBytes(db);

        Path wrong = folder.resolve("sai.txt");
        Files.writeString(wrong, "mat khau sai\n", StandardCharsets.UTF_8);
        assertThat(run("--db", db.toString(), "--password-file", wrong.toString(), "restore", backup.toString()))
                .as("%s", err).isEqualTo(Main.PASSWORD_REFUSED);
        assertThat(err.toString()).contains("Mật khẩu mở chương trình không đúng");
        assertThat(Files.readAllBytes(db)).isEqualTo(damaged);

        Path right = passwordFile(PASSWORD + "\n");
        assertThat(run("--db", db.toString(), "--password-file", right.toString(), "candidates", "list"))
                .as("%s", err).isEqualTo(1);
        assertThat(err.toString()).contains("bị hỏng");
        assertThat(run("--db", db.toString(), "--password-file", right.toString(), "restore", backup.toString()))
                .as("%s", err).isZero();
        assertThat(out.toString()).contains("không mở được nên được chuyển vào thư mục");
        assertThat(Database.isEncrypted(db)).isTrue();
        assertThat(run("--db", db.toString(), "--password-file", right.toString(), "candidates", "list")).as("%s", err).isZero();
        assertThat(out.toString()).contains("Tổng cộng: 13 người.");
    }

    @Test
    void thePasswordTypedWithCombiningMarksOpensWhatThePrecomposedOneEncrypted() {
        String combining = java.text.Normalizer.normalize(PASSWORD, java.text.Normalizer.Form.NFD);
        assertThat(combining).isNotEqualTo(PASSWORD);
        assertThat(Database.opensWith(db, combining.toCharArray())).isTrue();
        assertThat(Database.opensWith(db, "Mat khau chi bo 9".toCharArray())).isFalse();
    }

    @Test
    void aFailedCommandOnAFileCutShortByAPasswordChangeLeavesItsData() throws Exception {
        // A power cut on a file system whose rename is not one step: only the copy kept of the file is left.
        Path kept = Path.of(db + ".khoa-cu");
        Files.move(db, kept);
        Path right = passwordFile(PASSWORD + "\n");
        Path bad = folder.resolve("hong.xlsx");
        Files.writeString(bad, "không phải tệp Excel", StandardCharsets.UTF_8);
        assertThat(run("--db", db.toString(), "--password-file", right.toString(), "import", bad.toString()))
                .isNotZero();
        assertThat(err.toString()).doesNotContain("không giữ tệp dữ liệu mới");
        assertThat(Files.exists(db) || Files.exists(kept)).isTrue();
        assertThat(run("--db", db.toString(), "--password-file", right.toString(), "candidates", "list")).as("%s", err).isZero();
        assertThat(out.toString()).contains("Tổng cộng: 13 người.");
    }

    @Test
    void anOldExcelWorkbookOrAZipGivenAsTheDatabaseIsNotTakenForAnEncryptedOne() throws Exception {
        byte[] xls = new byte[2048];
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(ole2, 0, xls, 0, ole2.length);
        Path workbook = folder.resolve("danh-sach.xls");
        Files.write(workbook, xls);
        byte[] zip = new byte[1024];
        System.arraycopy(new byte[] {'P', 'K', 3, 4}, 0, zip, 0, 4);
        Path docx = folder.resolve("giay-to.docx");
        Files.write(docx, zip);
        assertThat(Database.isEncrypted(workbook)).isFalse();
        assertThat(Database.isEncrypted(docx)).isFalse();
        assertThat(Database.isEncrypted(db)).isTrue();

        int code = run("--db", workbook.toString(), "candidates", "list");
        assertThat(code).isNotZero().isNotEqualTo(Main.PASSWORD_REFUSED);
        assertThat(err.toString()).doesNotContain("mật khẩu");
        assertThat(Files.readAllBytes(workbook)).isEqualTo(xls);
    }
}
