package vn.ptdv.app;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

/**
 * sqlite-jdbc copies its native library into the temp folder at every start, under a new name each
 * time, and deletes the copy when the program ends; a killed program (and Windows, which will not
 * delete a loaded DLL) leaves it there, and the copies pile up. Instead the library is put once into
 * the program's own data folder, in a sub-folder named by the driver's version and the platform, and
 * the driver is pointed at it (org.sqlite.lib.path and lib.name; org.sqlite.tmpdir for its clean-up
 * and its fallback) before it loads. Later starts check it with a stat. Whatever goes wrong here, the
 * driver is left to its own way, which works: the program never fails to start because of this.
 */
final class SqliteNativeLibrary {
    static final String LIB_PATH = "org.sqlite.lib.path";
    static final String LIB_NAME = "org.sqlite.lib.name";
    static final String TMPDIR = "org.sqlite.tmpdir";
    /** Beside the library: the jar entry it was copied from, so that later starts need not work it out. */
    private static final String SOURCE = "source.txt";
    /** SQLiteJDBCLoader's names (the fork of the driver has no LibraryLoaderUtil that says them). */
    private static final String NATIVE_LIB_BASE_NAME = "sqlitejdbc";
    private static final String NATIVE_FOLDER = "org/sqlite/native/";
    private static final String DRIVER_DATA = "META-INF/maven/io.github.willena/sqlite-jdbc/pom.properties";
    /** Copies left by killed runs are this old at least; a younger one may be another program's, still loading. */
    private static final Duration LEFT_BEHIND = Duration.ofHours(1);

    private SqliteNativeLibrary() {
    }

    /** Before anything opens a database: points the driver at the library in the per-user data folder. */
    static void prepare() {
        prepare(AppPaths.dataFolder());
    }

    /** The folder the driver now loads the library from; empty when the driver keeps its own way. */
    static Optional<Path> prepare(Path dataFolder) {
        if (System.getProperty(LIB_PATH) != null || System.getProperty(TMPDIR) != null) {
            return Optional.empty(); // the person running the program chose: that wins
        }
        try {
            String name = libraryName();
            Optional<String> version = driverVersion();
            if (version.isEmpty()) {
                return Optional.empty();
            }
            Path folder = dataFolder.resolve("native").resolve("sqlite-" + version.get() + "-"
                    + safe(System.getProperty("os.name")) + "-" + safe(System.getProperty("os.arch")));
            Path library = folder.resolve(name);
            if (!installed(folder, library)) {
                // Which of the jar's libraries fits this computer: the driver's own answer (it takes
                // tens of milliseconds, so only here, not at every start).
                String entry = resourceFolder() + "/" + name;
                URL resource = SQLiteJDBCLoader.class.getClassLoader().getResource(entry);
                if (resource == null) {
                    return Optional.empty(); // no library for this platform in the jar: the driver says so itself
                }
                install(resource, folder, library);
                WholeFiles.write(folder.resolve(SOURCE), entry.getBytes(StandardCharsets.UTF_8));
                removeLeftovers(folder, library);
            }
            System.setProperty(LIB_PATH, folder.toString());
            System.setProperty(LIB_NAME, name);
            // The driver lists this folder at every start to clean up its temporary copies, and would
            // extract there if the library would not load: this small folder, not the user's temp.
            System.setProperty(TMPDIR, folder.toString());
            return Optional.of(folder);
        } catch (IOException | RuntimeException | LinkageError e) {
            return Optional.empty();
        }
    }

    /** The library's file name as SQLiteJDBCLoader looks for it (macOS: .jnilib in the jar). */
    static String libraryName() {
        String name = System.mapLibraryName(NATIVE_LIB_BASE_NAME);
        return name.endsWith(".dylib") ? name.substring(0, name.length() - ".dylib".length()) + ".jnilib" : name;
    }

    /** The jar folder of this computer's library, as SQLiteJDBCLoader works it out (OSInfo runs commands: slow). */
    static String resourceFolder() {
        return NATIVE_FOLDER + OSInfo.getNativeLibFolderPathForCurrentOS();
    }

    /**
     * The driver's version, from its jar's Maven data as SQLiteJDBCLoader.getVersion() reads it, but
     * without starting that class: it sets up the driver's logging, which says on stderr that it found
     * no SLF4J where the class path holds SLF4J's interface only.
     */
    private static Optional<String> driverVersion() throws IOException {
        URL data = SQLiteJDBCLoader.class.getClassLoader().getResource(DRIVER_DATA);
        if (data == null) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (InputStream in = data.openStream()) {
            properties.load(in);
        }
        String version = keep(properties.getProperty("version", ""), "0123456789.");
        return version.isEmpty() ? Optional.empty() : Optional.of(version);
    }

