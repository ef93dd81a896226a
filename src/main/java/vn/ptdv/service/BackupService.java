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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ptdv.persistence.AppSettingRepository;
import vn.ptdv.persistence.AtomicFile;
import vn.ptdv.persistence.Database;
import vn.ptdv.persistence.DatabaseException;
import vn.ptdv.persistence.DatabaseKey;
import vn.ptdv.persistence.DatabaseLock;
import vn.ptdv.persistence.UnusableDatabaseException;

/**
 * Backups of the database: automatic ones in the folder {@code backups} beside it (when the program
 * closes, at most once a day, and before every migration, import and restore; the newest 30 kept),
 * manual ones wherever the committee chooses, and restoring either after checking it. When a backup
 * password is set every backup is encrypted (see {@link BackupCipher}), so a copy on a lost USB stick
 * tells nothing to whoever finds it. The backups of an encrypted database are encrypted copies of it
 * (under its opening password, or the one-off password of a manual backup): no page of them is ever
 * written in clear, and restoring one asks for the password it was made with.
 */
public final class BackupService {
    private static final Logger LOG = Logger.getLogger(BackupService.class.getName());
    public static final int KEEP = 30;
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
    /** {@code sequence}: 1, or 2, 3 … for further backups made within the same second for the same reason. */
    public record Entry(Path file, LocalDateTime time, Reason reason, int sequence, long size, boolean encrypted) {
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

    private final Runnable afterRestore;

    /** {@code afterRestore} runs once a backup has replaced the data: it writes that into the trail. */
    public BackupService(Database database, Clock clock, Runnable afterRestore) {
        this.database = database;
        this.clock = clock;
        this.afterRestore = afterRestore;
    }

    /** Backups only (ahead of a migration, before the trail can be written to). */
    public BackupService(Database database, Clock clock) {
        this(database, clock, () -> { });
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
        return pending(reason).keep();
    }

    /**
     * An automatic backup written now, for work that may not go ahead (an import of a file still being
     * checked): kept, and the oldest beyond {@link #KEEP} removed, only by {@link Pending#keep}; removed
     * by {@link Pending#discard}, so that work that does not happen costs no older backup its place.
     */
    public Pending pending(Reason reason) {
        Optional<BackupCipher.Recipient> key = storedRecipient();
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        String name = stem(database.file()) + "-" + now.format(STAMP) + "-" + reason.code();
        String extension = key.isPresent() || database.encrypted() ? ENCRYPTED_EXTENSION : PLAIN_EXTENSION;
        int taken = list().stream().filter(e -> e.time().equals(now) && e.reason() == reason)
                .mapToInt(Entry::sequence).max().orElse(0);
        Path target = folder().resolve(name + (taken == 0 ? "" : "-" + (taken + 1)) + "." + extension);
        if (key.isPresent() && !database.encrypted()) {
            write(target, key.map(BackupCipher::to));
        } else {
            writeBesideDatabase(target);
        }
        return new Pending(target, reason);
    }

    /** A backup written and not yet kept (see {@link #pending}). */
    public final class Pending {
        private final Path file;
        private final Reason reason;

        private Pending(Path file, Reason reason) {
            this.file = file;
            this.reason = reason;
        }

        public Path keep() {
            prune();
            LOG.info("Backup " + reason + " written to " + file);
            return file;
        }

        public void discard() {
            deleteQuietly(file);
        }
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
        if (database.encrypted()) {
            writeEncryptedCopy(target, password.filter(p -> p.length > 0));
            return target;
        }
        Optional<BackupCipher.Encryption> encryption = password.filter(p -> p.length > 0).map(BackupCipher::withPassword)
                .or(() -> storedRecipient().map(BackupCipher::to));
        write(target, encryption);
        return target;
    }

    /**
     * A manual backup of an encrypted database: an encrypted copy beside it, re-encrypted with the
     * one-off password when one is given, then copied to the chosen place.
     */
    private void writeEncryptedCopy(Path target, Optional<char[]> password) {
        Path temp = null;
        try {
            temp = temporaryFile(database.file());
            Files.delete(temp); // VACUUM INTO creates the file itself
            database.backupTo(temp);
            Database.useRollbackJournal(temp, database.key());
            if (password.isPresent()) {
                Database.rekeyCopy(temp, database.key(), Optional.of(DatabaseKey.fresh(password.get())));
            }
            Path copy = temp;
            AtomicFile.write(target, out -> Files.copy(copy, out));
        } catch (IOException e) {
            throw new DatabaseException("Cannot write the backup " + target, e);
        } finally {
            deleteWithSideFiles(temp);
        }
    }

