package vn.ptdv.ui.access;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.ptdv.i18n.Messages;
import vn.ptdv.service.AccessService;
import vn.ptdv.service.ErrorText;
import vn.ptdv.ui.common.DialogService;
import vn.ptdv.ui.common.TaskRunner;

/**
 * The locked screen: at start-up when an opening password is set, and after the chosen minutes
 * without use. Nothing of the data shows until the password is given.
 */
public final class LockViewModel {
    private final Messages m = Messages.current();
    private final AccessService access;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final BooleanProperty locked = new SimpleBooleanProperty(false);
    private final BooleanProperty checking = new SimpleBooleanProperty(false);
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");

    public LockViewModel(AccessService access, TaskRunner tasks, DialogService dialogs) {
        this.access = access;
        this.tasks = tasks;
        this.dialogs = dialogs;
        password.addListener((o, a, b) -> error.set(""));
    }

    public BooleanProperty lockedProperty() {
        return locked;
    }

    public BooleanProperty checkingProperty() {
        return checking;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public void lock() {
        password.set("");
        error.set("");
        locked.set(true);
    }

    /** Checks the password in the background (it is slow on purpose) and opens on the right one. */
    public void unlock() {
        if (checking.get() || password.get().isEmpty()) {
            return;
        }
        char[] typed = password.get().toCharArray();
        checking.set(true);
        tasks.run(() -> access.verify(typed), right -> {
            checking.set(false);
            if (right) {
                password.set("");
                locked.set(false);
                encryptIfHashOnly(typed);
            } else {
                password.set("");
                error.set(m.get("lock.wrong"));
            }
        }, e -> {
            checking.set(false);
            error.set(ErrorText.describe(e, m));
        });
    }

    /** A file guarded by the hash of older versions only: encrypted now that its password is known. */
    private void encryptIfHashOnly(char[] typed) {
        tasks.run(() -> access.encryptWithVerifiedPassword(typed), encrypted -> { },
                e -> dialogs.showError(m.get("error.title"), ErrorText.describe(e, m)));
    }

    /**
     * Whether a forgotten password can be removed with the backup password: only on a file guarded by
     * the hash of older versions. A file encrypted with the opening password opens with nothing else, so
     * the lock screen does not offer a way that cannot work.
     */
    public boolean canResetForgotten() {
        return !access.encrypted();
    }

    /** The way back for a forgotten password: the backup password removes it. */
    public void forgot() {
        dialogs.askPassword(m.get("lock.forgot.title"), m.get("lock.forgot.ask")).ifPresent(backupPassword ->
                tasks.run(() -> access.resetWithBackupPassword(backupPassword), reset -> {
                    if (reset) {
                        locked.set(false);
                        dialogs.showInfo(m.get("lock.forgot.title"), m.get("lock.forgot.done"));
                    } else {
                        dialogs.showInfo(m.get("lock.forgot.title"), m.get("lock.forgot.noBackupPassword"));
                    }
                }, e -> dialogs.showError(m.get("lock.forgot.title"), ErrorText.describe(e, m))));
    }
}
