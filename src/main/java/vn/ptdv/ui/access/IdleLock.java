package vn.ptdv.ui.access;

import javafx.animation.PauseTransition;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Window;
import javafx.scene.input.InputEvent;
import javafx.util.Duration;

/**
 * Locks the window after the chosen minutes without a key or the mouse, when a password is set. Work in
 * a dialog counts as use; when the lock comes on, every other window of the program (a dialog, a
 * notification) is closed, so that the lock screen is all there is to see.
 */
public final class IdleLock {
    private IdleLock() {
    }

    public static void install(Scene scene, LockViewModel lock, AccessViewModel access) {
        PauseTransition idle = new PauseTransition();
        Runnable restart = () -> {
            idle.stop();
            int minutes = access.idleMinutesProperty().get();
            if (access.passwordSetProperty().get() && minutes > 0) {
                idle.setDuration(Duration.minutes(minutes));
                idle.playFromStart();
            }
        };
        idle.setOnFinished(e -> {
            if (access.passwordSetProperty().get() && !lock.lockedProperty().get()) {
                lock.lock();
            }
        });
        javafx.event.EventHandler<InputEvent> use = e -> {
            if (!lock.lockedProperty().get()) {
                restart.run();
            }
        };
        scene.addEventFilter(InputEvent.ANY, use);
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                for (Window added : change.getAddedSubList()) {
                    if (added != scene.getWindow()) {
                        added.addEventFilter(InputEvent.ANY, use);
                    }
                }
            }
        });
        access.passwordSetProperty().addListener((o, a, b) -> restart.run());
        access.idleMinutesProperty().addListener((o, a, b) -> restart.run());
        lock.lockedProperty().addListener((o, a, locked) -> {
            if (locked) {
                closeOtherWindows(scene.getWindow());
            } else {
                restart.run();
            }
        });
        restart.run();
    }

    /**
     * A dialog closed this way gives no answer, as when its window is closed: nothing it would have
     * saved is saved, nothing it would have removed is removed.
     */
    static void closeOtherWindows(Window main) {
        for (Window other : List.copyOf(Window.getWindows())) {
            if (other != main && other.isShowing()) {
                other.hide();
            }
        }
    }
}
