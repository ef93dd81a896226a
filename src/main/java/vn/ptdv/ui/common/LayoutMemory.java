package vn.ptdv.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * How the person left a screen's layout (columns shown, their widths, where a divider is), kept for the
 * next run in a small file in the program's own folder for this user: a layout belongs to the person at
 * this PC, not to the cell's data, so it is not in the database and not in its backups.
 *
 * <p>Not in {@link java.util.prefs.Preferences} any more (December 2026): on Linux their store is an XML
 * file whose parser and writer, some 200 classes, took about 25 ms of the start-up's CPU, on a two-core
 * PC as much as the window waited for. A properties file is read in well under a millisecond.
 *
 * <p>The file is read once, when a screen first asks for its layout; changes are kept in memory (a
 * divider being dragged changes many times a second) and written, whole, by {@link #save()} as the
 * program ends, however it ends (the window's launcher saves it in a shutdown hook). No file is set (some tests): the
 * layout lasts as long as the program runs. The first start after the update finds no file and takes
 * the layout the person had left in the preferences, once.
 */
public final class LayoutMemory {
    private static final Logger LOG = Logger.getLogger(LayoutMemory.class.getName());
    /** Set by the build's tests, so that the windows they open leave the developer's own layout alone. */
    public static final String FILE_PROPERTY = "ptdv.layout.file";
    /** Where the layout was kept until December 2026, under the user's preferences. */
    private static final String FORMER_ROOT = "vn/ptdv/layout";
    private static final Object LOCK = new Object();
    private static Path file;
    private static String formerRoot;
    private static Properties kept;
    private static boolean changed;

    private final String screen;

    private LayoutMemory(String screen) {
        this.screen = screen;
    }

    /** Where the layouts are kept, unless the tests' property names another file. */
    public static void keepIn(Path layoutFile) {
        keepIn(layoutFile, FORMER_ROOT);
    }

    /** {@code former}: the preferences node the layout is taken from when the file is not there yet. */
    static void keepIn(Path layoutFile, String former) {
        synchronized (LOCK) {
            file = layoutFile;
            formerRoot = former;
            kept = null;
            changed = false;
        }
    }

    /** The file the layouts are read from and written to, if any. */
    public static Optional<Path> file() {
        String property = System.getProperty(FILE_PROPERTY);
        synchronized (LOCK) {
            return property != null && !property.isBlank() ? Optional.of(Path.of(property)) : Optional.ofNullable(file);
        }
    }

    /** The layout of one screen. */
    public static LayoutMemory forUser(String screen) {
        return new LayoutMemory(screen);
    }

    public Optional<String> get(String key) {
        synchronized (LOCK) {
            return Optional.ofNullable(kept().getProperty(screen + "." + key));
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
        synchronized (LOCK) {
            Object before = kept().setProperty(screen + "." + key, value);
            changed |= !value.equals(before);
        }
    }

    /** Forgets the screen's whole layout: it opens as it does the first time. */
    public void forget() {
        synchronized (LOCK) {
            changed |= kept().keySet().removeIf(k -> k.toString().startsWith(screen + "."));
        }
    }

    /**
     * Writes the layouts to their file if anything changed, whole (beside it first, then moved over it):
     * a start meanwhile reads the old layout or the new one, never half of one. Called off the FX thread
     * as the program ends; a layout that cannot be written is only lost, and the log says why.
     */
    public static void save() {
        Optional<Path> target = file();
        synchronized (LOCK) {
            if (!changed || target.isEmpty()) {
                return;
            }
            Path to = target.get();
            Path partial = to.resolveSibling(to.getFileName() + ".part");
            try {
                if (to.getParent() != null) {
                    Files.createDirectories(to.getParent());
                }
                try (FileChannel out = FileChannel.open(partial, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING)) {
                    kept.store(Channels.newOutputStream(out), "PTDV: how the screens were left");
                    out.force(true); // on the disk before it replaces the old one: a power cut leaves either
                }
                Files.move(partial, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                changed = false;
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "The screens' layout could not be kept in " + to, e);
            }
        }
    }

    /** The layouts, read from their file the first time (under the lock). */
    private static Properties kept() {
        if (kept == null) {
            kept = new Properties();
            Optional<Path> from = file();
            if (from.isPresent() && Files.exists(from.get())) {
                read(from.get());
            } else if (from.isPresent() && formerRoot != null && System.getProperty(FILE_PROPERTY) == null) {
                carryOver(formerRoot);
            }
        }
        return kept;
    }

    /** The layout the person left in the preferences before the file: each screen's node, key by key. */
    private static void carryOver(String root) {
        try {
            java.util.prefs.Preferences user = java.util.prefs.Preferences.userRoot();
            if (!user.nodeExists(root)) {
                return;
            }
            java.util.prefs.Preferences former = user.node(root);
            for (String screen : former.childrenNames()) {
                java.util.prefs.Preferences node = former.node(screen);
                for (String key : node.keys()) {
                    String value = node.get(key, null);
                    if (value != null) {
                        kept.setProperty(screen + "." + key, value);
                    }
                }
            }
            changed = !kept.isEmpty(); // written to the file when the window closes, and read from it after
        } catch (java.util.prefs.BackingStoreException | RuntimeException e) {
            LOG.log(Level.FINE, "The former layout could not be read", e);
        }
    }

    private static void read(Path from) {
        try (InputStream in = Files.newInputStream(from)) {
            kept.load(in);
        } catch (NoSuchFileException e) {
            // The first start: every screen as it is made.
        } catch (IOException | RuntimeException e) {
            // A damaged file costs the person their layout, never the start.
            kept.clear();
            LOG.log(Level.WARNING, "The screens' layout could not be read from " + from, e);
        }
    }
}
