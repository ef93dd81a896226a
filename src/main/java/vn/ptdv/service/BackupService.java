package vn.ptdv.service;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ptdv.persistence.AppSettingRepository;
import vn.ptdv.persistence.AtomicFile;
import vn.ptdv.persistence.Database;
import vn.ptdv.persistence.DatabaseException;
import vn.ptdv.persistence.DatabaseLock;
import vn.ptdv.persistence.UnusableDatabaseException;

/**
 * Backups of the database: automatic ones in the folder {@code backups} beside it (when the program
 * closes, at most once a day, and before every migration, import and restore; the newest 30 kept),
 * manual ones wherever the committee chooses, and restoring either after checking it. When a backup
 * password is set every backup is encrypted (see {@link BackupCipher}), so a copy on a lost USB stick
 * tells nothing to whoever finds it.
 */
public final class BackupService {
    private static final Logger LOG = Logger.getLogger(BackupService.class.getName());
    public static final int KEEP = 30;
    static final String KEY_SETTING = "backup_key";
    public static final String PLAIN_EXTENSION = "sqlite";
    public static final String ENCRYPTED_EXTENSION = "ptdvbak";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** Why an automatic backup was made; the code is part of the file name. */
    public enum Reason {
        ON_CLOSE("tu-dong"), BEFORE_UPGRADE("truoc-nang-cap"), BEFORE_IMPORT("truoc-nhap"),
        BEFORE_RESTORE("truoc-khoi-phuc");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        static Optional<Reason> of(String code) {
            return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
        }
    }

    /** One file in the backups folder. */
    public record Entry(Path file, LocalDateTime time, Reason reason, long size, boolean encrypted) {
    }

