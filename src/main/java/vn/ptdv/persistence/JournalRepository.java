package vn.ptdv.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ptdv.domain.journal.Assessment;
import vn.ptdv.domain.journal.JournalEntry;
import vn.ptdv.domain.journal.JournalKind;
import vn.ptdv.domain.journal.Rating;
import vn.ptdv.domain.journal.ReviewHeading;
import vn.ptdv.domain.journal.TaskOutcome;
import vn.ptdv.domain.journal.TaskResult;

/** The training journal's entries (table journal_entry). Runs on the caller's transaction. */
public final class JournalRepository {
    /** Each heading's two columns, in the table's order. */
    private static final Map<ReviewHeading, String> PREFIX = Map.of(
            ReviewHeading.POLITICAL_AWARENESS, "political",
            ReviewHeading.ETHICS_LIFESTYLE, "ethics",
            ReviewHeading.WORK_AND_TASKS, "work",
            ReviewHeading.RELATIONS_WHERE_LIVING, "relations");
    private static final String FIELDS = "kind, entry_date, person, text, due_date, result, result_date, "
            + "result_comment, political_rating, political_comment, ethics_rating, ethics_comment, work_rating, "
            + "work_comment, relations_rating, relations_comment, ready";
    private static final String SELECT = "SELECT id, candidate_id, " + FIELDS + " FROM journal_entry ";
    private static final String ORDER = " ORDER BY entry_date DESC, id DESC";

    public long insert(Connection c, JournalEntry entry) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO journal_entry (candidate_id, " + FIELDS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, entry.candidateId());
            bind(ps, 2, entry);
            ps.executeUpdate();
            return Jdbc.lastId(ps);
        }
    }

    public void update(Connection c, JournalEntry entry) throws SQLException {
        String set = String.join(" = ?, ", FIELDS.split(", ")) + " = ?";
        try (PreparedStatement ps = c.prepareStatement("UPDATE journal_entry SET " + set + " WHERE id = ?")) {
            int next = bind(ps, 1, entry);
            ps.setLong(next, entry.id());
            if (ps.executeUpdate() != 1) {
                throw new SQLException("No journal entry with id " + entry.id());
            }
        }
    }

    public void delete(Connection c, long entryId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM journal_entry WHERE id = ?")) {
            ps.setLong(1, entryId);
            ps.executeUpdate();
        }
    }

    public Optional<JournalEntry> find(Connection c, long entryId) throws SQLException {
        return query(c, "WHERE id = ?", entryId).stream().findFirst();
    }

    /** A candidate's entries, newest first. */
    public List<JournalEntry> forCandidate(Connection c, long candidateId) throws SQLException {
        return query(c, "WHERE candidate_id = ?", candidateId);
    }

    /** Every candidate's entries, newest first, for checks of the whole cell in one query. */
    public Map<Long, List<JournalEntry>> all(Connection c) throws SQLException {
        Map<Long, List<JournalEntry>> byCandidate = new LinkedHashMap<>();
        for (JournalEntry e : query(c, "")) {
            byCandidate.computeIfAbsent(e.candidateId(), k -> new ArrayList<>()).add(e);
        }
        return byCandidate;
    }

    private List<JournalEntry> query(Connection c, String where, Object... args) throws SQLException {
        List<JournalEntry> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(SELECT + where + ORDER)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(read(rs));
                }
            }
        }
        return rows;
    }

    /** Binds the fields from {@code first} on; returns the next free index. */
    private static int bind(PreparedStatement ps, int first, JournalEntry e) throws SQLException {
        int i = first;
        ps.setString(i++, e.kind().name());
        ps.setString(i++, e.date().toString());
        ps.setString(i++, e.person());
        ps.setString(i++, e.text());
        Jdbc.setDate(ps, i++, e.due());
        setText(ps, i++, e.outcome().map(o -> o.result().name()));
        Jdbc.setDate(ps, i++, e.outcome().map(TaskOutcome::date));
        ps.setString(i++, e.outcome().map(TaskOutcome::comment).orElse(""));
        for (ReviewHeading h : ReviewHeading.values()) {
            Optional<Assessment> a = Optional.ofNullable(e.assessments().get(h));
            setText(ps, i++, a.map(x -> x.rating().name()));
            ps.setString(i++, a.map(Assessment::comment).orElse(""));
        }
        Jdbc.setInt(ps, i++, e.ready().map(r -> r ? 1 : 0));
        return i;
    }

    private static void setText(PreparedStatement ps, int index, Optional<String> value) throws SQLException {
        if (value.isPresent()) {
            ps.setString(index, value.get());
        } else {
            ps.setNull(index, Types.VARCHAR);
        }
    }

    private static JournalEntry read(ResultSet rs) throws SQLException {
        Optional<TaskOutcome> outcome = Optional.empty();
        String result = rs.getString("result");
        if (result != null) {
            outcome = Optional.of(new TaskOutcome(TaskResult.valueOf(result),
                    Jdbc.date(rs, "result_date").orElse(Jdbc.isoDate(rs.getString("entry_date"))),
                    rs.getString("result_comment")));
        }
        Map<ReviewHeading, Assessment> assessments = new EnumMap<>(ReviewHeading.class);
        for (ReviewHeading h : ReviewHeading.values()) {
            String rating = rs.getString(PREFIX.get(h) + "_rating");
            if (rating != null) {
                assessments.put(h, new Assessment(Rating.valueOf(rating), rs.getString(PREFIX.get(h) + "_comment")));
            }
        }
        return new JournalEntry(rs.getLong("id"), rs.getLong("candidate_id"), JournalKind.valueOf(rs.getString("kind")),
                Jdbc.isoDate(rs.getString("entry_date")), rs.getString("person"), rs.getString("text"),
                Jdbc.date(rs, "due_date"), outcome, assessments, Jdbc.integer(rs, "ready").map(r -> r == 1));
    }
}
