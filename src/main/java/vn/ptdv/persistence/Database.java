package vn.ptdv.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The one SQLite file. Opening it runs the migrations; every unit of work gets its own connection
 * with foreign keys enforced and runs in one transaction, so a failed save leaves the file as it was.
 */
public final class Database {
    private final Path file;
    private final SQLiteDataSource dataSource;

    private Database(Path file) {
        this.file = file;
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(5000);
        this.dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
    }

    /** Opens (creating when missing) and migrates the database. Slow: never on the FX thread. */
    public static Database open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new DatabaseException("Cannot create the folder of " + file, e);
        }
        refuseWhatIsNotSqlite(file);
        Database database = new Database(file);
        database.migrate();
        return database;
    }

    /** Every SQLite file starts with this header; anything else is some other document. */
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private static void refuseWhatIsNotSqlite(Path file) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try (java.io.InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(SQLITE_HEADER.length);
            if (head.length > 0 && !java.util.Arrays.equals(head, SQLITE_HEADER)) {
                throw new NotADatabaseException(file);
            }
        } catch (IOException e) {
            throw new DatabaseException("Cannot read " + file, e);
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

    public Path file() {
        return file;
    }

    /** Runs the work in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T inTransaction(SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollback(connection, e);
                throw e;
            }
        } catch (SQLException e) {
            throw new DatabaseException("Database work failed on " + file, e);
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
}
