package vn.ptdv.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Collection;
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
        return text == null ? Optional.empty() : Optional.of(isoDate(text));
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

    /**
     * Ids as one JSON array, for {@code IN (SELECT value FROM json_each(?))}: one parameter however
     * many ids, where a list of question marks would meet SQLite's limit on parameters.
     */
    static String jsonArray(Collection<Long> ids) {
        StringBuilder json = new StringBuilder("[");
        for (Long id : ids) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append(id.longValue());
        }
        return json.append(']').toString();
    }

    /**
     * A stored date (yyyy-MM-dd). Read by hand in the usual case: lists read two hundred thousand of
     * them, and the general parser costs a microsecond each.
     */
    static LocalDate isoDate(CharSequence text) {
        return isoDate(text, 0);
    }

    /** The date written from {@code from} to the end of the text (a string, or a parser's characters). */
    static LocalDate isoDate(CharSequence text, int from) {
        if (text.length() - from == 10 && text.charAt(from + 4) == '-' && text.charAt(from + 7) == '-') {
            int year = digits(text, from, from + 4);
            int month = digits(text, from + 5, from + 7);
            int day = digits(text, from + 8, from + 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                return LocalDate.of(year, month, day);
            }
        }
        return LocalDate.parse(text.subSequence(from, text.length()));
    }

    private static int digits(CharSequence text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