    /** The backup is encrypted and no password was given. */
    public static final class PasswordNeededException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public PasswordNeededException() {
            super("This backup is protected by a password");
        }
    }

    /** A backup that cannot be restored, and why. The database was not touched. */
    public static final class BadBackupException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Path file;
        private final UnusableDatabaseException.Reason reason;

        public BadBackupException(Path file, UnusableDatabaseException.Reason reason, Throwable cause) {
            super("Cannot restore " + file + ": " + reason, cause);
            this.file = file;
            this.reason = reason;
        }

        public Path file() {
            return file;
        }

        public UnusableDatabaseException.Reason reason() {
            return reason;
        }
    }

    private final Database database;
    private final Clock clock;
    private final AppSettingRepository settings = new AppSettingRepository();

    public BackupService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public static Path folderFor(Path databaseFile) {
        return databaseFile.toAbsolutePath().resolveSibling("backups");
    }

    public Path folder() {
        return folderFor(database.file());
    }

    // ---- making backups ----

    /** An automatic backup now, into the backups folder; the oldest beyond {@link #KEEP} are removed. */
    public Path automatic(Reason reason) {
        Optional<BackupCipher.Key> key = storedKey();
        String name = stem(database.file()) + "-" + LocalDateTime.now(clock).format(STAMP) + "-" + reason.code();
        String extension = key.isPresent() ? ENCRYPTED_EXTENSION : PLAIN_EXTENSION;
        int taken = sameSecond(name);
        Path target = folder().resolve(name + (taken == 0 ? "" : "-" + (taken + 1)) + "." + extension);
        write(target, key);
        prune();
        LOG.info("Backup " + reason + " written to " + target);
        return target;
    }

    /** The highest number among backups of the same name (several in one second), 0 when none. */
    private int sameSecond(String name) {
        Pattern numbered = Pattern.compile(Pattern.quote(name) + "(?:-(\\d+))?\\.[a-z]+");
        int highest = 0;
        for (Entry e : list()) {
            Matcher m = numbered.matcher(e.file().getFileName().toString());
            if (m.matches()) {
                highest = Math.max(highest, m.group(1) == null ? 1 : Integer.parseInt(m.group(1)));
            }
        }
        return highest;
    }

    /** The backup made when the program closes: at most one a day. */
    public Optional<Path> onClose() {
        LocalDate today = LocalDate.now(clock);
        boolean doneToday = list().stream()
                .anyMatch(e -> e.reason() == Reason.ON_CLOSE && e.time().toLocalDate().equals(today));
        return doneToday ? Optional.empty() : Optional.of(automatic(Reason.ON_CLOSE));
    }

    /**
     * A manual backup into a file the committee chose. With a password it is encrypted with that
     * password; without one, with the stored backup password when there is one.
     */
    public Path backupTo(Path target, Optional<char[]> password) {
        Optional<BackupCipher.Key> key = password.filter(p -> p.length > 0).map(BackupCipher::newKey).or(this::storedKey);
        write(target, key);
        return target;
    }

    private void write(Path target, Optional<BackupCipher.Key> key) {
        // The plain copy is made beside the database, which already holds the same data in clear,
        // never beside the target (a USB stick): only the finished file goes there.
        Path temp = null;
        try {
            temp = temporaryFile(database.file());
            Files.delete(temp); // SQLite's backup creates the file itself
            database.backupTo(temp);
            Path plain = temp;
            AtomicFile.write(target, out -> {
                if (key.isPresent()) {
                    BackupCipher.encrypt(plain, key.get(), out);
                } else {
                    Files.copy(plain, out);
                }
            });
        } catch (IOException e) {
            throw new DatabaseException("Cannot write the backup " + target, e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private void prune() {
        List<Entry> all = list();
        for (Entry old : all.subList(Math.min(KEEP, all.size()), all.size())) {
            deleteQuietly(old.file());
        }
    }

    // ---- the list ----

    /** The automatic backups of this database, newest first. */
    public List<Entry> list() {
        return list(database.file());
    }

    /** The automatic backups of a database file (also one that cannot be opened), newest first. */
    public static List<Entry> list(Path databaseFile) {
        Path folder = folderFor(databaseFile);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        Pattern pattern = Pattern.compile(Pattern.quote(stem(databaseFile))
                + "-(\\d{8}-\\d{6})-([a-z-]+?)(?:-(\\d+))?\\.(" + PLAIN_EXTENSION + "|" + ENCRYPTED_EXTENSION + ")");
        List<Entry> entries = new ArrayList<>();
        List<Integer> sequence = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                Matcher m = pattern.matcher(file.getFileName().toString());
                if (!m.matches() || Reason.of(m.group(2)).isEmpty()) {
                    continue;
                }
                entries.add(new Entry(file, LocalDateTime.parse(m.group(1), STAMP), Reason.of(m.group(2)).get(),
                        Files.size(file), m.group(4).equals(ENCRYPTED_EXTENSION)));
                sequence.add(m.group(3) == null ? 1 : Integer.parseInt(m.group(3)));
            }
        } catch (IOException e) {
            throw new DatabaseException("Cannot list " + folder, e);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> entries.get(i).time()).thenComparing(sequence::get).reversed());
        return order.stream().map(entries::get).toList();
    }

    // ---- restoring ----

    /** Whether restoring the file will need its password. */
    public static boolean needsPassword(Path backup) {
        try {
            return BackupCipher.isEncrypted(backup);
        } catch (IOException e) {
            throw new DatabaseException("Cannot read " + backup, e);
        }
    }

    /**
     * Replaces the open database with the backup: the backup is checked first (password, SQLite's
     * integrity check, this program's schema, a version no newer than the program's), then the
     * current database is backed up, and only then replaced. Returns the safety backup.
     */
    public Path restore(Path backup, Optional<char[]> password) {
        Path checked = checkedCopy(backup, password, database.file());
        try {
            Path safety = automatic(Reason.BEFORE_RESTORE);
            database.restoreFrom(checked);
            return safety;
        } finally {
            deleteQuietly(checked);
        }
    }

    /**
     * Puts a backup in place of a database file that cannot be opened (damaged, another program's,
     * newer). The file is never overwritten: it is renamed beside itself first. Returns the new name
     * of the old file, or empty when there was none.
     */
    public static Optional<Path> restoreOver(Path databaseFile, Path backup, Optional<char[]> password, Clock clock) {
        Path checked = checkedCopy(backup, password, databaseFile);
        DatabaseLock lock = null;
        try {
            lock = DatabaseLock.acquire(databaseFile);
            Optional<Path> kept = Optional.empty();
            String aside = ".hong-" + LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS).format(STAMP);
            Path absolute = databaseFile.toAbsolutePath();
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Path file = absolute.resolveSibling(absolute.getFileName() + suffix);
                if (Files.exists(file)) {
                    Path moved = absolute.resolveSibling(absolute.getFileName() + aside + suffix);
                    Files.move(file, moved);
                    if (suffix.isEmpty()) {
                        kept = Optional.of(moved);
                    }
                }
            }
            Files.move(checked, absolute, StandardCopyOption.ATOMIC_MOVE);
            return kept;
        } catch (IOException e) {
            throw new DatabaseException("Cannot put the backup in place of " + databaseFile, e);
        } finally {
            if (lock != null) {
                lock.close();
            }
            deleteQuietly(checked);
        }
    }

    /** A plain, checked copy of the backup beside the database, ready to be restored. */
    private static Path checkedCopy(Path backup, Optional<char[]> password, Path databaseFile) {
        Path temp = null;
        try {
            temp = temporaryFile(databaseFile);
            if (BackupCipher.isEncrypted(backup)) {
                char[] secret = password.filter(p -> p.length > 0).orElseThrow(PasswordNeededException::new);
                BackupCipher.Key key = BackupCipher.keyFor(backup, secret);
                try (OutputStream out = Files.newOutputStream(temp)) {
                    BackupCipher.decrypt(backup, key, out);
                }
            } else {
                Files.copy(backup, temp, StandardCopyOption.REPLACE_EXISTING);
            }
            if (!startsAsSqlite(temp)) {
                throw new BadBackupException(backup, UnusableDatabaseException.Reason.FOREIGN, null);
            }
            try {
                Database.verify(temp, true);
            } catch (UnusableDatabaseException e) {
                throw new BadBackupException(backup, e.reason(), e);
            }
            Path result = temp;
            temp = null;
            return result;
        } catch (IOException e) {
            throw new DatabaseException("Cannot read the backup " + backup, e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private static boolean startsAsSqlite(Path file) throws IOException {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(16),
                    "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
    }

    // ---- the backup password ----

    public boolean hasBackupPassword() {
        return storedKey().isPresent();
    }

    /** Sets (or changes) the password of the backups made from now on. */
    public void setBackupPassword(char[] password) {
        if (password.length == 0) {
            throw new IllegalArgumentException("An empty password protects nothing");
        }
        String text = BackupCipher.toText(BackupCipher.newKey(password));
        database.inTransaction(c -> {
            settings.save(c, KEY_SETTING, text);
            return null;
        });
    }

    public void removeBackupPassword() {
        database.inTransaction(c -> {
            settings.delete(c, KEY_SETTING);
            return null;
        });
    }

    /** Whether the password is the stored backup password. */
    public boolean isBackupPassword(char[] password) {
        return storedKey().map(k -> BackupCipher.derive(password, k.salt(), k.iterations()).equals(k)).orElse(false);
    }

    private Optional<BackupCipher.Key> storedKey() {
        try {
            return database.inTransaction(c -> settings.find(c, KEY_SETTING)).map(BackupCipher::fromText);
        } catch (DatabaseException e) {
            if (e.getCause() instanceof SQLException) {
                // Before V6 (a backup ahead of the migration) there is no setting table yet.
                return Optional.empty();
            }
            throw e;
        }
    }

    // ---- files ----

    private static String stem(Path databaseFile) {
        String name = databaseFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static Path temporaryFile(Path databaseFile) throws IOException {
        return Files.createTempFile(databaseFile.toAbsolutePath().getParent(), ".ptdv-backup-", ".tmp");
    }

    /** Plain copies left by a pulled plug: removed when the database is next opened. */
    public void removeLeftovers() {
        Path folder = database.file().toAbsolutePath().getParent();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, ".ptdv-backup-*.tmp")) {
            for (Path file : files) {
                deleteQuietly(file);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot clean " + folder, e);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot delete " + file, e);
        }
    }
}
