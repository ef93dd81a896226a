package vn.ptdv.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Optional;

/** Small conversions between JDBC and the domain: dates are stored as ISO text (yyyy-MM-dd). */
final class Jdbc {
    private Jdbc() {
    }

    static void setDate(PreparedStatement ps, int index, Optional<LocalDate> date) throws SQLException {
        if (date.isPresent()) {
            ps.setString(index, date.get().toString());
        } else {
            ps.setNull(index, Types.VARCHAR);
        }
    }

    static void setInt(PreparedStatement ps, int index, Optional<Integer> value) throws SQLException {
        if (value.isPresent()) {
            ps.setInt(index, value.get());
        } else {
            ps.setNull(index, Types.INTEGER);
        }
    }

    static Optional<LocalDate> date(ResultSet rs, String column) throws SQLException {
        String text = rs.getString(column);
        return text == null ? Optional.empty() : Optional.of(LocalDate.parse(text));
    }

    static Optional<Integer> integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(value);
    }

    static long lastId(PreparedStatement ps) throws SQLException {
        try (ResultSet keys = ps.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("No generated key");
            }
            return keys.getLong(1);
        }
    }
}
