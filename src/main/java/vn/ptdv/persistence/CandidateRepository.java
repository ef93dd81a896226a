package vn.ptdv.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.ptdv.domain.Candidate;
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

    public long insert(Connection c, Candidate candidate) throws SQLException {
        String marks = String.join(", ", java.util.Collections.nCopies(COLUMN_COUNT, "?"));
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO candidate (" + COLUMNS + ") VALUES (" + marks + ")",
                Statement.RETURN_GENERATED_KEYS)) {
            bind(ps, candidate);
            ps.executeUpdate();
            return Jdbc.lastId(ps);
        }
    }

    public void update(Connection c, Candidate candidate) throws SQLException {
        String assignments = String.join(" = ?, ", COLUMNS.split(", ")) + " = ?";
        try (PreparedStatement ps = c.prepareStatement("UPDATE candidate SET " + assignments
                + ", updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now') WHERE id = ?")) {
            bind(ps, candidate);
            ps.setLong(COLUMN_COUNT + 1, candidate.id());
            if (ps.executeUpdate() != 1) {
                throw new SQLException("No candidate with id " + candidate.id());
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

    public List<Candidate> findAll(Connection c) throws SQLException {
        List<Candidate> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, " + COLUMNS + " FROM candidate ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                result.add(read(rs));
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
