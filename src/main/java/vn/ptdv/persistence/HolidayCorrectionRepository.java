package vn.ptdv.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.ptdv.domain.calendar.HolidayCorrection;

/** The committee's corrections to the default days off. */
public final class HolidayCorrectionRepository {
    /** The corrections dated from {@code from} to {@code to}, both included. */
    public List<HolidayCorrection> between(Connection c, LocalDate from, LocalDate to) throws SQLException {
        List<HolidayCorrection> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT day, day_off, name FROM holiday_correction WHERE day BETWEEN ? AND ? ORDER BY day")) {
            ps.setString(1, from.toString());
            ps.setString(2, to.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(new HolidayCorrection(Jdbc.isoDate(rs.getString(1)), rs.getInt(2) == 1,
                            rs.getString(3)));
                }
            }
        }
        return result;
    }

    public void save(Connection c, HolidayCorrection correction) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO holiday_correction (day, day_off, name) "
                + "VALUES (?, ?, ?) ON CONFLICT (day) DO UPDATE SET day_off = excluded.day_off, name = excluded.name")) {
            ps.setString(1, correction.date().toString());
            ps.setInt(2, correction.dayOff() ? 1 : 0);
            ps.setString(3, correction.name());
            ps.executeUpdate();
        }
    }

    public void delete(Connection c, LocalDate day) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM holiday_correction WHERE day = ?")) {
            ps.setString(1, day.toString());
            ps.executeUpdate();
        }
    }
}