    /** The library is in place and as large as the jar entry it was copied from (named in SOURCE). */
    private static boolean installed(Path folder, Path library) throws IOException {
        Path source = folder.resolve(SOURCE);
        if (!Files.isRegularFile(library) || !Files.isRegularFile(source)) {
            return false;
        }
        // No lambdas, regular expressions or charset decoders on this path: each costs milliseconds at a start.
        URL resource = SQLiteJDBCLoader.class.getClassLoader()
                .getResource(new String(Files.readAllBytes(source), StandardCharsets.US_ASCII).trim());
        return resource != null && Files.size(library) == sizeOf(resource);
    }

    /** A system property as part of a folder name: letters, digits, dots and underscores. */
    private static String safe(String property) {
        String text = property == null ? "" : property;
        StringBuilder name = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            name.append(c < 128 && (Character.isLetterOrDigit(c) || c == '.') ? c : '_');
        }
        return name.toString();
    }

    /** Only the characters of {@code text} that are in {@code allowed}. */
    private static String keep(String text, String allowed) {
        StringBuilder kept = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (allowed.indexOf(c) >= 0) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    private static long sizeOf(URL resource) throws IOException {
        URLConnection connection = resource.openConnection();
        long size = connection.getContentLengthLong(); // from the jar's directory: nothing is unpacked
        if (size <= 0) {
            throw new IOException("No size for " + resource);
        }
        return size;
    }

    /**
     * Written under a temporary name and moved into place in one step, so that a second copy of the
     * program starting at the same moment finds either no library or a whole one.
     */
    private static void install(URL resource, Path folder, Path library) throws IOException {
        long size = sizeOf(resource);
        Files.createDirectories(folder);
        Path part = Files.createTempFile(folder, library.getFileName().toString() + "-", ".part");
        try {
            try (InputStream in = resource.openStream()) {
                Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
            }
            if (Files.size(part) != size) {
                throw new IOException("Short copy of " + resource);
            }
            part.toFile().setExecutable(true, true);
            try {
                WholeFiles.move(part, library);
            } catch (IOException e) {
                // On Windows a library another copy has loaded cannot be replaced: that copy put a whole one there.
                if (!(Files.isRegularFile(library) && Files.size(library) == size)) {
                    throw e;
                }
            }
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /**
     * Once, when the library is first put in place: what earlier runs left behind, here (other driver
     * versions, copies cut short) and in the temp folder (the driver's own copies from killed runs).
     */
    private static void removeLeftovers(Path folder, Path library) {
        Instant old = Instant.now().minus(LEFT_BEHIND);
        // Other versions for this platform only: a roaming profile may hold another computer's library.
        String platform = folder.getFileName().toString().replaceFirst("^sqlite-[0-9.]*", "");
        try (DirectoryStream<Path> versions = Files.newDirectoryStream(folder.getParent(), "sqlite-*" + platform)) {
            for (Path other : versions) {
                // A folder made within the hour may be another version of the program starting right now
                // (the jar beside the installed program): taking it away would leave that one without its library.
                if (!other.equals(folder) && olderThan(other, old)) {
                    deleteFolder(other);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Left for another day: nothing depends on it.
        }
        deleteOlder(folder, "*.part", old);
        String name = library.getFileName().toString();
        Path temp = Path.of(System.getProperty("java.io.tmpdir"));
        // The driver names its copies sqlite-VERSION-UUID-NAME, with NAME.lck beside each.
        try (DirectoryStream<Path> copies = Files.newDirectoryStream(temp, "sqlite-*-" + name)) {
            for (Path copy : copies) {
                if (olderThan(copy, old) && Files.deleteIfExists(copy)) {
                    Files.deleteIfExists(copy.resolveSibling(copy.getFileName() + ".lck"));
                }
            }
        } catch (IOException | RuntimeException e) {
            // A copy still loaded (Windows) stays until a later clean-up by the driver.
        }
    }

    private static void deleteOlder(Path folder, String glob, Instant old) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, glob)) {
            for (Path file : files) {
                if (olderThan(file, old)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Left for another day.
        }
    }

    private static boolean olderThan(Path file, Instant old) throws IOException {
        FileTime modified = Files.getLastModifiedTime(file);
        return modified.toInstant().isBefore(old);
    }

    private static void deleteFolder(Path folder) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
        }
        Files.deleteIfExists(folder);
    }
}
