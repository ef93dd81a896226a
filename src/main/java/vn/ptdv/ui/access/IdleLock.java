package vn.ptdv.ui.access;

import javafx.animation.PauseTransition;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;
import javafx.util.Duration;

/** Locks the window after the chosen minutes without a key or the mouse, when a password is set. */
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
        scene.addEventFilter(InputEvent.ANY, e -> {
            if (!lock.lockedProperty().get()) {
                restart.run();
            }
        });
        access.passwordSetProperty().addListener((o, a, b) -> restart.run());
        access.idleMinutesProperty().addListener((o, a, b) -> restart.run());
        lock.lockedProperty().addListener((o, a, locked) -> {
            if (!locked) {
                restart.run();
            }
        });
        restart.run();
    }
}
