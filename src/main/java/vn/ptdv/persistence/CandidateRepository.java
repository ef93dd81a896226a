package vn.ptdv.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.ptdv.domain.Candidate;
import vn.ptdv.domain.CandidateIdentity;
import vn.ptdv.domain.Gender;

/** Candidates' personal data. Every method runs on the caller's connection and transaction. */
public final class CandidateRepository {
    private static final String COLUMNS = "full_name, birth_name, alias, gender, birth_date, birth_place, "
            + "home_town, permanent_residence, temporary_residence, ethnicity, religion, citizen_id, phone, "
            + "occupation, workplace, education, professional_qualification, political_theory, "
            + "youth_union_member, youth_union_since, mass_associations, source_category_id, notes";
    private static final int COLUMN_COUNT = 23;
    /** The same columns of {@code candidate c}, in the same order, for queries that join. */
    static final String COLUMNS_ALIASED = "c." + String.join(", c.", COLUMNS.split(", "));

    /** The columns written, with the name's sort key after them (see {@link #bind}). */
    private static final String INSERT = "INSERT INTO candidate (" + COLUMNS + ", sort_key) VALUES ("
            + String.join(", ", java.util.Collections.nCopies(COLUMN_COUNT + 1, "?")) + ")";
    private static final String UPDATE = "UPDATE candidate SET " + String.join(" = ?, ", COLUMNS.split(", "))
            + " = ?, sort_key = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now') WHERE id = ?";

    public long insert(Connection c, Candidate candidate) throws SQLException {
        try (Writer writer = writer(c)) {
            return writer.insert(candidate);
        }
    }

    public void update(Connection c, Candidate candidate) throws SQLException {
        try (Writer writer = writer(c)) {
            writer.update(candidate);
        }
    }

    /** For many candidates in one transaction: see {@link Writer}. */
    public Writer writer(Connection c) {
        return new Writer(c);
    }

    /**
     * Inserts and updates candidates through statements prepared once, on first use. SQLite compiles
     * the audit triggers into every statement that writes the table, so preparing anew for each of an
     * import's thousand people cost about as much as the writes themselves.
     */
    public static final class Writer implements AutoCloseable {
        private final Connection c;
        private PreparedStatement insert;
        private PreparedStatement update;

        private Writer(Connection c) {
            this.c = c;
        }

        public long insert(Candidate candidate) throws SQLException {
            if (insert == null) {
                insert = c.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS);
            }
            bind(insert, candidate);
            insert.executeUpdate();
            return Jdbc.lastId(insert);
        }

        public void update(Candidate candidate) throws SQLException {
            if (update == null) {
                update = c.prepareStatement(UPDATE);
            }
            bind(update, candidate);
            update.setLong(COLUMN_COUNT + 2, candidate.id());
            if (update.executeUpdate() != 1) {
                throw new SQLException("No candidate with id " + candidate.id());
            }
        }

