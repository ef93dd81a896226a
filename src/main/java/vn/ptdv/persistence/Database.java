package vn.ptdv.persistence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteDataSource;

/**
 * The one SQLite file. Opening it locks it against a second copy of the program, checks that it is
 * sound and this program's own, backs it up before a migration and migrates it; every unit of work
 * gets its own connection with foreign keys enforced and runs in one transaction, so a failed save
 * leaves the file as it was. A file with an opening password is encrypted as a whole (see
 * {@link DatabaseKey}); it is told apart from a plain one by its head, before anything opens it.
 */
public final class Database implements AutoCloseable {
    /** The newest migration this program has (V1…V9): a file of a higher version is refused. */
    public static final int SCHEMA_VERSION = 10;

    /** Every SQLite file starts with this header; anything else is some other document. */
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    /** Runs before an existing database of an older version is migrated: the place for a backup. */
    @FunctionalInterface
    public interface BeforeMigration {
        BeforeMigration NONE = (database, fromVersion) -> { };

        void run(Database database, int fromVersion);
    }

    private final Path file;
    private final DatabaseLock lock;
    /** The key the file is encrypted with; empty for a plain file. Changes only under the gate's write lock. */
    private volatile Optional<DatabaseKey> key;
    private volatile SQLiteDataSource dataSource;
    /**
     * Units of work share it; changing the key (which replaces the file) takes it alone, so that no
     * save runs against the file being replaced.
     */
    private final ReentrantReadWriteLock gate = new ReentrantReadWriteLock();

    private Database(Path file, DatabaseLock lock, Optional<DatabaseKey> key) {
        this.file = file;
        this.lock = lock;
        useKey(key);
    }

    /** From now on connections open the file with this key (or none). */
    void useKey(Optional<DatabaseKey> newKey) {
        SQLiteConfig config = config(newKey);
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // FULL: a save that returned is on the disk, even if the plug is pulled the next moment.
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(5000);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl(url(file));
        this.key = newKey;
        this.dataSource = source;
    }

    /** The driver's settings: the plain driver's for a plain file, the cipher's with the key otherwise. */
    static SQLiteConfig config(Optional<DatabaseKey> key) {
        return key.<SQLiteConfig>map(DatabaseKey::config).orElseGet(SQLiteConfig::new);
    }

    static String url(Path file) {
        return "jdbc:sqlite:" + file.toAbsolutePath();
    }

    /** The key the file is encrypted with, or empty when it is plain. */
    public Optional<DatabaseKey> key() {
        return key;
    }

    public boolean encrypted() {
        return key.isPresent();
    }

    /** Opens (creating when missing) and migrates the database. Slow: never on the FX thread. */
    public static Database open(Path file) {
        return open(file, Optional.empty(), BeforeMigration.NONE);
    }

    public static Database open(Path file, BeforeMigration before) {
        return open(file, Optional.empty(), before);
    }

    /**
     * Whether the database is there: the file, or the copy a password change cut short kept of it (the
     * next opening puts that copy back). A command must never take such a file for a new one: it would
     * delete what it thinks it made.
     */
    public static boolean exists(Path file) {
        return Files.exists(file) || DatabaseRekey.interruptedOriginal(file).isPresent();
    }

    /**
     * Whether the file is encrypted, so that its password must be asked for before it is opened: it
     * is not SQLite's, and it is made of whole pages as SQLite's files are (a spreadsheet or a text is
     * not). Reads its size and 16 bytes: no key is derived and nothing is opened for a plain file.
     */
    public static boolean isEncrypted(Path file) {
        Path current = Files.isRegularFile(file) ? file : DatabaseRekey.interruptedOriginal(file).orElse(file);
        try {
            if (!Files.isRegularFile(current)) {
                return false;
            }
            long size = Files.size(current);
            if (size < MIN_PAGE || size % MIN_PAGE != 0) {
                return false;
            }
            try (java.io.InputStream in = Files.newInputStream(current)) {
                return headMeansEncrypted(in.readNBytes(SQLITE_HEADER.length));
            }
        } catch (IOException e) {
            throw new DatabaseException("Cannot read " + file, e);
        }
    }

