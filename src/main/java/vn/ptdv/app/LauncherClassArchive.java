package vn.ptdv.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.management.ObjectName;

/**
 * The class-data archive (AppCDS) of the packaged program, which Java 17 cannot make by itself.
 *
 * <p>The installed launcher's fixed options read one more options file of the program's own
 * ({@code -XX:VMOptionsFile}, named by {@code ptdv.cds.options}). As installed it asks Java to record
 * what a class archive needs ({@code -XX:+RecordDynamicDumpInfo}). When the first window closes, this
 * class has the running JVM write the archive of every class it loaded (the same command as
 * {@code jcmd VM.cds dynamic_dump}, through its management bean), puts it in place whole, and rewrites
 * the options file to map it ({@code -XX:SharedArchiveFile}): later starts, of the window and of
 * commands, map those classes instead of reading each from the jar. An archive fits one jar and one Java
 * runtime: when either is newer than the archive (the program was updated), the options file goes back
 * to recording and the next window makes a new one. Java refuses, silently, an archive that does not
 * fit, so a stale one never breaks a start.
 *
 * <p>The options file is the only thing the launcher reads that the program writes; it is rewritten
 * only as a whole (a copy starting meanwhile reads the old or the new one). A folder the program may not
 * write to (an installation for all users) leaves the program as fast as without an archive.
 */
final class LauncherClassArchive {
    private static final Logger LOG = Logger.getLogger(LauncherClassArchive.class.getName());

    static final String OPTIONS_PROPERTY = "ptdv.cds.options";
    static final String ARCHIVE_PROPERTY = "ptdv.cds.archive";
    static final String RECORDING = "-XX:+RecordDynamicDumpInfo";
    /** How Java reads the options file's bytes: as the platform encodes file names. */
    private static final java.nio.charset.Charset OPTIONS_CHARSET = optionsCharset();

    private final Path options;
    private final Path archive;
    private final Path jar;
    private final Path runtimeModules;

    LauncherClassArchive(Path options, Path archive, Path jar, Path runtimeModules) {
        this.options = options;
        this.archive = archive;
        this.jar = jar;
        this.runtimeModules = runtimeModules;
    }

    /** The archive of this JVM, when it was started by the packaged launcher; empty otherwise. */
    static Optional<LauncherClassArchive> ofThisJvm() {
        String options = System.getProperty(OPTIONS_PROPERTY);
        String archive = System.getProperty(ARCHIVE_PROPERTY);
        String classPath = System.getProperty("java.class.path", "");
        if (options == null || archive == null || classPath.isEmpty() || classPath.contains(java.io.File.pathSeparator)) {
            return Optional.empty();
        }
        return Optional.of(new LauncherClassArchive(Path.of(options), Path.of(archive), Path.of(classPath),
                Path.of(System.getProperty("java.home"), "lib", "modules")));
    }

    /**
     * The line the options file holds to map the archive. Java splits that file at white space unless a
     * value is quoted, and reads its bytes as the platform's file names are encoded: a path with a space
     * unquoted ("C:\Users\Nguyen Van A\…") would be an option Java does not know, and no start would
     * get past it.
     */
    String mappingLine() {
        return "-XX:SharedArchiveFile=\"" + archive.toAbsolutePath() + "\"";
    }

    /** Whether {@link #mappingLine} can be written so that Java reads the path back as it is. */
    boolean canBeMapped() {
        return !archive.toAbsolutePath().toString().contains("\"") && OPTIONS_CHARSET.newEncoder().canEncode(mappingLine());
    }

    /**
     * After a window has closed: writes the archive when this JVM was recording, or goes back to
     * recording when the archive no longer fits the jar or the runtime. Never fails: an archive is only
     * ever a speed-up.
     */
    void afterWindow() {
        try {
            if (isRecording()) {
                writeArchive();
            } else if (!fits()) {
                Files.deleteIfExists(archive);
                writeOptions(RECORDING);
            }
        } catch (IOException | RuntimeException | javax.management.JMException e) {
            LOG.log(Level.WARNING, "The class archive was not written", e);
        }
    }

