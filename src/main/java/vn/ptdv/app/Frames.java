package vn.ptdv.app;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Work that waits until what has just changed on the screen has been laid out for the next frame. */
final class Frames {
    private Frames() {
    }

    /** Runs {@code action} on the FX thread once the scene's next frame has been laid out. */
    static void afterNext(Scene scene, Runnable action) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            action.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }
}
