package vn.ptdv.persistence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;

/**
 * Tells whether an SQLite file is this program's database and in what state: sound, made by this or
 * an older version. Only reads, so a foreign or damaged file is left exactly as it was.
 */
final class SchemaCheck {
    /** The tables every version of the schema has had since V1. */
    private static final Set<String> CORE_TABLES = Set.of("cell", "candidate", "step", "step_person", "source_category");

    private SchemaCheck() {
    }

    /**
     * Returns the schema version (0 for an empty file), or throws {@link UnusableDatabaseException}.
     * {@code full} runs SQLite's complete integrity check instead of the quicker one.
     */
    static int check(Connection connection, Path file, boolean full) {
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery(full ? "PRAGMA integrity_check" : "PRAGMA quick_check")) {
                if (!rs.next() || !"ok".equalsIgnoreCase(rs.getString(1))) {
                    throw new UnusableDatabaseException(file, UnusableDatabaseException.Reason.DAMAGED, 0, null);
                }
            }
            Set<String> tables = new HashSet<>();
            try (ResultSet rs = statement.executeQuery(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            if (tables.isEmpty()) {
                return 0;
            }
            if (!tables.contains("flyway_schema_history") || !tables.containsAll(CORE_TABLES)) {
                throw new UnusableDatabaseException(file, UnusableDatabaseException.Reason.FOREIGN, 0, null);
            }
            int version;
            try (ResultSet rs = statement.executeQuery(
                    "SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history WHERE success = 1")) {
                version = rs.next() ? rs.getInt(1) : 0;
            }
            if (version > Database.SCHEMA_VERSION) {
                throw new UnusableDatabaseException(file, UnusableDatabaseException.Reason.NEWER, version, null);
            }
            if (version < 1) {
                throw new UnusableDatabaseException(file, UnusableDatabaseException.Reason.FOREIGN, 0, null);
            }
            return version;
        } catch (SQLException e) {
            throw new UnusableDatabaseException(file, reason(e), 0, e);
        }
    }

    /**
     * Whether an error reading the file means it is damaged, or only that it cannot be read now (held
     * by another program, no permission, a disk error): a file in the second case must not be
     * replaced by a backup.
     */
    static UnusableDatabaseException.Reason reason(SQLException e) {
        if (engineMissing(e)) {
            return UnusableDatabaseException.Reason.ENGINE;
        }
        int primary = e.getErrorCode() & 0xFF;
        // SQLite's primary codes PERM, BUSY, LOCKED, NOMEM, READONLY, IOERR, CANTOPEN, AUTH.
        return switch (primary) {
            case 3, 5, 6, 7, 8, 10, 14, 23 -> UnusableDatabaseException.Reason.UNREADABLE;
            default -> UnusableDatabaseException.Reason.DAMAGED;
        };
    }

    /**
     * Whether the driver failed to load SQLite's native library (an antivirus holding the file back, a
     * folder it may not write to): it says so as a connection error without SQLite's code, caused by
     * its loader's exception or a linkage error. Taken for damage, it sent the person to a backup.
     */
    static boolean engineMissing(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof LinkageError) {
                return true;
            }
            if (!(t instanceof SQLException) && t.getStackTrace().length > 0
                    && t.getStackTrace()[0].getClassName().startsWith("org.sqlite.SQLiteJDBCLoader")) {
                return true;
            }
        }
        return false;
    }
}