    /** Whether the archive exists and is newer than the jar and the runtime it was made from. */
    boolean fits() throws IOException {
        if (!Files.isRegularFile(archive)) {
            return false;
        }
        FileTime made = Files.getLastModifiedTime(archive);
        return made.compareTo(Files.getLastModifiedTime(jar)) >= 0
                && (!Files.exists(runtimeModules) || made.compareTo(Files.getLastModifiedTime(runtimeModules)) >= 0);
    }

    private static boolean isRecording() {
        com.sun.management.HotSpotDiagnosticMXBean hotspot =
                ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
        return Boolean.parseBoolean(hotspot.getVMOption("RecordDynamicDumpInfo").getValue());
    }

    private static java.nio.charset.Charset optionsCharset() {
        try {
            return java.nio.charset.Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"));
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }

    private void writeArchive() throws IOException, javax.management.JMException {
        if (!canBeMapped()) {
            LOG.info(() -> "No class archive: its path cannot be written in the launcher's options: " + archive);
            return;
        }
        Path partial = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid());
        Files.deleteIfExists(partial);
        linkLoadedClasses();
        Object said = ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "vmCds",
                // The command's words are joined and split again at spaces: the path goes in quotes.
                new Object[] {new String[] {"dynamic_dump", "\"" + partial.toAbsolutePath() + "\""}},
                new String[] {String[].class.getName()});
        if (!Files.isRegularFile(partial) || Files.size(partial) == 0) {
            throw new IOException("Java wrote no class archive: " + said);
        }
        WholeFiles.move(partial, archive);
        writeOptions(mappingLine());
        LOG.info(() -> "Class archive written: " + archive);
    }

    /**
     * Java 17 writes into an archive made in a running JVM only the classes already linked ("Skipping
     * …: Not linked"): about 700 of the window's classes (picocli's, JavaFX's bindings, some of the
     * program's), which every later start then read and parsed from the jar again. Asking a class for
     * its fields links it (and nothing more: no static initialiser runs); linking loads more classes,
     * so twice over.
     */
    private static void linkLoadedClasses() throws javax.management.JMException {
        ClassLoader application = LauncherClassArchive.class.getClassLoader();
        for (int round = 0; round < 2; round++) {
            Object hierarchy = ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "vmClassHierarchy",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
            for (LoadedClass loaded : loadedClasses(String.valueOf(hierarchy))) {
                try {
                    Class.forName(loaded.name(), false, loaded.boot() ? null : application).getDeclaredFields();
                } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
                    // Not linkable here (another loader's, or it fails to verify): left out, as before.
                }
            }
        }
    }

    /** A class named in Java's class hierarchy listing, and whether the boot loader loaded it. */
    record LoadedClass(String name, boolean boot) {
    }

    /**
     * The classes of {@code jcmd VM.class_hierarchy}'s listing, one per line as {@code |--name/loader},
     * marked {@code (intf)} for interfaces; hidden classes (lambdas), whose names hold a slash
     * themselves, cannot be named and are left out.
     */
    static java.util.List<LoadedClass> loadedClasses(String hierarchy) {
        java.util.List<LoadedClass> classes = new java.util.ArrayList<>();
        for (String line : hierarchy.split("\\R")) {
            String entry = line.replaceFirst("^[|\\s-]*", "").replace(" (intf)", "").strip();
            int slash = entry.indexOf('/');
            if (slash <= 0 || slash != entry.lastIndexOf('/')) {
                continue;
            }
            classes.add(new LoadedClass(entry.substring(0, slash), entry.substring(slash + 1).equals("null")));
        }
        return classes;
    }

    void writeOptions(String line) throws IOException {
        WholeFiles.write(options, (line + System.lineSeparator()).getBytes(OPTIONS_CHARSET));
    }
}
