package vn.ptdv.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ptdv.domain.PersonRole;
import vn.ptdv.domain.Step;
import vn.ptdv.domain.StepCode;
import vn.ptdv.domain.StepPerson;

/** Steps of the candidates' files with the people on them. Runs on the caller's transaction. */
public final class StepRepository {
    private static final String SELECT = "SELECT s.id, s.candidate_id, s.code, s.step_date, s.document_number, "
            + "s.issuing_body, s.received_date, s.result, s.official_members, s.members_present, s.votes_for, s.note FROM step s ";

    private static final String INSERT_PERSON =
            "INSERT INTO step_person (step_id, position, role, name, known_since) VALUES (?, ?, ?, ?, ?)";

    public long insert(Connection c, Step step) throws SQLException {
        try (Inserter inserter = inserter(c)) {
            return inserter.insert(step);
        }
    }

    /** For many steps in one transaction: see {@link Inserter}. */
    public Inserter inserter(Connection c) throws SQLException {
        return new Inserter(c);
    }

    /**
     * Inserts steps with their people through statements prepared once. SQLite compiles a table's
     * audit triggers into every statement that writes the table, so preparing anew for each of an
     * import's thousands of steps cost about as much as the inserts themselves.
     */
    public static final class Inserter implements AutoCloseable {
        private final PreparedStatement step;
        private final PreparedStatement person;

        private Inserter(Connection c) throws SQLException {
            step = c.prepareStatement("INSERT INTO step (candidate_id, code, step_date, "
                    + "document_number, issuing_body, received_date, result, official_members, members_present, "
                    + "votes_for, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
            try {
                person = c.prepareStatement(INSERT_PERSON);
            } catch (SQLException e) {
                step.close();
                throw e;
            }
        }

        public long insert(Step s) throws SQLException {
            step.setLong(1, s.candidateId());
            bindFields(step, 2, s);
            step.executeUpdate();
            long id = Jdbc.lastId(step);
            insertPeople(person, id, s.people());
            return id;
        }

        @Override
        public void close() throws SQLException {
            try {
                step.close();
            } finally {
                person.close();
            }
        }
    }

