package vn.ptdv.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import vn.ptdv.domain.SourceCategory;

/** The cell's editable list of source categories, in the cell's own order. */
public final class SourceCategoryRepository {
    public List<SourceCategory> findAll(Connection c) throws SQLException {
        List<SourceCategory> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, name FROM source_category ORDER BY sort_order, id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                result.add(new SourceCategory(rs.getLong(1), rs.getString(2)));
            }
        }
        return result;
    }

    /** Adds at the end of the list, but before the catch-all "Khác" (sort order 99). */
    public long insert(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO source_category (name, sort_order) "
                + "VALUES (?, (SELECT coalesce(max(sort_order), 0) + 1 FROM source_category WHERE sort_order < 99))",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, name);
            ps.executeUpdate();
            return Jdbc.lastId(ps);
        }
    }

    public void rename(Connection c, long id, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE source_category SET name = ? WHERE id = ?")) {
            ps.setString(1, name);
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    public void delete(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM source_category WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }

    public int usage(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT count(*) FROM candidate WHERE source_category_id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