    private static final byte[] OLE2_HEADER = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};
    private static final byte[] ZIP_HEADER = {'P', 'K', 3, 4};

    /**
     * Whether a file of whole pages beginning so is taken for an encrypted database: not SQLite's own
     * header, and not an old Excel workbook's (.xls, OLE2, whole 512-byte sectors too) nor a ZIP's (.xlsx,
     * .docx), which are not databases at all and must be told so, not asked for a password.
     */
    static boolean headMeansEncrypted(byte[] head) {
        return !Arrays.equals(head, SQLITE_HEADER) && !startsWith(head, OLE2_HEADER) && !startsWith(head, ZIP_HEADER);
    }

    private static boolean startsWith(byte[] head, byte[] prefix) {
        return head.length >= prefix.length && Arrays.equals(head, 0, prefix.length, prefix, 0, prefix.length);
    }

    /** SQLite's smallest page: every database file is a whole number of pages. */
    private static final int MIN_PAGE = 512;

    /**
     * Opens the database: refuses what is not SQLite, what another copy of the program holds, what is
     * damaged, another program's, newer or read-only, without writing a byte to it; then backs up
     * (through {@code before}) and migrates an older one.
     */
    public static Database open(Path file, Optional<char[]> password, BeforeMigration before) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new DatabaseException("Cannot create the folder of " + file, e);
        }
        DatabaseLock lock = DatabaseLock.acquire(file);
        try {
            // A password change cut short (the program killed) is finished or undone first.
            DatabaseRekey.recover(file);
            Optional<DatabaseKey> key = Optional.empty();
            if (isEncrypted(file)) {
                char[] secret = password.filter(p -> p.length > 0)
                        .orElseThrow(() -> new DatabasePasswordException(file, false));
                key = Optional.of(DatabaseKey.of(file, secret));
            } else {
                refuseWhatIsNotSqlite(file);
            }
            int version = inspect(file, key, password);
            Database database = new Database(file, lock, key);
            if (version > 0 && version < SCHEMA_VERSION) {
                before.run(database, version);
            }
            // Flyway costs about half a second at every start (it loads and scans before it finds
            // nothing to do): a file already at this program's version skips it.
            if (version != SCHEMA_VERSION) {
                database.migrate();
            }
            database.keepSortKeysCurrent();
            return database;
        } catch (NotADatabaseException e) {
            lock.closeAfterFailedOpening(); // no copy of the program can open it: its lock file need not stay
            throw e;
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static void refuseWhatIsNotSqlite(Path file) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try (java.io.InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(SQLITE_HEADER.length);
            if (head.length > 0 && !Arrays.equals(head, SQLITE_HEADER)) {
                throw new NotADatabaseException(file);
            }
        } catch (IOException e) {
            throw new DatabaseException("Cannot read " + file, e);
        }
    }

    /** The schema version of an existing file (0 when new or empty), read without writing to it. */
    private static int inspect(Path file, Optional<DatabaseKey> key, Optional<char[]> password) {
        if (!Files.isRegularFile(file)) {
            return 0;
        }
        Path folder = file.toAbsolutePath().getParent();
        if (!Files.isWritable(file) || folder != null && !Files.isWritable(folder)) {
            throw new UnusableDatabaseException(file, UnusableDatabaseException.Reason.READ_ONLY, 0, null);
        }
        int version;
        try {
            version = verify(file, key, false);
        } catch (DatabasePasswordException e) {
            throw damagedOrWrongPassword(file, password.orElseThrow(), e);
        }
        if (version == 0 && hasBackups(file)) {
            // An empty file where there used to be data (it has backups) was cut short, not started
            // afresh: starting it afresh would hide the loss behind the first-start dialog.
            throw new UnusableDatabaseException(file, UnusableDatabaseException.Reason.DAMAGED, 0, null);
        }
        return version;
    }

    /**
     * The cipher cannot read an encrypted file whose pages are damaged any more than one opened with a
     * wrong key (SQLite says NOTADB to both). The newest automatic backup encrypted as the file is tells
     * them apart: if it opens with the same password, the password is right and the file is damaged,
     * and restoring that backup is the way out. Without such a backup it stays a password error, which
     * then says that the file may also be damaged.
     */
    private static DatabaseException damagedOrWrongPassword(Path file, char[] password, DatabasePasswordException wrong) {
        Optional<Path> newest = backups(file).stream().filter(Database::isEncrypted).findFirst();
        if (newest.isEmpty()) {
            return new DatabasePasswordException(file, true, true);
        }
        if (opensWith(newest.get(), password)) {
            // No cause: the password error must not be found behind it (it would ask the password again).
            return new UnusableDatabaseException(file, UnusableDatabaseException.Reason.DAMAGED, 0, null);
        }
        return wrong;
    }

    /** Whether the backups folder beside the file holds backups of it (see the backup service's names). */
    private static boolean hasBackups(Path file) {
        return !backups(file).isEmpty();
    }

    /**
     * The files in the backups folder beside the file that are named as its backups, newest first (the
     * names go on with the time, yyyyMMdd-HHmmss, so that their order is the order of the names).
     */
    private static java.util.List<Path> backups(Path file) {
        Path absolute = file.toAbsolutePath();
        Path folder = absolute.resolveSibling("backups");
        String name = absolute.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = (dot > 0 ? name.substring(0, dot) : name) + "-";
        if (!Files.isDirectory(folder)) {
            return java.util.List.of();
        }
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith(stem) && Files.isRegularFile(f))
                    .sorted(java.util.Comparator.comparing((Path f) -> f.getFileName().toString()).reversed())
                    .toList();
        } catch (IOException e) {
            return java.util.List.of();
        }
    }

    /**
     * Checks a file that should be this program's database (an existing one, or a backup before it is
     * restored): returns its schema version or throws {@link UnusableDatabaseException}. Read only.
     */
    public static int verify(Path file, boolean full) {
        return verify(file, Optional.empty(), full);
    }

    public static int verify(Path file, Optional<DatabaseKey> key, boolean full) {
        if (isEmpty(file)) {
            return 0;
        }
        SQLiteConfig config = config(key);
        config.setReadOnly(true);
        config.setBusyTimeout(5000);
        Properties properties = config.toProperties();
        Connection connection;
        try {
            connection = DriverManager.getConnection(url(file), properties);
        } catch (SQLException e) {
            // With a key the connection fails at once when the key is not the file's (the cipher
            // cannot read its first page): the password was wrong.
            if (key.isPresent()) {
                throw new DatabasePasswordException(file, true);
            }
            throw new UnusableDatabaseException(file, SchemaCheck.reason(e), 0, e);
        }
        try (connection) {
            return SchemaCheck.check(connection, file, full);
        } catch (SQLException e) {
            throw new UnusableDatabaseException(file, SchemaCheck.reason(e), 0, e);
        }
    }

    /**
     * Re-encrypts a copy (a backup being written or restored, which nothing else has open) in place:
     * to another key, or (empty) to a plain file. Not for the database itself: see {@link #changeKey}.
     */
    public static void rekeyCopy(Path copy, Optional<DatabaseKey> from, Optional<DatabaseKey> to) {
        try {
            DatabaseRekey.rekey(copy, from, to);
        } catch (SQLException e) {
            throw new UnusableDatabaseException(copy, SchemaCheck.reason(e), 0, e);
        }
    }

    /** Whether the password opens this encrypted file (a backup, before it is restored). */
    public static boolean opensWith(Path encryptedFile, char[] password) {
        try (Connection connection = DriverManager.getConnection(url(encryptedFile),
                config(Optional.of(DatabaseKey.of(encryptedFile, password))).toProperties())) {
            return connection.isValid(0);
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * Switches a copy (a backup being written or checked) out of WAL mode, so that it is one
     * self-contained file that leaves no journal files beside it when it is read.
     */
    public static void useRollbackJournal(Path copy, Optional<DatabaseKey> key) {
        try (Connection connection = DriverManager.getConnection(url(copy), config(key).toProperties());
             java.sql.Statement st = connection.createStatement()) {
            st.execute("PRAGMA journal_mode = DELETE");
        } catch (SQLException e) {
            throw new UnusableDatabaseException(copy, SchemaCheck.reason(e), 0, e);
        }
    }

    private static boolean isEmpty(Path file) {
        try {
            return Files.size(file) == 0;
        } catch (IOException e) {
            throw new UnusableDatabaseException(file, UnusableDatabaseException.Reason.UNREADABLE, 0, e);
        }
    }

    private void migrate() {
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            throw new DatabaseException("Cannot open or migrate " + file, e);
        }
    }

    /** The candidates' sort keys made by this runtime (see {@link CandidateSortKeys}), in one transaction. */
    private void keepSortKeysCurrent() {
        inTransaction(c -> {
            CandidateSortKeys.keepCurrent(c);
            return null;
        });
    }

    public Path file() {
        return file;
    }

    /** Runs the work in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T inTransaction(SqlWork<T> work) {
        gate.readLock().lock();
        try {
            return inTransactionUngated(work);
        } finally {
            gate.readLock().unlock();
        }
    }

    private <T> T inTransactionUngated(SqlWork<T> work) {
        Connection connection = null;
        try {
            connection = borrow();
            connection.setAutoCommit(false);
            T result;
            try {
                result = work.run(connection);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                rollback(connection, e);
                quietlyClose(connection);
                connection = null;
                throw e;
            }
            giveBack(connection);
            return result;
        } catch (SQLException e) {
            quietlyClose(connection);
            throw new DatabaseException("Database work failed on " + file, e);
        }
    }

    /**
     * Connections kept open between transactions: opening one reads and compiles the whole schema
     * (with its audit triggers), a few milliseconds each time, and a screen may run a dozen small
     * transactions. Each thread borrows its own; one that saw an error is closed, not kept.
     */
    private final java.util.Deque<Connection> idle = new java.util.concurrent.ConcurrentLinkedDeque<>();
    private static final int MAX_IDLE = 4;

    private Connection borrow() throws SQLException {
        Connection kept = idle.pollFirst();
        if (kept != null && !Files.isWritable(file)) {
            // The file became read-only while open (a USB stick's write protection): a kept connection
            // would still write into the log beside it; a new one is refused and says why.
            quietlyClose(kept);
            closeIdle();
            kept = null;
        }
        return kept != null ? kept : dataSource.getConnection();
    }

    private void giveBack(Connection connection) {
        if (idle.size() < MAX_IDLE) {
            idle.addFirst(connection);
        } else {
            quietlyClose(connection);
        }
    }

    /** Closes the kept connections: changing the journal mode or restoring needs no other connection open. */
    private void closeIdle() {
        for (Connection c = idle.pollFirst(); c != null; c = idle.pollFirst()) {
            quietlyClose(c);
        }
    }

    private static void quietlyClose(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            java.util.logging.Logger.getLogger(Database.class.getName())
                    .log(java.util.logging.Level.FINE, "Cannot close a connection", e);
        }
    }

    /**
     * After a full disk or a busy file SQLite may already have rolled the transaction back itself; the
     * rollback then fails, and that failure must not hide the reason the person has to be told.
     */
    private static void rollback(Connection connection, Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException | RuntimeException again) {
            cause.addSuppressed(again);
        }
    }

    /**
     * Copies the whole database into {@code target} with SQLite's online backup, which gives a
     * consistent copy even while the program is using the file.
     */
    public void backupTo(Path target) {
        gate.readLock().lock();
        try (Connection connection = dataSource.getConnection()) {
            if (key.isPresent()) {
                // SQLite's backup would write the copy in clear; VACUUM INTO writes it with the cipher
                // and key (and salt) of this file, so that not one page of it is ever on the disk in clear.
                try (java.sql.PreparedStatement vacuum = connection.prepareStatement("VACUUM INTO ?")) {
                    vacuum.setString(1, target.toAbsolutePath().toString());
                    vacuum.execute();
                }
                if (!key.get().saltMatches(target)) {
                    throw new SQLException("The encrypted copy does not carry the file's salt");
                }
            } else {
                connection.unwrap(SQLiteConnection.class).getDatabase()
                        .backup("main", target.toAbsolutePath().toString(), null);
            }
        } catch (SQLException e) {
            throw new DatabaseException("Cannot back up " + file + " to " + target, e);
        } finally {
            gate.readLock().unlock();
        }
    }

    /**
     * Encrypts the file with a new key, or (empty) decrypts it, in one step that a killed program
     * cannot leave half done: see {@link DatabaseRekey}. Saves wait until it is done.
     */
    public void changeKey(Optional<DatabaseKey> newKey) {
        gate.writeLock().lock();
        try {
            closeIdle();
            DatabaseRekey.run(file, key, newKey);
            useKey(newKey);
        } finally {
            gate.writeLock().unlock();
        }
    }

    /**
     * Replaces the whole content with a checked copy through SQLite's backup API (all pages in one
     * write transaction, so a failure leaves the database as it was), then migrates it when the copy
     * is of an older version.
     */
    public void restoreFrom(Path source) {
        restoreFrom(source, Optional.empty());
    }

    /** {@code sourceKey}: the key the copy is encrypted with (the backup of an encrypted database), if any. */
    public void restoreFrom(Path source, Optional<DatabaseKey> sourceKey) {
        gate.writeLock().lock();
        try {
            if (key.isPresent()) {
                restoreEncrypted(source, sourceKey);
                return;
            }
            if (sourceKey.isPresent()) {
                rekeyCopy(source, sourceKey, Optional.empty()); // SQLite's restore reads it without a key
            }
            restoreUngated(source);
        } finally {
            gate.writeLock().unlock();
        }
    }

    private void restoreUngated(Path source) {
        // The driver reports only the source's errors: a marker written into the copy (a temporary
        // file the caller owns) and read back from the database proves the restore took.
        String token = java.util.UUID.randomUUID().toString();
        try (Connection copy = DriverManager.getConnection(url(source))) {
            try (java.sql.Statement st = copy.createStatement()) {
                st.execute("CREATE TABLE ptdv_restore_marker (token TEXT NOT NULL)");
            }
            try (java.sql.PreparedStatement mark = copy.prepareStatement("INSERT INTO ptdv_restore_marker VALUES (?)")) {
                mark.setString(1, token);
                mark.executeUpdate();
            }
        } catch (SQLException e) {
            throw new DatabaseException("Cannot prepare " + source + " for the restore", e);
        }
        closeIdle();
        try (Connection connection = dataSource.getConnection();
             java.sql.Statement st = connection.createStatement()) {
            // Out of WAL while restoring: a WAL database cannot take a copy of another page size. This
            // program holds the file's lock and no other connection is open. The pragma's result is
            // read and closed: a statement left open holds a read lock, and the restore would then give
            // up silently.
            try (java.sql.ResultSet mode = st.executeQuery("PRAGMA journal_mode = DELETE")) {
                mode.next();
            }
            connection.unwrap(SQLiteConnection.class).getDatabase()
                    .restore("main", source.toAbsolutePath().toString(), null);
        } catch (SQLException e) {
            throw new DatabaseException("Cannot restore " + file + " from " + source, e);
        }
        // A new connection reads the restored schema afresh (the restoring one may keep the old one).
        try (Connection connection = dataSource.getConnection();
             java.sql.Statement st = connection.createStatement()) {
            try (java.sql.ResultSet rs = st.executeQuery("SELECT token FROM ptdv_restore_marker")) {
                if (!rs.next() || !token.equals(rs.getString(1))) {
                    throw new SQLException("The restore did not replace the database");
                }
            }
            st.execute("DROP TABLE ptdv_restore_marker");
        } catch (SQLException e) {
            throw new DatabaseException("The restore of " + file + " from " + source + " did not take", e);
        }
        migrate();
        keepSortKeysCurrent(); // the backup's keys may be another runtime's, or none (from before V10)
    }

    /**
     * An encrypted database: the copy (a plain one, or one of any key) is re-encrypted with this file's
     * key and salt, checked with it, and put in place of the file in one rename.
     */
    private void restoreEncrypted(Path source, Optional<DatabaseKey> sourceKey) {
        closeIdle();
        rekeyCopy(source, sourceKey, key);
        verify(source, key, true);
        DatabaseRekey.replace(file, key, source);
        migrate();
        keepSortKeysCurrent();
    }

    /**
     * Folds the write-ahead log into the file, so that the one file is complete (people copy it by
     * hand), and releases the lock so that another copy of the program may open it.
     */
    @Override
    public void close() {
        closeIdle();
        try (Connection connection = dataSource.getConnection();
             java.sql.Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            statement.execute("PRAGMA journal_mode = DELETE");
        } catch (SQLException e) {
            java.util.logging.Logger.getLogger(Database.class.getName())
                    .log(java.util.logging.Level.WARNING, "Cannot fold the log into " + file, e);
        } finally {
            lock.close();
        }
    }
}
