package vn.ptdv.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.ptdv.domain.Gender;
import vn.ptdv.domain.target.AdmissionBreakdown;
import vn.ptdv.domain.target.YearCount;

/**
 * A year's counts in one pass of SQL aggregates: each candidate's steps of the three kinds that count,
 * dated in the year, grouped into one row per candidate (so two certificates in a year count once),
 * then those rows grouped by what the breakdown counts. Reading the files of the year into memory
 * instead took 3–4 times as long as the plain {@code GROUP BY} of the year's steps (issue 18).
 */
public final class YearCountReader {
    /**
     * Per candidate: whether they count as cultivated, admitted, recognised, and their first admission
     * decision in the year (for the age, in whole years: ISO dates compare as text, and a birthday not
     * yet reached on the day takes a year off, as {@link java.time.Period} does).
     */
    private static final String SQL = "WITH y AS (SELECT candidate_id AS id, "
            + "max(code = 'AWARENESS_CLASS') AS cultivated, max(code = 'ADMISSION_DECISION') AS admitted, "
            + "max(code = 'OFFICIAL_DECISION') AS recognised, "
            + "min(CASE WHEN code = 'ADMISSION_DECISION' THEN step_date END) AS admitted_on FROM step "
            + "WHERE step_date BETWEEN ? AND ? "
            + "AND code IN ('AWARENESS_CLASS', 'ADMISSION_DECISION', 'OFFICIAL_DECISION') GROUP BY candidate_id) "
            + "SELECT y.cultivated, y.recognised, y.admitted, "
            + "CASE WHEN y.admitted THEN c.gender END, CASE WHEN y.admitted THEN c.ethnicity END, "
            + "CASE WHEN y.admitted THEN c.religion END, "
            + "CASE WHEN y.admitted THEN CAST(substr(y.admitted_on, 1, 4) AS INTEGER) "
            + "- CAST(substr(c.birth_date, 1, 4) AS INTEGER) - (substr(y.admitted_on, 6) < substr(c.birth_date, 6)) END, "
            + "CASE WHEN y.admitted THEN c.education END, CASE WHEN y.admitted THEN c.youth_union_member END, "
            + "CASE WHEN y.admitted THEN sc.id END, CASE WHEN y.admitted THEN sc.name END, count(*) "
            + "FROM y JOIN candidate c ON c.id = y.id LEFT JOIN source_category sc ON sc.id = c.source_category_id "
            + "GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11";

    public YearCount count(Connection c, int year) throws SQLException {
        int cultivated = 0;
        int admitted = 0;
        int recognised = 0;
        List<AdmissionBreakdown.Group> groups = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(SQL)) {
            ps.setString(1, LocalDate.of(year, 1, 1).toString());
            ps.setString(2, LocalDate.of(year, 12, 31).toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int n = rs.getInt(12);
                    cultivated += rs.getInt(1) * n;
                    recognised += rs.getInt(2) * n;
                    if (rs.getInt(3) == 1) {
                        admitted += n;
                        rs.getLong(10);
                        Optional<String> source = rs.wasNull() ? Optional.empty() : Optional.of(rs.getString(11));
                        groups.add(new AdmissionBreakdown.Group(Gender.valueOf(rs.getString(4)), rs.getString(5),
                                rs.getString(6), rs.getInt(7), rs.getString(8), rs.getInt(9) == 1, source, n));
                    }
                }
            }
        }
        return new YearCount(year, cultivated, admitted, recognised, AdmissionBreakdown.of(groups));
    }
}