    private void write(Path target, Optional<BackupCipher.Encryption> key) {
        // The plain copy is made beside the database, which already holds the same data in clear,
        // never beside the target (a USB stick): only the finished file goes there.
        Path temp = null;
        try {
            temp = temporaryFile(database.file());
            Files.delete(temp); // SQLite's backup creates the file itself
            database.backupTo(temp);
            Database.useRollbackJournal(temp, database.key());
            Path plain = temp;
            AtomicFile.write(target, out -> {
                if (key.isPresent()) {
                    key.get().encrypt(plain, out);
                } else {
                    Files.copy(plain, out);
                }
            });
        } catch (IOException e) {
            throw new DatabaseException("Cannot write the backup " + target, e);
        } finally {
            deleteWithSideFiles(temp);
        }
    }

    /**
     * A backup in clear into the backups folder, on the database's own disk: SQLite's backup writes
     * it there directly, so the whole file is written once instead of twice (a copy, then a copy of
     * the copy), which is most of the wait before an import. Not for a chosen folder, which may be a
     * USB stick or a network drive where SQLite is better not opened.
     */
    private void writeBesideDatabase(Path target) {
        try {
            AtomicFile.make(target, made -> {
                try {
                    database.backupTo(made);
                    Database.useRollbackJournal(made, database.key());
                } finally {
                    deleteSideFiles(made); // the file itself is AtomicFile's to move or remove
                }
            });
        } catch (IOException e) {
            throw new DatabaseException("Cannot write the backup " + target, e);
        }
    }

    private void prune() {
        List<Entry> all = list();
        for (Entry old : all.subList(Math.min(KEEP, all.size()), all.size())) {
            deleteQuietly(old.file());
        }
    }

    /**
     * Once the database is encrypted: the automatic backups still in clear (made before) are encrypted
     * with its key too, each through a copy beside it that replaces it by a rename, so that the backups
     * folder gives nothing away either. One that cannot be encrypted is removed rather than left in clear.
     */
    public void encryptPlainBackups() {
        Optional<DatabaseKey> key = database.key();
        if (key.isEmpty()) {
            return;
        }
        for (Entry entry : list()) {
            if (entry.encrypted() || !Files.isRegularFile(entry.file())) {
                continue;
            }
            String name = entry.file().getFileName().toString();
            Path target = entry.file().resolveSibling(name.substring(0, name.length() - PLAIN_EXTENSION.length())
                    + ENCRYPTED_EXTENSION);
            try {
                AtomicFile.make(target, made -> {
                    Files.copy(entry.file(), made);
                    Database.rekeyCopy(made, Optional.empty(), key);
                    deleteSideFiles(made);
                });
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "Cannot encrypt the backup " + name + "; it is removed", e);
            } finally {
                deleteQuietly(entry.file());
            }
        }
    }

