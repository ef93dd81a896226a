package vn.ptdv.persistence;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Encrypting, re-encrypting or decrypting the database file so that a killed program (or a pulled
 * plug) leaves the file whole, under the old key or the new one, never half of each:
 * <ol>
 * <li>the write-ahead log is folded into the file, which leaves WAL mode, so the file is complete alone;</li>
 * <li>a copy of it is kept beside it ({@code ptdv.db.khoa-cu}) until the end;</li>
 * <li>a second copy ({@code ptdv.db.khoa-moi}) is re-encrypted with {@code PRAGMA rekey} and written to the disk;</li>
 * <li>that copy is opened with the new key and checked: SQLite's integrity check and every table's rows;</li>
 * <li>it replaces the file in one atomic rename; then the kept copy is deleted.</li>
 * </ol>
 * The next opening ({@link #recover}) deletes what a run cut short left behind: the file itself is
 * always whole, since it is only ever replaced by the rename. Only when the file is missing (a rename
 * the file system did not do in one step) is the kept copy put back.
 */
final class DatabaseRekey {
    private static final Logger LOG = Logger.getLogger(DatabaseRekey.class.getName());
    static final String NEW_SUFFIX = ".khoa-moi";
    static final String OLD_SUFFIX = ".khoa-cu";
    /** Tests kill the program while it waits at the step named by this property (see {@link #pause}). */
    static final String PAUSE_PROPERTY = "ptdv.test.rekeyPause";

    private DatabaseRekey() {
    }

    static void run(Path file, Optional<DatabaseKey> oldKey, Optional<DatabaseKey> newKey) {
        Path fresh = sibling(file, NEW_SUFFIX);
        Path kept = sibling(file, OLD_SUFFIX);
        try {
            Map<String, Long> rows = foldAndCount(file, oldKey);
            pause("folded", file);
            copyToDisk(file, kept);
            pause("kept", file);
            copyToDisk(file, fresh);
            rekey(fresh, oldKey, newKey);
            force(fresh);
            pause("rekeyed", file);
            check(fresh, newKey, rows);
            pause("checked", file);
            Files.move(fresh, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            forceFolder(file);
            pause("replaced", file);
            deleteKept(kept);
            LOG.info(() -> "Database " + (newKey.isPresent() ? "encrypted with a new key" : "decrypted")
                    + ": " + file.getFileName());
        } catch (IOException | SQLException e) {
            deleteQuietly(fresh);
            deleteQuietly(sibling(fresh, "-journal"));
            deleteQuietly(kept);
            throw new DatabaseException("Cannot change the encryption of " + file, e);
        }
    }

    /**
     * Puts a checked copy, already encrypted with the file's own key, in place of the file, the same
     * way: SQLite's restore cannot write an encrypted database (the pages of a plain copy have no room
     * for the cipher's tag, and it cannot read an encrypted copy).
     */
    static void replace(Path file, Optional<DatabaseKey> key, Path copy) {
        Path kept = sibling(file, OLD_SUFFIX);
        try {
            foldAndCount(file, key);
            copyToDisk(file, kept);
            force(copy);
            Files.move(copy, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            forceFolder(file);
            deleteKept(kept);
        } catch (IOException | SQLException e) {
            deleteQuietly(kept);
            throw new DatabaseException("Cannot put the restored copy in place of " + file, e);
        }
    }

    /**
     * Once the new file is in place the change has happened, whatever follows: a kept copy that cannot
     * be deleted yet (an antivirus holding it on Windows) is written to the log and left for the next opening ({@link #recover}), never reported as a failure, which would
     * leave the program using the old key on a file that has the new one.
     */
    private static void deleteKept(Path kept) {
        try {
            Files.delete(kept);
        } catch (IOException e) {
            LOG.log(java.util.logging.Level.WARNING, "The copy kept during a password change stays until the next opening", e);
        }
    }

    /** At opening, under the file's lock: what a cut-short run left behind goes, or is put back. */
    static void recover(Path file) {
        Path fresh = sibling(file, NEW_SUFFIX);
        Path kept = sibling(file, OLD_SUFFIX);
        try {
            Files.deleteIfExists(sibling(fresh, "-journal"));
            Files.deleteIfExists(fresh); // never checked to the end: the file is the one to keep
            if (Files.exists(kept)) {
                if (Files.exists(file)) {
                    Files.delete(kept);
                } else {
                    Files.move(kept, file, StandardCopyOption.ATOMIC_MOVE);
                    LOG.warning(() -> "Database put back from the copy kept during a password change: " + file);
                }
            }
        } catch (IOException e) {
            throw new DatabaseException("Cannot clean up after a password change on " + file, e);
        }
    }

    /** The copy a cut-short run kept, when the file itself is missing. */
    static Optional<Path> interruptedOriginal(Path file) {
        Path kept = sibling(file, OLD_SUFFIX);
        return Files.isRegularFile(kept) ? Optional.of(kept) : Optional.empty();
    }

    private static Map<String, Long> foldAndCount(Path file, Optional<DatabaseKey> key) throws SQLException {
        try (Connection c = DriverManager.getConnection(Database.url(file), Database.config(key).toProperties());
             Statement st = c.createStatement()) {
            st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            try (ResultSet mode = st.executeQuery("PRAGMA journal_mode = DELETE")) {
                if (!mode.next() || !"delete".equalsIgnoreCase(mode.getString(1))) {
                    throw new SQLException("The file would not leave WAL mode");
                }
            }
            return rowCounts(st);
        }
    }

    private static Map<String, Long> rowCounts(Statement st) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (ResultSet tables = st.getConnection().createStatement().executeQuery(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
            while (tables.next()) {
                String table = tables.getString(1);
                try (ResultSet count = st.executeQuery("SELECT count(*) FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                    count.next();
                    counts.put(table, count.getLong(1));
                }
            }
        }
        return counts;
    }

    static void rekey(Path copy, Optional<DatabaseKey> oldKey, Optional<DatabaseKey> newKey) throws SQLException {
        // A plain file is opened with the cipher chosen (and no key) so that the rekey encrypts it.
        var config = oldKey.isPresent() ? Database.config(oldKey) : DatabaseKey.noKey();
        try (Connection c = DriverManager.getConnection(Database.url(copy), config.toProperties());
             Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode = DELETE");
            // The value is the raw hex key: it goes in a statement to the driver, never into the log.
            st.execute("PRAGMA rekey = '" + newKey.map(DatabaseKey::rekeyValue).orElse("") + "'");
        }
    }

    private static void check(Path copy, Optional<DatabaseKey> newKey, Map<String, Long> rows) throws SQLException {
        if (newKey.isPresent() ? !newKey.get().saltMatches(copy) : Database.isEncrypted(copy)) {
            throw new SQLException("The re-encrypted copy does not start as it should");
        }
        var config = Database.config(newKey);
        config.setReadOnly(true);
        try (Connection c = DriverManager.getConnection(Database.url(copy), config.toProperties());
             Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                if (!rs.next() || !"ok".equalsIgnoreCase(rs.getString(1))) {
                    throw new SQLException("The re-encrypted copy is damaged");
                }
            }
            if (!rowCounts(st).equals(rows)) {
                throw new SQLException("The re-encrypted copy does not hold all the rows");
            }
        }
    }

    private static void copyToDisk(Path from, Path to) throws IOException {
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        force(to);
    }

    private static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** The rename on the disk too (where the system lets a folder be synced: not on Windows). */
    private static void forceFolder(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            // Windows cannot open a folder as a file; its rename is written through by NTFS's journal.
        }
    }

    /**
     * For the tests that kill the program in the middle: at the step named by the system property, says
     * so in a file beside the database and waits to be killed. Does nothing when the property is unset.
     */
    private static void pause(String step, Path file) {
        if (!step.equals(System.getProperty(PAUSE_PROPERTY))) {
            return;
        }
        try {
            Files.writeString(sibling(file, ".paused-" + step), step);
            Thread.sleep(Long.MAX_VALUE);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Path sibling(Path file, String suffix) {
        Path absolute = file.toAbsolutePath();
        return absolute.resolveSibling(absolute.getFileName() + suffix);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warning(() -> "Cannot delete " + file + ": " + e.getMessage());
        }
    }
}
