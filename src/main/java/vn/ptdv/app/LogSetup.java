package vn.ptdv.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Sends java.util.logging to ptdv.log next to the database and nowhere else: technical causes and
 * stack traces belong in the log, never on the person's screen or in a command's output.
 */
public final class LogSetup {
    /** Held so the level set on it is not lost when the logger is garbage-collected. */
    private static final Logger FLYWAY = Logger.getLogger("org.flywaydb");
    /** poi-tl (the Word forms) logs every placeholder it fills at INFO. */
    private static final Logger POI_TL = Logger.getLogger("com.deepoove.poi");

    private LogSetup() {
    }

    /** The log's name, in the folder of the database. */
    public static final String FILE_NAME = "ptdv.log";

    private static Path configuredFor;

    /**
     * Closes the log file (so that it can be removed with a database that is not kept) and logs nowhere
     * from now on, until the next {@link #toFileBeside}.
     */
    public static synchronized void stop() {
        LogManager.getLogManager().reset();
        Logger.getLogger("").setLevel(Level.OFF);
        configuredFor = null;
    }

    /** No log at all: nothing may reach the console, and there is no folder to write to. */
    public static synchronized void silent() {
        if (configuredFor == null) {
            LogManager.getLogManager().reset();
            Logger.getLogger("").setLevel(Level.OFF);
        }
    }

    /** Idempotent: a second call for the same database keeps the handler it has. */
    public static synchronized void toFileBeside(Path databaseFile) {
        if (databaseFile.equals(configuredFor)) {
            return;
        }
        configuredFor = databaseFile;
        System.setProperty("java.util.logging.SimpleFormatter.format",
                "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.INFO);
        // Flyway and others are chatty at INFO; their warnings still reach the log.
        FLYWAY.setLevel(Level.WARNING);
        POI_TL.setLevel(Level.WARNING);
        try {
            Path folder = databaseFile.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            Handler file = new FileHandler(folder.resolve(FILE_NAME).toString(), 2_000_000, 1, true);
            file.setFormatter(new SimpleFormatter());
            file.setEncoding("UTF-8");
            root.addHandler(file);
        } catch (IOException | RuntimeException e) {
            // Without a log file the program still works; nothing else can report this.
            root.setLevel(Level.OFF);
        }
    }
}
