package vn.ptdv.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ptdv.TestData;

class AccessServiceTest {
    @TempDir
    Path folder;

    private Services services;
    private AccessService access;

    @BeforeEach
    void open() {
        services = TestData.services(folder);
        access = services.access();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void withoutAPasswordAnythingOpensAndTheIdleLockDefaultsToTenMinutes() {
        assertThat(access.hasPassword()).isFalse();
        assertThat(access.verify("".toCharArray())).isTrue();
        assertThat(access.idleMinutes()).isEqualTo(10);
        access.setIdleMinutes(0);
        assertThat(access.idleMinutes()).isZero();
    }

    @Test
    void thePasswordIsKeptOnlyAsASaltedSlowHashInsideTheFileItEncrypts() throws Exception {
        access.setPassword(Optional.empty(), "Bí mật 123".toCharArray());
        assertThat(access.verify("Bí mật 123".toCharArray())).isTrue();
        assertThat(access.verify("bí mật 123".toCharArray())).isFalse();
        services.close();
        byte[] file = Files.readAllBytes(services.database().file());
        assertThat(new String(file, java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("Bí mật 123")
                .doesNotContain("pbkdf2-sha256$");
        assertThat(vn.ptdv.persistence.Database.isEncrypted(services.database().file())).isTrue();
        // Two hashes of one password differ: the salt is random.
        assertThat(AccessService.hash("abcdef".toCharArray())).isNotEqualTo(AccessService.hash("abcdef".toCharArray()));
        services = Services.open(folder.resolve("ptdv.db"), TestData.CLOCK, Optional.of("Bí mật 123".toCharArray()));
        access = services.access();
        Optional<String> stored = services.database().inTransaction(c -> new vn.ptdv.persistence.AppSettingRepository()
                .find(c, vn.ptdv.persistence.AppSettingRepository.PASSWORD_HASH));
        assertThat(stored.orElseThrow()).startsWith("pbkdf2-sha256$" + BackupCipher.ITERATIONS + "$");
    }

    @Test
    void changingOrRemovingThePasswordNeedsTheCurrentOne() {
        access.setPassword(Optional.empty(), "mot hai ba".toCharArray());
        assertThatThrownBy(() -> access.setPassword(Optional.empty(), "bon nam sau".toCharArray()))
                .isInstanceOf(AccessService.WrongPasswordException.class);
        assertThatThrownBy(() -> access.setPassword(Optional.of("sai".toCharArray()), "bon nam sau".toCharArray()))
                .isInstanceOf(AccessService.WrongPasswordException.class);
        assertThatThrownBy(() -> access.removePassword("sai".toCharArray()))
                .isInstanceOf(AccessService.WrongPasswordException.class);
        access.setPassword(Optional.of("mot hai ba".toCharArray()), "bon nam sau".toCharArray());
        assertThat(access.verify("bon nam sau".toCharArray())).isTrue();
        access.removePassword("bon nam sau".toCharArray());
        assertThat(access.hasPassword()).isFalse();
    }

    @Test
    void aForgottenPasswordOfAnEncryptedFileCannotBeRemovedWithTheBackupPassword() {
        access.setPassword(Optional.empty(), "quen mat roi".toCharArray());
        services.backups().setBackupPassword("sao luu 2026".toCharArray());
        assertThatThrownBy(() -> access.resetWithBackupPassword("sao luu 2026".toCharArray()))
                .isInstanceOf(AccessService.NoWayBackException.class);
        assertThat(access.hasPassword()).isTrue();
        assertThat(access.encrypted()).isTrue();
    }

    @Test
    void aForgottenPasswordOfAFileGuardedByTheHashOnlyIsRemovedWithTheBackupPasswordOnly() {
        services.database().inTransaction(c -> {
            new vn.ptdv.persistence.AppSettingRepository().save(c, vn.ptdv.persistence.AppSettingRepository.PASSWORD_HASH,
                    AccessService.hash("quen mat roi".toCharArray()));
            return null;
        });
        assertThat(access.resetWithBackupPassword("bat ky".toCharArray())).as("no backup password set").isFalse();
        assertThat(access.hasPassword()).isTrue();
        services.backups().setBackupPassword("sao luu 2026".toCharArray());
        assertThatThrownBy(() -> access.resetWithBackupPassword("sai".toCharArray()))
                .isInstanceOf(AccessService.WrongPasswordException.class);
        assertThat(access.hasPassword()).isTrue();
        assertThat(access.resetWithBackupPassword("sao luu 2026".toCharArray())).isTrue();
        assertThat(access.hasPassword()).isFalse();
    }
}
