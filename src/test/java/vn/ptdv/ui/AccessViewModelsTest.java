package vn.ptdv.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ptdv.TestData;
import vn.ptdv.domain.Masking;
import vn.ptdv.service.PhotoUpdate;
import vn.ptdv.service.Services;
import vn.ptdv.ui.access.AccessViewModel;
import vn.ptdv.ui.access.LockViewModel;
import vn.ptdv.ui.candidate.CandidateListViewModel;
import vn.ptdv.ui.common.CurrentThreadTaskRunner;

class AccessViewModelsTest {
    @TempDir
    Path folder;

    private Services services;
    private final FakeDialogs dialogs = new FakeDialogs();
    private final CurrentThreadTaskRunner tasks = new CurrentThreadTaskRunner();

    @BeforeEach
    void open() {
        services = TestData.services(folder);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void settingThenChangingThePasswordAsksForTheCurrentOne() {
        AccessViewModel vm = new AccessViewModel(services.access(), tasks, dialogs);
        vm.load();
        assertThat(vm.passwordSetProperty().get()).isFalse();
        dialogs.passwords.add("mat khau 1");
        vm.setPassword();
        assertThat(vm.passwordSetProperty().get()).isTrue();
        assertThat(services.access().verify("mat khau 1".toCharArray())).isTrue();

        dialogs.passwords.addAll(List.of("khong dung", "mat khau 2"));
        vm.setPassword();
        assertThat(dialogs.errors).singleElement().asString().contains("Mật khẩu không đúng");
        assertThat(services.access().verify("mat khau 1".toCharArray())).isTrue();

        dialogs.passwords.addAll(List.of("mat khau 1", "mat khau 2"));
        vm.setPassword();
        assertThat(services.access().verify("mat khau 2".toCharArray())).isTrue();
        vm.chooseIdleMinutes(5);
        assertThat(services.access().idleMinutes()).isEqualTo(5);
        assertThat(vm.statusProperty().get()).contains("5 phút");
    }

    @Test
    void theLockOpensOnlyWithThePasswordAndTheBackupPasswordGivesNoWayRoundAnEncryptedFile() {
        services.access().setPassword(Optional.empty(), "mo khoa 123".toCharArray());
        LockViewModel lock = new LockViewModel(services.access(), tasks, dialogs);
        lock.lock();
        lock.passwordProperty().set("sai");
        lock.unlock();
        assertThat(lock.lockedProperty().get()).isTrue();
        assertThat(lock.errorProperty().get()).isEqualTo("Mật khẩu không đúng.");
        assertThat(lock.passwordProperty().get()).isEmpty();
        lock.passwordProperty().set("mo khoa 123");
        lock.unlock();
        assertThat(lock.lockedProperty().get()).isFalse();

        lock.lock();
        assertThat(lock.canResetForgotten()).as("the lock screen offers no way that cannot work").isFalse();
        services.backups().setBackupPassword("sao luu 2026".toCharArray());
        dialogs.passwords.add("sao luu 2026");
        lock.forgot();
        assertThat(lock.lockedProperty().get()).as("the file is encrypted with the opening password").isTrue();
        assertThat(dialogs.errors).singleElement().asString().contains("mật khẩu sao lưu không mở được tệp");
        assertThat(services.access().hasPassword()).isTrue();
    }

    @Test
    void onAFileGuardedByTheHashOnlyTheBackupPasswordStillRemovesAForgottenOne() {
        services.database().inTransaction(c -> {
            new vn.ptdv.persistence.AppSettingRepository().save(c, vn.ptdv.persistence.AppSettingRepository.PASSWORD_HASH,
                    vn.ptdv.service.AccessServiceHashes.hash("mo khoa 123".toCharArray()));
            return null;
        });
        LockViewModel lock = new LockViewModel(services.access(), tasks, dialogs);
        lock.lock();
        assertThat(lock.canResetForgotten()).isTrue();
        dialogs.passwords.add("gi cung duoc");
        lock.forgot();
        assertThat(lock.lockedProperty().get()).as("no backup password: no way round the lock here").isTrue();
        services.backups().setBackupPassword("sao luu 2026".toCharArray());
        dialogs.passwords.add("sao luu 2026");
        lock.forgot();
        assertThat(lock.lockedProperty().get()).isFalse();
        assertThat(services.access().hasPassword()).isFalse();
    }

    @Test
    void numbersInTheListAreMaskedUntilRevealed() {
        services.candidates().save(TestData.candidate("Nguyễn Thị An").citizenId("001098001234").phone("0912345678").build(),
                PhotoUpdate.keep());
        CandidateListViewModel list = new CandidateListViewModel(services.candidates(), tasks, dialogs);
        list.refresh(() -> { });
        assertThat(list.revealedProperty().get()).isFalse();
        assertThat(Masking.mask("001098001234")).isEqualTo("•••••••••234");
        assertThat(Masking.mask("0912345678")).isEqualTo("•••••••678");
        assertThat(Masking.mask("")).isEmpty();
        list.reveal();
        assertThat(list.revealedProperty().get()).isTrue();
        // Seeing the numbers leaves a trace in the audit trail, with who did it.
        assertThat(services.audit().find(vn.ptdv.domain.audit.AuditQuery.all(), TestData.VI).lines().get(0))
                .satisfies(l -> {
                    assertThat(l.what()).isEqualTo("Xem đầy đủ số CCCD và điện thoại trong danh sách (1 quần chúng)");
                    assertThat(l.changes()).isEmpty();
                    assertThat(l.user()).isEqualTo(System.getProperty("user.name"));
                });
        list.hideNumbers();
        assertThat(list.revealedProperty().get()).isFalse();
    }
}
