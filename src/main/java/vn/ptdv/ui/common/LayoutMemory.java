package vn.ptdv.ui.common;

import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.prefs.Preferences;

/**
 * How the person left a screen's layout (columns shown, their widths, where a divider is), kept for the
 * next run in the user's preferences (the registry on Windows): a layout belongs to the person at this PC,
 * not to the cell's data, so it is not in the database and not in its backups.
 */
public final class LayoutMemory {
    private static final Logger LOG = Logger.getLogger(LayoutMemory.class.getName());
    private final Preferences node;

    public LayoutMemory(Preferences node) {
        this.node = node;
    }

    /**
     * Where the screens' layouts are kept under the user's preferences; the build's tests set
     * {@code ptdv.layout.root} to a node of their own, so that running them leaves the developer's own
     * layout alone.
     */
    public static String root() {
        return System.getProperty("ptdv.layout.root", "vn/ptdv/layout");
    }

    /** The program's own node for a screen. */
    public static LayoutMemory forUser(String screen) {
        return new LayoutMemory(Preferences.userRoot().node(root() + "/" + screen));
    }

    /**
     * Reads the screen's kept layout on a thread of its own, while JavaFX starts: the first read of the
     * user's preferences parses their XML file (the registry on Windows), some 60–90 ms on the FX thread
     * as the first screen was built. Preferences are cached for the JVM, so the screen then finds them
     * read.
     */
    public static void readAhead(String screen) {
        Thread thread = new Thread(() -> {
            try {
                forUser(screen).get("divider");
            } catch (RuntimeException e) {
                // The screen meets the same failure when it reads its layout, and goes with the defaults.
                LOG.log(Level.FINE, "The layout could not be read ahead", e);
            }
        }, "ptdv-layout");
        thread.setDaemon(true);
        thread.start();
    }

    public Optional<String> get(String key) {
        try {
            return Optional.ofNullable(node.get(key, null));
        } catch (IllegalStateException e) {
            return Optional.empty();
        }
    }

    public Optional<Double> number(String key) {
        return get(key).flatMap(text -> {
            try {
                return Optional.of(Double.parseDouble(text));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    public void put(String key, String value) {
        try {
            node.put(key, value);
        } catch (IllegalStateException e) {
            LOG.log(Level.FINE, "Layout not kept", e);
        }
    }
}
