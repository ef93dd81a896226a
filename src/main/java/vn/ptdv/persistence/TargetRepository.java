package vn.ptdv.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Optional;
import vn.ptdv.domain.target.TargetRange;
import vn.ptdv.domain.target.YearTarget;

/** The yearly targets. */
public final class TargetRepository {
    private static final String SELECT = "SELECT year, cultivated_min, cultivated_max, admitted_min, admitted_max, "
            + "recognised_min, recognised_max, note FROM year_target ";

    public Optional<YearTarget> find(Connection c, int year) throws SQLException {
        return one(c, SELECT + "WHERE year = ?", year);
    }

    /** The latest target set for a year before this one, to carry forward. */
    public Optional<YearTarget> latestBefore(Connection c, int year) throws SQLException {
        return one(c, SELECT + "WHERE year < ? ORDER BY year DESC LIMIT 1", year);
    }

    public void save(Connection c, YearTarget t) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO year_target (year, cultivated_min, cultivated_max, "
                + "admitted_min, admitted_max, recognised_min, recognised_max, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT (year) DO UPDATE SET cultivated_min = excluded.cultivated_min, "
                + "cultivated_max = excluded.cultivated_max, admitted_min = excluded.admitted_min, "
                + "admitted_max = excluded.admitted_max, recognised_min = excluded.recognised_min, "
                + "recognised_max = excluded.recognised_max, note = excluded.note")) {
            ps.setInt(1, t.year());
            ps.setInt(2, t.cultivated().min());
            ps.setInt(3, t.cultivated().max());
            ps.setInt(4, t.admitted().min());
            ps.setInt(5, t.admitted().max());
            if (t.recognised().isPresent()) {
                ps.setInt(6, t.recognised().get().min());
                ps.setInt(7, t.recognised().get().max());
            } else {
                ps.setNull(6, Types.INTEGER);
                ps.setNull(7, Types.INTEGER);
            }
            ps.setString(8, t.note().strip());
            ps.executeUpdate();
        }
    }

    private static Optional<YearTarget> one(Connection c, String sql, int year) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, year);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                int rMin = rs.getInt(6);
                boolean noRecognised = rs.wasNull();
                int rMax = rs.getInt(7);
                return Optional.of(new YearTarget(rs.getInt(1), new TargetRange(rs.getInt(2), rs.getInt(3)),
                        new TargetRange(rs.getInt(4), rs.getInt(5)),
                        noRecognised ? Optional.empty() : Optional.of(new TargetRange(rMin, rMax)), rs.getString(8)));
            }
        }
    }
}
