package vn.ptdv.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ptdv.TestData;
import vn.ptdv.service.BackupService;
import vn.ptdv.service.PhotoUpdate;
import vn.ptdv.service.Services;
import vn.ptdv.ui.common.CurrentThreadTaskRunner;
import vn.ptdv.ui.settings.BackupViewModel;

class BackupViewModelTest {
    @TempDir
    Path folder;

    private Services services;
    private final FakeDialogs dialogs = new FakeDialogs();
    private final AtomicInteger reloads = new AtomicInteger();
    private BackupViewModel vm;

    @BeforeEach
    void open() {
        services = TestData.services(folder);
        services.candidates().save(TestData.candidate("Nguyễn Thị An").build(), PhotoUpdate.keep());
        vm = new BackupViewModel(services.backups(), new CurrentThreadTaskRunner(), dialogs, TestData.CLOCK,
                reloads::incrementAndGet);
        vm.load();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void backingUpWithoutAPasswordWarnsFirstAndCancellingWritesNothing() {
        Path target = folder.resolve("usb/copy.sqlite");
        dialogs.saveFile = Optional.of(target);
        dialogs.answer = false;
        vm.backupNow();
        assertThat(dialogs.questions).singleElement().asString().contains("ai có tệp sao lưu này đều đọc được");
        assertThat(target).doesNotExist();
        dialogs.answer = true;
        vm.backupNow();
        assertThat(target).exists();
        assertThat(vm.statusProperty().get()).contains("Đã sao lưu");
    }

    @Test
    void onAFileEncryptedWithTheOpeningPasswordBackupsAreSaidToBeEncryptedAndNoWarningIsGiven() {
        services.access().setPassword(Optional.empty(), "mo khoa 123".toCharArray());
        vm.load();
        assertThat(vm.hasPasswordProperty().get()).as("no backup password of its own").isFalse();
        assertThat(vm.encryptedProperty().get()).isTrue();
        Path target = folder.resolve("usb/copy." + BackupService.ENCRYPTED_EXTENSION);
        dialogs.saveFile = Optional.of(target);
        vm.backupNow();
        assertThat(dialogs.questions).as("no warning that anyone can read it").isEmpty();
        assertThat(target).exists();
        assertThat(BackupService.needsPassword(target)).isTrue();
    }

    @Test
    void withABackupPasswordBackupsAreEncryptedAndRestoringAsksForIt() throws Exception {
        dialogs.passwords.add("mật khẩu dài");
        vm.setPassword();
        assertThat(vm.hasPasswordProperty().get()).isTrue();
        Path target = folder.resolve("usb/copy.ptdvbak");
        dialogs.saveFile = Optional.of(target);
        dialogs.questions.clear();
        vm.backupNow();
        assertThat(dialogs.questions).as("no warning once a password is set").isEmpty();
        assertThat(BackupService.needsPassword(target)).isTrue();

        services.candidates().save(TestData.candidate("Trần Văn Bình").build(), PhotoUpdate.keep());
        dialogs.openFile = Optional.of(target);
        dialogs.passwords.add("sai mật khẩu");
        dialogs.questions.clear();
        vm.restoreFromFile();
        assertThat(dialogs.errors).singleElement().asString().contains("Mật khẩu không đúng");
        assertThat(dialogs.questions).as("a wrong password is told before asking to replace the data")
                .noneMatch(q -> q.startsWith("Khôi phục dữ liệu"));
        assertThat(services.candidates().count()).isEqualTo(2);
        assertThat(reloads).hasValue(0);

        dialogs.passwords.add("mật khẩu dài");
        vm.restoreFromFile();
        assertThat(services.candidates().count()).isEqualTo(1);
        assertThat(reloads).hasValue(1);
        assertThat(vm.entries()).extracting(BackupService.Entry::reason).contains(BackupService.Reason.BEFORE_RESTORE);
    }

    @Test
    void changingOrRemovingTheBackupPasswordNeedsTheOldOne() {
        dialogs.passwords.add("mật khẩu một");
        vm.setPassword();
        dialogs.passwords.add("không đúng");
        vm.removePassword();
        assertThat(dialogs.errors).singleElement().asString().contains("không đúng");
        assertThat(services.backups().hasBackupPassword()).isTrue();
        dialogs.passwords.addAll(java.util.List.of("mật khẩu một", "mật khẩu hai"));
        vm.setPassword();
        assertThat(services.backups().isBackupPassword("mật khẩu hai".toCharArray())).isTrue();
        dialogs.passwords.add("mật khẩu hai");
        vm.removePassword();
        assertThat(services.backups().hasBackupPassword()).isFalse();
        assertThat(vm.hasPasswordProperty().get()).isFalse();
    }

    @Test
    void cancellingTheRestoreConfirmationChangesNothing() throws Exception {
        Path copy = folder.resolve("copy.sqlite");
        services.backups().backupTo(copy, Optional.empty());
        services.candidates().save(TestData.candidate("Trần Văn Bình").build(), PhotoUpdate.keep());
        dialogs.openFile = Optional.of(copy);
        dialogs.answer = false;
        vm.restoreFromFile();
        assertThat(services.candidates().count()).isEqualTo(2);
        assertThat(Files.exists(BackupService.folderFor(services.database().file()))).isFalse();
    }
}
