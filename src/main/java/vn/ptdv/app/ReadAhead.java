package vn.ptdv.app;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads, on a thread of its own while JavaFX starts, what the FX thread would otherwise read as it
 * builds the first screen: the screens' kept layout (a file, which the FX thread does not read), the
 * program's texts (a properties file of some 100 KB: about 10 ms of the FX thread when it was read
 * there), and the tables Java's {@link java.text.Bidi} loads the first time JavaFX lays out a text with
 * Vietnamese marks (about 5 ms). Each is kept for the JVM, so the FX thread then finds them read; one
 * still being read makes it wait, never read twice.
 */
final class ReadAhead {
    private static final Logger LOG = Logger.getLogger(ReadAhead.class.getName());

    private ReadAhead() {
    }

    static void begin(String firstScreen) {
        Thread thread = new Thread(() -> {
            try {
                vn.ptdv.ui.common.LayoutMemory.forUser(firstScreen).get("divider");
                vn.ptdv.i18n.Messages.current();
                new java.text.Bidi("Nguyễn", java.text.Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
            } catch (RuntimeException e) {
                // The FX thread meets the same failure where it reads the same, and handles it there.
                LOG.log(Level.FINE, "Could not read ahead", e);
            } catch (Error e) {
                // The texts' class failing to start: the FX thread would see only that it could not.
                LOG.log(Level.SEVERE, "Could not read ahead", e);
                throw e;
            }
        }, "ptdv-read-ahead");
        thread.setDaemon(true);
        thread.start();
    }
}
