package vn.ptdv.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import vn.ptdv.domain.audit.AuditEntry;
import vn.ptdv.domain.audit.AuditKind;
import vn.ptdv.domain.audit.AuditQuery;

/**
 * The audit trail (table audit_log). The database's triggers write the changes of the data; this
 * repository says who works (audit_context, which the triggers read), adds the program's own events
 * and reads the log. It has no way to change or delete an entry, and the database refuses both.
 */
public final class AuditRepository {
    /** Made when the trail is first read, not when the database opens (Jackson loads hundreds of classes). */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    /** The candidate's name now, or the one written down when they were deleted. */
    private static final String CANDIDATE_NAME = "COALESCE((SELECT full_name FROM candidate WHERE id = a.candidate_id), "
            + "(SELECT json_extract(d.before_json, '$.full_name') FROM audit_log d WHERE d.candidate_id = a.candidate_id "
            + "AND d.entity = 'candidate' AND d.action = 'DELETE' ORDER BY d.id DESC LIMIT 1), '')";

    /** The user and computer the triggers write into every entry from now on. */
    public void setIdentity(Connection c, String user, String computer) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE audit_context SET user_name = ?, computer_name = ? "
                + "WHERE id = 1 AND (user_name IS NOT ? OR computer_name IS NOT ?)")) {
            ps.setString(1, user);
            ps.setString(2, computer);
            ps.setString(3, user);
            ps.setString(4, computer);
            ps.executeUpdate();
        }
    }

    /** Writes a program event, under the identity in force. */
    public void record(Connection c, String action, String entity, Optional<Long> candidateId, String detail)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_log (user_name, computer_name, entity, "
                + "candidate_id, action, detail) SELECT user_name, computer_name, ?, ?, ?, ? FROM audit_context "
                + "WHERE id = 1")) {
            ps.setString(1, entity);
            if (candidateId.isPresent()) {
                ps.setLong(2, candidateId.get());
            } else {
                ps.setNull(2, Types.INTEGER);
            }
            ps.setString(3, action);
            ps.setString(4, detail);
            if (ps.executeUpdate() != 1) {
                throw new SQLException("No audit context row");
            }
        }
    }

    /**
     * Hands the entries matching the query's days, kind and candidate to {@code visitor}, newest first,
     * until it returns false. The text and the page are the caller's: the text is matched against what
     * a person reads, which only the caller knows. {@code sqlOffset}/{@code sqlLimit} page in SQL when
     * the caller does not filter further (a limit below 0 means none).
     */
    public void scan(Connection c, AuditQuery query, long sqlOffset, long sqlLimit, Predicate<AuditEntry> visitor)
            throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT a.id, a.at, a.user_name, a.computer_name, a.entity, a.entity_id, "
                + "a.candidate_id, a.action, a.before_json, a.after_json, a.detail, " + CANDIDATE_NAME
                + " AS candidate_name FROM audit_log a WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        query.from().ifPresent(d -> {
            sql.append(" AND a.at >= ?");
            args.add(d.toString());
        });
        query.to().ifPresent(d -> {
            sql.append(" AND a.at < ?");
            args.add(d.plusDays(1).toString());
        });
        query.kind().ifPresent(k -> {
            // The program's kind also takes every event about something no other kind covers.
            List<String> entities = k != AuditKind.PROGRAM ? k.entities() : Arrays.stream(AuditKind.values())
                    .filter(other -> other != k).flatMap(other -> other.entities().stream()).toList();
            sql.append(k != AuditKind.PROGRAM ? " AND a.entity IN (" : " AND a.entity NOT IN (")
                    .append(String.join(", ", Collections.nCopies(entities.size(), "?"))).append(')');
            args.addAll(entities);
        });
        query.candidateId().ifPresent(id -> {
            sql.append(" AND a.candidate_id = ?");
            args.add(id);
        });
        sql.append(" ORDER BY a.id DESC LIMIT ? OFFSET ?");
        args.add(sqlLimit);
        args.add(sqlOffset);
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (!visitor.test(read(rs))) {
                        return;
                    }
                }
            }
        }
    }

    /** Names of source categories, the deleted ones included (from their deletion's entry), by id. */
    public Map<Long, String> sourceNamesEverKnown(Connection c) throws SQLException {
        Map<Long, String> names = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT entity_id, json_extract(before_json, '$.name') "
                + "FROM audit_log WHERE entity = 'source_category' AND action = 'DELETE' ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                names.put(rs.getLong(1), rs.getString(2));
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT id, name FROM source_category");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                names.put(rs.getLong(1), rs.getString(2));
            }
        }
        return names;
    }

    private static AuditEntry read(ResultSet rs) throws SQLException {
        long candidate = rs.getLong("candidate_id");
        Optional<Long> candidateId = rs.wasNull() ? Optional.empty() : Optional.of(candidate);
        return new AuditEntry(rs.getLong("id"), parseTime(rs.getString("at")), rs.getString("user_name"),
                rs.getString("computer_name"), rs.getString("entity"), rs.getString("entity_id"), candidateId,
                rs.getString("candidate_name"), rs.getString("action"), values(rs.getString("before_json")),
                values(rs.getString("after_json")), rs.getString("detail"));
    }

    /** SQLite writes "2026-11-27T21:05:03.123"; an entry written by hand may lack the fraction or the T. */
    private static LocalDateTime parseTime(String at) {
        return LocalDateTime.parse(at.replace(' ', 'T'));
    }

    /** A JSON object's fields as text in their order; null as "", nested arrays and objects as JSON. */
    private static Map<String, String> values(String json) throws SQLException {
        Map<String, String> values = new LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return values;
        }
        try {
            JsonNode node = Json.MAPPER.readTree(json);
            for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                JsonNode v = field.getValue();
                values.put(field.getKey(), v.isNull() ? "" : v.isContainerNode() ? v.toString() : v.asText());
            }
        } catch (JsonProcessingException e) {
            throw new SQLException("Unreadable audit values: " + json, e);
        }
        return values;
    }
}
