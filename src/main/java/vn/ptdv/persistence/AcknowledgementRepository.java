package vn.ptdv.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.ptdv.domain.rules.Acknowledgement;
import vn.ptdv.domain.rules.RuleCode;

/** Acknowledged findings. */
public final class AcknowledgementRepository {
    public List<Acknowledgement> findAll(Connection c) throws SQLException {
        List<Acknowledgement> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, candidate_id, finding_key, rule, reason, "
                + "acknowledged_by, acknowledged_at FROM finding_ack ORDER BY acknowledged_at");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                RuleCode rule;
                try {
                    rule = RuleCode.valueOf(rs.getString(4));
                } catch (IllegalArgumentException e) {
                    continue; // a rule of a newer version of the program
                }
                result.add(new Acknowledgement(rs.getLong(1), rs.getLong(2), rs.getString(3), rule, rs.getString(5),
                        rs.getString(6), LocalDateTime.parse(rs.getString(7))));
            }
        }
        return result;
    }

    public long insert(Connection c, Acknowledgement a) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO finding_ack (candidate_id, finding_key, rule, "
                + "reason, acknowledged_by, acknowledged_at) VALUES (?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT (candidate_id, finding_key) DO UPDATE SET reason = excluded.reason, "
                + "acknowledged_by = excluded.acknowledged_by, acknowledged_at = excluded.acknowledged_at",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, a.candidateId());
            ps.setString(2, a.findingKey());
            ps.setString(3, a.rule().name());
            ps.setString(4, a.reason().strip());
            ps.setString(5, a.acknowledgedBy().strip());
            ps.setString(6, a.acknowledgedAt().withNano(0).toString());
            ps.executeUpdate();
            return Jdbc.lastId(ps);
        }
    }

    public void delete(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM finding_ack WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }
}
