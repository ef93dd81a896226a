package vn.ptdv.app;

import java.util.Optional;
import vn.ptdv.i18n.Messages;

/**
 * JavaFX failing to make a window at all, told in Vietnamese with what to do: on Linux, no graphical
 * session ("Unable to open DISPLAY") or no GTK 3 library ("Unable to load glass GTK library"). JavaFX
 * says both in English through a bare exception, which would otherwise reach the person as "an
 * unexpected error".
 */
final class WindowStartFailure {
    private WindowStartFailure() {
    }

    static Optional<String> describe(Throwable error, Messages messages) {
        for (Throwable e = error; e != null; e = e.getCause() == e ? null : e.getCause()) {
            String text = e.getMessage() == null ? "" : e.getMessage();
            if (text.contains("Unable to open DISPLAY")) {
                return Optional.of(messages.get("error.window.noDisplay"));
            }
            if (text.contains("glass GTK library") || text.contains("libglassgtk")) {
                return Optional.of(messages.get("error.window.noGtk"));
            }
        }
        return Optional.empty();
    }
}