    /**
     * After the opening password was set, changed or removed ({@code previous}: the key before): the
     * automatic backups follow the database's key, so that one password opens the file and all its
     * backups, and a password given up no longer opens any. After a removal they are plain like the file
     * (encrypted with the backup password when one is set, as new backups are). See {@link BackupsFollowKey}.
     */
    public void followDatabaseKey(Optional<DatabaseKey> previous) {
        encryptPlainBackups();
        Optional<DatabaseKey> key = database.key();
        if (previous.isEmpty() || previous.get() == key.orElse(null)) {
            return;
        }
        Optional<BackupCipher.Encryption> plain = key.isEmpty() ? storedRecipient().map(BackupCipher::to) : Optional.empty();
        new BackupsFollowKey(database.file(), previous.get(), key, plain).rewrite(list());
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
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                Matcher m = pattern.matcher(file.getFileName().toString());
                if (!m.matches() || Reason.of(m.group(2)).isEmpty()) {
                    continue;
                }
                entries.add(new Entry(file, LocalDateTime.parse(m.group(1), STAMP), Reason.of(m.group(2)).get(),
                        m.group(3) == null ? 1 : Integer.parseInt(m.group(3)), Files.size(file),
                        m.group(4).equals(ENCRYPTED_EXTENSION)));
            }
        } catch (IOException e) {
            throw new DatabaseException("Cannot list " + folder, e);
        }
        entries.sort(Comparator.comparing(Entry::time).thenComparing(Entry::sequence).reversed());
        return entries;
    }

    // ---- restoring ----

    /** Whether restoring the file will need its password. */
    public static boolean needsPassword(Path backup) {
        try {
            return BackupCipher.isEncrypted(backup) || Database.isEncrypted(backup);
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
        Checked copy = checkedCopy(backup, password, database.file());
        Path checked = copy.file();
        try {

            // The passwords are this computer's, not the backup's: an old backup must neither drop the
            // backup password (later backups would go out in clear) nor bring back a forgotten one.
            Map<String, Optional<String>> kept = database.inTransaction(c -> {
                Map<String, Optional<String>> values = new LinkedHashMap<>();
                for (String key : AppSettingRepository.KEPT_ACROSS_RESTORE) {
                    values.put(key, settings.find(c, key));
                }
                return values;
            });
            Path safety = automatic(Reason.BEFORE_RESTORE);
            database.restoreFrom(checked, copy.key());
            afterRestore.run();
            database.inTransaction(c -> {
                for (Map.Entry<String, Optional<String>> e : kept.entrySet()) {
                    if (e.getValue().isPresent()) {
                        settings.save(c, e.getKey(), e.getValue().get());
                    } else {
                        settings.delete(c, e.getKey());
                    }
                }
                return null;
            });
            return safety;
        } finally {
            deleteWithSideFiles(checked);
        }
    }

    /**
     * Puts a backup in place of a database file that cannot be opened (damaged, newer). The file is
     * never overwritten: it and its journal files are first moved, together, into a folder beside it
     * ({@code ptdv.db.giu-lai-<time>}); if a move fails, the ones already moved are put back. Returns
     * that folder, or empty when there was no file.
     */
    public static Optional<Path> restoreOver(Path databaseFile, Path backup, Optional<char[]> password, Clock clock) {
        // An encrypted backup goes in place as it is: the file then opens with the backup's password.
        Path checked = checkedCopy(backup, password, databaseFile).file();
        DatabaseLock lock = null;
        try {
            lock = DatabaseLock.acquire(databaseFile);
            Path absolute = databaseFile.toAbsolutePath();
            Path aside = absolute.resolveSibling(absolute.getFileName() + ".giu-lai-"
                    + LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS).format(STAMP));
            List<Path[]> moved = new ArrayList<>();
            try {
                for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
                    Path file = absolute.resolveSibling(absolute.getFileName() + suffix);
                    if (Files.exists(file)) {
                        Files.createDirectories(aside);
                        Path target = aside.resolve(file.getFileName());
                        Files.move(file, target);
                        moved.add(new Path[] {file, target});
                    }
                }
                Files.move(checked, absolute, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                for (Path[] pair : moved) {
                    try {
                        Files.move(pair[1], pair[0]);
                    } catch (IOException undo) {
                        e.addSuppressed(undo);
                    }
                }
                throw e;
            }
            return moved.isEmpty() ? Optional.empty() : Optional.of(aside);
        } catch (IOException e) {
            throw new DatabaseException("Cannot put the backup in place of " + databaseFile, e);
        } finally {
            if (lock != null) {
                lock.close();
            }
            deleteWithSideFiles(checked);
        }
    }

    /**
     * Checks the backup as {@link #restore} would (the password, SQLite's integrity check, this program's
     * schema and version) without restoring it, so that a wrong password or a damaged file is told before
     * the committee is asked to replace its data. Throws what {@link #restore} would.
     */
    public void check(Path backup, Optional<char[]> password) {
        deleteWithSideFiles(checkedCopy(backup, password, database.file()).file());
    }

    /** A checked copy of a backup, and the key it is encrypted with (empty: plain). */
    private record Checked(Path file, Optional<DatabaseKey> key) {
    }

    /**
     * A checked copy of the backup beside the database, ready to be restored: plain, or (the backup of
     * an encrypted database) still encrypted, never written in clear.
     */
    private static Checked checkedCopy(Path backup, Optional<char[]> password, Path databaseFile) {
        Path temp = null;
        try {
            temp = temporaryFile(databaseFile);
            if (BackupCipher.isEncrypted(backup)) {
                char[] secret = password.filter(p -> p.length > 0).orElseThrow(PasswordNeededException::new);
                try (OutputStream out = Files.newOutputStream(temp)) {
                    BackupCipher.decrypt(backup, secret, out);
                }
            } else {
                Files.copy(backup, temp, StandardCopyOption.REPLACE_EXISTING);
            }
            Optional<DatabaseKey> key = Optional.empty();
            if (Database.isEncrypted(temp)) {
                char[] secret = password.filter(p -> p.length > 0).orElseThrow(PasswordNeededException::new);
                if (!Database.opensWith(temp, secret)) {
                    throw new BackupCipher.WrongPasswordException(null);
                }
                key = Optional.of(DatabaseKey.of(temp, secret));
            } else if (!startsAsSqlite(temp)) {
                throw new BadBackupException(backup, UnusableDatabaseException.Reason.FOREIGN, null);
            }
            try {
                Database.useRollbackJournal(temp, key);
                Database.verify(temp, key, true);
            } catch (UnusableDatabaseException e) {
                throw new BadBackupException(backup, e.reason(), e);
            }
            Checked result = new Checked(temp, key);
            temp = null;
            return result;
        } catch (java.nio.file.NoSuchFileException | java.nio.file.AccessDeniedException e) {
            throw new BadBackupException(backup, UnusableDatabaseException.Reason.UNREADABLE, e);
        } catch (IOException e) {
            throw new DatabaseException("Cannot read the backup " + backup, e);
        } finally {
            deleteWithSideFiles(temp);
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
        return storedRecipient().isPresent();
    }

    /**
     * Whether the database is encrypted with the opening password: its backups are then encrypted with
     * that key when there is no backup password.
     */
    public boolean databaseEncrypted() {
        return database.encrypted();
    }

    /** Sets (or changes) the password of the backups made from now on. */
    public void setBackupPassword(char[] password) {
        if (password.length == 0) {
            throw new IllegalArgumentException("An empty password protects nothing");
        }
        String text = BackupCipher.newRecipient(password).toText();
        database.inTransaction(c -> {
            settings.save(c, AppSettingRepository.BACKUP_KEY, text);
            return null;
        });
    }

    public void removeBackupPassword() {
        database.inTransaction(c -> {
            settings.delete(c, AppSettingRepository.BACKUP_KEY);
            return null;
        });
    }

    /** Whether the password is the stored backup password. */
    public boolean isBackupPassword(char[] password) {
        return storedRecipient().map(r -> r.opensWith(password)).orElse(false);
    }

    private Optional<BackupCipher.Recipient> storedRecipient() {
        try {
            return database.inTransaction(c -> settings.find(c, AppSettingRepository.BACKUP_KEY))
                    .map(BackupCipher.Recipient::fromText);
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

    static Path temporaryFile(Path databaseFile) throws IOException {
        return Files.createTempFile(databaseFile.toAbsolutePath().getParent(), ".ptdv-backup-", ".tmp");
    }

    /** Plain copies left by a pulled plug: removed when the database is next opened. */
    public void removeLeftovers() {
        Path folder = database.file().toAbsolutePath().getParent();
        clean(folder, ".ptdv-backup-", ".tmp");
        clean(folder(), ".ptdv-", ".part"); // with the journal of a backup SQLite was writing
    }

    /**
     * Removes the files of {@code folder} whose name begins with {@code prefix} and has {@code marker}
     * after it. Compared by hand, not with a glob: the glob's pattern is a regular expression made at
     * every opening of the database, a hundredth of a second of the window's start.
     */
    private static void clean(Path folder, String prefix, String marker) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        DirectoryStream.Filter<Path> left = file -> {
            String name = file.getFileName().toString();
            return name.startsWith(prefix) && name.indexOf(marker, prefix.length()) >= 0;
        };
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, left)) {
            for (Path file : files) {
                deleteQuietly(file);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot clean " + folder, e);
        }
    }

    /** SQLite leaves its journal files beside a copy it opened: they go with it. */
    static void deleteWithSideFiles(Path file) {
        if (file == null) {
            return;
        }
        deleteQuietly(file);
        deleteSideFiles(file);
    }

    static void deleteSideFiles(Path file) {
        for (String suffix : new String[] {"-wal", "-shm", "-journal"}) {
            deleteQuietly(file.resolveSibling(file.getFileName() + suffix));
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
