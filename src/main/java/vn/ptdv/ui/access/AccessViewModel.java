package vn.ptdv.ui.access;

import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.ptdv.i18n.Messages;
import vn.ptdv.service.AccessService;
import vn.ptdv.service.ErrorText;
import vn.ptdv.ui.common.DialogService;
import vn.ptdv.ui.common.TaskRunner;

/** Settings → Bảo mật: the opening password (set, changed with the old one, removed) and the idle lock. */
public final class AccessViewModel {
    /** The choices offered for the idle lock, in minutes; 0 never locks. */
    public static final int[] IDLE_CHOICES = {0, 5, 10, 15, 30, 60};

    private final Messages m = Messages.current();
    private final AccessService access;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final BooleanProperty passwordSet = new SimpleBooleanProperty();
    private final IntegerProperty idleMinutes = new SimpleIntegerProperty(AccessService.DEFAULT_IDLE_MINUTES);
    private final StringProperty status = new SimpleStringProperty("");

    public AccessViewModel(AccessService access, TaskRunner tasks, DialogService dialogs) {
        this.access = access;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    public BooleanProperty passwordSetProperty() {
        return passwordSet;
    }

    /** Minutes without use before the lock; read by the window's idle timer. */
    public IntegerProperty idleMinutesProperty() {
        return idleMinutes;
    }

    public StringProperty statusProperty() {
        return status;
    }

    private record State(boolean passwordSet, int idleMinutes) {
    }

    public void load() {
        tasks.run(() -> new State(access.hasPassword(), access.idleMinutes()), state -> {
            passwordSet.set(state.passwordSet());
            idleMinutes.set(state.idleMinutes());
        }, this::fail);
    }

    /** Sets the password, or changes it after the current one is given. */
    public void setPassword() {
        Optional<char[]> current = Optional.empty();
        if (passwordSet.get()) {
            current = dialogs.askPassword(m.get("access.password.title"), m.get("access.password.current"));
            if (current.isEmpty()) {
                return;
            }
        }
        Optional<char[]> old = current;
        dialogs.askNewPassword(m.get("access.password.title"), m.get("access.password.explain"),
                AccessService.MINIMUM_PASSWORD).ifPresent(password -> {
                    status.set(m.get("access.password.encrypting"));
                    tasks.run(() -> {
                        access.setPassword(old, password);
                        return true;
                    }, done -> {
                        passwordSet.set(true);
                        status.set(m.get("access.password.set"));
                    }, this::fail);
                });
    }

    public void removePassword() {
        dialogs.askPassword(m.get("access.password.title"), m.get("access.password.removeAsk"))
                .ifPresent(current -> tasks.run(() -> {
                    access.removePassword(current);
                    return true;
                }, done -> {
                    passwordSet.set(false);
                    status.set(m.get("access.password.removed"));
                }, this::fail));
    }

    public void chooseIdleMinutes(int minutes) {
        if (minutes == idleMinutes.get()) {
            return;
        }
        tasks.run(() -> {
            access.setIdleMinutes(minutes);
            return minutes;
        }, saved -> {
            idleMinutes.set(saved);
            status.set(saved == 0 ? m.get("access.idle.savedNever") : m.get("access.idle.saved", saved));
        }, this::fail);
    }

    private void fail(Throwable e) {
        status.set("");
        dialogs.showError(m.get("error.title"), ErrorText.describe(e, m));
    }
}
