package vn.ptdv.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** The program's own per-user folder and the database in it by default, per operating system (issue 2, "Storage"). */
public final class AppPaths {
    private AppPaths() {
    }

    public static Path defaultDatabase() {
        return dataFolder().resolve("ptdv.db");
    }

    /** The per-user data folder: the default database, and what the program keeps for itself. */
    public static Path dataFolder() {
        return dataFolder(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home"));
    }

    static Path defaultDatabase(String osName, Map<String, String> env, String home) {
        return dataFolder(osName, env, home).resolve("ptdv.db");
    }

    static Path dataFolder(String osName, Map<String, String> env, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(home, "AppData", "Roaming");
            return base.resolve("PTDV");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", "PTDV");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share");
        return base.resolve("ptdv");
    }
}