        @Override
        public void close() throws SQLException {
            try {
                if (insert != null) {
                    insert.close();
                }
            } finally {
                if (update != null) {
                    update.close();
                }
            }
        }
    }

    public void delete(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM candidate WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }

    public Optional<Candidate> find(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, " + COLUMNS + " FROM candidate WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    public Optional<Candidate> findByCitizenId(Connection c, String citizenId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, " + COLUMNS + " FROM candidate WHERE citizen_id = ?")) {
            ps.setString(1, citizenId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    /** Every candidate's identity, in the order of their ids: four columns, not the whole row. */
    public List<CandidateIdentity> identities(Connection c) throws SQLException {
        List<CandidateIdentity> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, full_name, birth_date, citizen_id FROM candidate ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String citizenId = rs.getString(4);
                result.add(new CandidateIdentity(rs.getLong(1), rs.getString(2), Jdbc.isoDate(rs.getString(3)),
                        citizenId == null ? "" : citizenId));
            }
        }
        return result;
    }

    /** The candidates with these ids, in the order of their ids, in one query however many they are. */
    public List<Candidate> findByIds(Connection c, Collection<Long> ids) throws SQLException {
        List<Candidate> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, " + COLUMNS
                + " FROM candidate WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id")) {
            ps.setString(1, Jdbc.jsonArray(ids));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(read(rs));
                }
            }
        }
        return result;
    }

    public int count(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM candidate")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    public Optional<byte[]> photo(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT photo FROM candidate WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getBytes(1)) : Optional.empty();
            }
        }
    }

    public void setPhoto(Connection c, long id, Optional<byte[]> photo) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE candidate SET photo = ? WHERE id = ?")) {
            if (photo.isPresent()) {
                ps.setBytes(1, photo.get());
            } else {
                ps.setNull(1, Types.BLOB);
            }
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    private static void bind(PreparedStatement ps, Candidate x) throws SQLException {
        int i = 1;
        ps.setString(i++, x.fullName());
        ps.setString(i++, x.birthName());
        ps.setString(i++, x.alias());
        ps.setString(i++, x.gender().name());
        ps.setString(i++, x.birthDate().toString());
        ps.setString(i++, x.birthPlace());
        ps.setString(i++, x.homeTown());
        ps.setString(i++, x.permanentResidence());
        ps.setString(i++, x.temporaryResidence());
        ps.setString(i++, x.ethnicity());
        ps.setString(i++, x.religion());
        if (x.citizenId().isEmpty()) {
            ps.setNull(i++, Types.VARCHAR);
        } else {
            ps.setString(i++, x.citizenId());
        }
        ps.setString(i++, x.phone());
        ps.setString(i++, x.occupation());
        ps.setString(i++, x.workplace());
        ps.setString(i++, x.education());
        ps.setString(i++, x.professionalQualification());
        ps.setString(i++, x.politicalTheory());
        ps.setInt(i++, x.youthUnionMember() ? 1 : 0);
        Jdbc.setDate(ps, i++, x.youthUnionSince());
        ps.setString(i++, x.massAssociations());
        if (x.sourceCategoryId().isPresent()) {
            ps.setLong(i++, x.sourceCategoryId().get());
        } else {
            ps.setNull(i++, Types.INTEGER);
        }
        ps.setString(i, x.notes());
        ps.setBytes(COLUMN_COUNT + 1, vn.ptdv.domain.VietnameseNames.sortKey(x.fullName()));
    }

    private static Candidate read(ResultSet rs) throws SQLException {
        long source = rs.getLong("source_category_id");
        Long sourceId = rs.wasNull() ? null : source;
        String citizenId = rs.getString("citizen_id");
        return Candidate.builder()
                .id(rs.getLong("id"))
                .fullName(rs.getString("full_name"))
                .birthName(rs.getString("birth_name"))
                .alias(rs.getString("alias"))
                .gender(Gender.valueOf(rs.getString("gender")))
                .birthDate(Jdbc.isoDate(rs.getString("birth_date")))
                .birthPlace(rs.getString("birth_place"))
                .homeTown(rs.getString("home_town"))
                .permanentResidence(rs.getString("permanent_residence"))
                .temporaryResidence(rs.getString("temporary_residence"))
                .ethnicity(rs.getString("ethnicity"))
                .religion(rs.getString("religion"))
                .citizenId(citizenId == null ? "" : citizenId)
                .phone(rs.getString("phone"))
                .occupation(rs.getString("occupation"))
                .workplace(rs.getString("workplace"))
                .education(rs.getString("education"))
                .professionalQualification(rs.getString("professional_qualification"))
                .politicalTheory(rs.getString("political_theory"))
                .youthUnionMember(rs.getInt("youth_union_member") == 1)
                .youthUnionSince(Jdbc.date(rs, "youth_union_since").orElse(null))
                .massAssociations(rs.getString("mass_associations"))
                .sourceCategoryId(sourceId)
                .notes(rs.getString("notes"))
                .build();
    }
}
