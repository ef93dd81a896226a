package vn.ptdv.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.ptdv.domain.VietnameseNames;

/**
 * The candidates' sort keys are those of this runtime's collation: made for a file from before V10 or a
 * backup restored from one, and made again when the file was last opened by another Java (a program
 * update, or {@code java -jar} with another JDK), whose rules may differ. The runtime that made them is
 * kept as a number in SQLite's {@code user_version} (its version string's hash), not in a setting:
 * nothing of it is a change the person made, and the trail, which records every setting, does not record
 * it, nor the keys (its trigger watches the person's fields only). One small read when nothing changed.
 */
final class CandidateSortKeys {
    private CandidateSortKeys() {
    }

    /** On the caller's connection and transaction. */
    static void keepCurrent(Connection c) throws SQLException {
        int runtime = runtime();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            if (rs.next() && rs.getInt(1) == runtime) {
                return;
            }
        }
        Map<Long, String> names = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, full_name FROM candidate")) {
            while (rs.next()) {
                names.put(rs.getLong(1), rs.getString(2));
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE candidate SET sort_key = ? WHERE id = ?")) {
            for (Map.Entry<Long, String> e : names.entrySet()) {
                ps.setBytes(1, VietnameseNames.sortKey(e.getValue()));
                ps.setLong(2, e.getKey());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (Statement s = c.createStatement()) {
            s.executeUpdate("PRAGMA user_version = " + runtime);
        }
    }

    /** This runtime, as kept in {@code user_version}: never 0, a new file's own number. */
    static int runtime() {
        int hash = System.getProperty("java.runtime.version", "").hashCode();
        return hash == 0 ? 1 : hash;
    }
}
