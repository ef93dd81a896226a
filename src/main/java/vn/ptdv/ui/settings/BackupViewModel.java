package vn.ptdv.ui.settings;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.ptdv.i18n.Messages;
import vn.ptdv.service.BackupService;
import vn.ptdv.service.ErrorText;
import vn.ptdv.ui.common.DialogService;
import vn.ptdv.ui.common.TaskRunner;

/**
 * Settings → backups: back up now (to a USB stick, for instance), restore a backup after checking it,
 * see the automatic backups, and set the password that encrypts every backup.
 */
public final class BackupViewModel {
    /** A backup password shorter than this is too easy to guess from a lost USB stick. */
    public static final int MINIMUM_PASSWORD = 8;

    private final Messages m = Messages.current();
    private final BackupService backups;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Clock clock;
    private final Runnable onRestored;
    private final ObservableList<BackupService.Entry> entries = FXCollections.observableArrayList();
    private final BooleanProperty hasPassword = new SimpleBooleanProperty();
    /** Whether the database is encrypted with the opening password, which then encrypts its backups too. */
    private final BooleanProperty databaseEncrypted = new SimpleBooleanProperty();
    /** Whether backups are encrypted at all: by the backup password or by the opening password's key. */
    private final javafx.beans.binding.BooleanBinding encrypted = databaseEncrypted.or(hasPassword);
    private final StringProperty status = new SimpleStringProperty("");

    public BackupViewModel(BackupService backups, TaskRunner tasks, DialogService dialogs, Clock clock,
                           Runnable onRestored) {
        this.backups = backups;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.clock = clock;
        this.onRestored = onRestored;
    }

    public ObservableList<BackupService.Entry> entries() {
        return entries;
    }

    public BooleanProperty hasPasswordProperty() {
        return hasPassword;
    }

    public javafx.beans.binding.BooleanExpression encryptedProperty() {
        return encrypted;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public String folder() {
        return backups.folder().toString();
    }

    private record State(List<BackupService.Entry> entries, boolean hasPassword, boolean databaseEncrypted) {
    }

    public void load() {
        tasks.run(() -> new State(backups.list(), backups.hasBackupPassword(), backups.databaseEncrypted()), state -> {
            entries.setAll(state.entries());
            hasPassword.set(state.hasPassword());
            databaseEncrypted.set(state.databaseEncrypted());
        }, this::fail);
    }

    /** Backs up into a file the person chooses; warns first when it would not be encrypted. */
    public void backupNow() {
        // A file encrypted with the opening password is backed up encrypted with it: nothing to warn of.
        if (!encrypted.get() && !dialogs.confirm(m.get("backup.title"), m.get("backup.noPassword.warning"),
                m.get("backup.noPassword.confirm"))) {
            return;
        }
        String extension = encrypted.get() ? BackupService.ENCRYPTED_EXTENSION : BackupService.PLAIN_EXTENSION;
        Optional<Path> target = dialogs.chooseSaveFile("ptdv-sao-luu-" + LocalDate.now(clock) + "." + extension,
                extension, m.get("backup.filter"));
        target.ifPresent(file -> tasks.run(() -> backups.backupTo(file, Optional.empty()), written -> {
            status.set(m.get("backup.done", written.toAbsolutePath()));
            load();
        }, this::fail));
    }

    /** Restores a backup file the person picks (from a USB stick, for instance). */
    public void restoreFromFile() {
        dialogs.chooseOpenFile(BackupService.ENCRYPTED_EXTENSION + "," + BackupService.PLAIN_EXTENSION,
                m.get("backup.filter")).ifPresent(this::restore);
    }

    /** Restores one of the automatic backups. */
    public void restore(BackupService.Entry entry) {
        restore(entry.file());
    }

    private void restore(Path file) {
        tasks.run(() -> BackupService.needsPassword(file), needsPassword -> {
            Optional<char[]> password = Optional.empty();
            if (needsPassword) {
                password = dialogs.askPassword(m.get("backup.restore.title"), m.get("backup.restore.password", file));
                if (password.isEmpty()) {
                    return;
                }
            }
            Optional<char[]> secret = password;
            // The password and the file are checked before the question: a wrong password was told only
            // after the committee had agreed to replace its data.
            tasks.run(() -> {
                backups.check(file, secret);
                return Boolean.TRUE;
            }, checked -> confirmAndRestore(file, secret), this::fail);
        }, this::fail);
    }

    /** The backup checked: asks before the data is replaced, then restores it. */
    private void confirmAndRestore(Path file, Optional<char[]> password) {
        if (!dialogs.confirm(m.get("backup.restore.title"), m.get("backup.restore.confirm", file),
                m.get("backup.restore.button"))) {
            return;
        }
        tasks.run(() -> backups.restore(file, password), safety -> {
            status.set(m.get("backup.restore.done", file, safety));
            dialogs.showInfo(m.get("backup.restore.title"), m.get("backup.restore.done", file, safety));
            load();
            onRestored.run();
        }, this::fail);
    }

    /** Sets the backup password, or changes it after the old one is given. */
    public void setPassword() {
        if (hasPassword.get()) {
            Optional<char[]> old = dialogs.askPassword(m.get("backup.password.title"), m.get("backup.password.old"));
            if (old.isEmpty()) {
                return;
            }
            tasks.run(() -> backups.isBackupPassword(old.get()), right -> {
                if (right) {
                    askNew();
                } else {
                    dialogs.showError(m.get("backup.password.title"), m.get("backup.password.wrong"));
                }
            }, this::fail);
        } else {
            askNew();
        }
    }

    private void askNew() {
        dialogs.askNewPassword(m.get("backup.password.title"), m.get("backup.password.explain"), MINIMUM_PASSWORD)
                .ifPresent(password -> tasks.run(() -> {
                    backups.setBackupPassword(password);
                    return true;
                }, done -> {
                    hasPassword.set(true);
                    status.set(m.get("backup.password.set"));
                }, this::fail));
    }

    /** Removes the backup password after the old one is given: later backups are then not encrypted. */
    public void removePassword() {
        Optional<char[]> old = dialogs.askPassword(m.get("backup.password.title"), m.get("backup.password.removeAsk"));
        if (old.isEmpty()) {
            return;
        }
        tasks.run(() -> {
            if (!backups.isBackupPassword(old.get())) {
                return false;
            }
            backups.removeBackupPassword();
            return true;
        }, removed -> {
            if (removed) {
                hasPassword.set(false);
                status.set(m.get("backup.password.removed"));
            } else {
                dialogs.showError(m.get("backup.password.title"), m.get("backup.password.wrong"));
            }
        }, this::fail);
    }

    private void fail(Throwable e) {
        dialogs.showError(m.get("error.title"), ErrorText.describe(e, m));
    }
}