    public void update(Connection c, Step step) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE step SET code = ?, step_date = ?, "
                + "document_number = ?, issuing_body = ?, received_date = ?, result = ?, official_members = ?, "
                + "members_present = ?, votes_for = ?, note = ? WHERE id = ?")) {
            bindFields(ps, 1, step);
            ps.setLong(11, step.id());
            if (ps.executeUpdate() != 1) {
                throw new SQLException("No step with id " + step.id());
            }
        }
        // People are replaced only when they changed, so that the audit trail shows a save that left them
        // alone as no change of them.
        List<StepPerson> stored = people(c, "WHERE s.id = ?", step.id()).getOrDefault(step.id(), List.of());
        if (stored.equals(stripped(step.people()))) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM step_person WHERE step_id = ?")) {
            ps.setLong(1, step.id());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(INSERT_PERSON)) {
            insertPeople(ps, step.id(), step.people());
        }
    }

    /** The people as they are stored: names without surrounding spaces. */
    private static List<StepPerson> stripped(List<StepPerson> people) {
        return people.stream().map(p -> new StepPerson(p.role(), p.name().strip(), p.knownSince())).toList();
    }

    public void delete(Connection c, long stepId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM step WHERE id = ?")) {
            ps.setLong(1, stepId);
            ps.executeUpdate();
        }
    }

    public Optional<Step> find(Connection c, long stepId) throws SQLException {
        return query(c, "WHERE s.id = ?", stepId).stream().findFirst();
    }

    public List<Step> forCandidate(Connection c, long candidateId) throws SQLException {
        return query(c, "WHERE s.candidate_id = ?", candidateId);
    }

    /** The steps of these candidates, by candidate, in two queries however many candidates. */
    public Map<Long, List<Step>> forCandidates(Connection c, Collection<Long> candidateIds) throws SQLException {
        Map<Long, List<Step>> byCandidate = new HashMap<>();
        for (Step step : query(c, "WHERE s.candidate_id IN (SELECT value FROM json_each(?))",
                Jdbc.jsonArray(candidateIds))) {
            byCandidate.computeIfAbsent(step.candidateId(), k -> new ArrayList<>()).add(step);
        }
        return byCandidate;
    }

    /** The steps matching the condition on {@code step s}, each with its people, in two queries. */
    private List<Step> query(Connection c, String where, Object... args) throws SQLException {
        List<Step> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(SELECT + where + " ORDER BY s.candidate_id, s.step_date, s.id")) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(read(rs));
                }
            }
        }
        Map<Long, List<StepPerson>> people = people(c, where, args);
        List<Step> result = new ArrayList<>(rows.size());
        for (Step row : rows) {
            result.add(new Step(row.id(), row.candidateId(), row.code(), row.date(), row.documentNumber(),
                    row.issuingBody(), row.receivedDate(), row.result(), row.officialMembers(), row.membersPresent(), row.votesFor(),
                    row.note(), people.getOrDefault(row.id(), List.of())));
        }
        return result;
    }

    private Map<Long, List<StepPerson>> people(Connection c, String where, Object... args) throws SQLException {
        Map<Long, List<StepPerson>> byStep = new HashMap<>();
        String sql = "SELECT p.step_id, p.role, p.name, p.known_since FROM step_person p "
                + "JOIN step s ON s.id = p.step_id " + where + " ORDER BY p.step_id, p.position";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byStep.computeIfAbsent(rs.getLong("step_id"), k -> new ArrayList<>())
                            .add(new StepPerson(PersonRole.valueOf(rs.getString("role")), rs.getString("name"),
                                    Jdbc.date(rs, "known_since")));
                }
            }
        }
        return byStep;
    }

    private static void insertPeople(PreparedStatement ps, long stepId, List<StepPerson> people) throws SQLException {
        if (people.isEmpty()) {
            return;
        }
        int position = 0;
        for (StepPerson person : people) {
            ps.setLong(1, stepId);
            ps.setInt(2, position++);
            ps.setString(3, person.role().name());
            ps.setString(4, person.name().strip());
            Jdbc.setDate(ps, 5, person.knownSince());
            ps.addBatch();
        }
        ps.executeBatch();
    }

    private static void bindFields(PreparedStatement ps, int first, Step step) throws SQLException {
        int i = first;
        ps.setString(i++, step.code().name());
        ps.setString(i++, step.date().toString());
        ps.setString(i++, step.documentNumber().strip());
        ps.setString(i++, step.issuingBody().strip());
        Jdbc.setDate(ps, i++, step.receivedDate());
        ps.setString(i++, step.result().strip());
        Jdbc.setInt(ps, i++, step.officialMembers());
        Jdbc.setInt(ps, i++, step.membersPresent());
        Jdbc.setInt(ps, i++, step.votesFor());
        ps.setString(i, step.note().strip());
    }

    private static Step read(ResultSet rs) throws SQLException {
        return new Step(rs.getLong("id"), rs.getLong("candidate_id"),
                StepCode.parse(rs.getString("code")).orElseThrow(
                        () -> new SQLException("Unknown step code " + safe(rs))),
                Jdbc.isoDate(rs.getString("step_date")), rs.getString("document_number"),
                rs.getString("issuing_body"), Jdbc.date(rs, "received_date"), rs.getString("result"),
                Jdbc.integer(rs, "official_members"), Jdbc.integer(rs, "members_present"), Jdbc.integer(rs, "votes_for"), rs.getString("note"),
                List.of());
    }

    private static String safe(ResultSet rs) {
        try {
            return rs.getString("code");
        } catch (SQLException e) {
            return "?";
        }
    }
}
