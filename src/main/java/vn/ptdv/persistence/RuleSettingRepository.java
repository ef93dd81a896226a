package vn.ptdv.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;
import vn.ptdv.domain.rules.RuleCode;

/** The rules' numbers that the committee changed. Unknown codes (from a newer version) are skipped. */
public final class RuleSettingRepository {
    public Map<RuleCode, String> findAll(Connection c) throws SQLException {
        Map<RuleCode, String> result = new EnumMap<>(RuleCode.class);
        try (PreparedStatement ps = c.prepareStatement("SELECT code, value FROM rule_setting");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String code = rs.getString(1);
                for (RuleCode r : RuleCode.values()) {
                    if (r.name().equals(code)) {
                        result.put(r, rs.getString(2));
                    }
                }
            }
        }
        return result;
    }

    public void save(Connection c, RuleCode code, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO rule_setting (code, value) VALUES (?, ?) "
                + "ON CONFLICT (code) DO UPDATE SET value = excluded.value")) {
            ps.setString(1, code.name());
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }

    public void delete(Connection c, RuleCode code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM rule_setting WHERE code = ?")) {
            ps.setString(1, code.name());
            ps.executeUpdate();
        }
    }
}
