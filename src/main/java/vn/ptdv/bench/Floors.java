package vn.ptdv.bench;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import vn.ptdv.service.Services;

/**
 * The plainest SQL that returns the data a task works from, read through the same driver and
 * connection as the program: what no program could do in less time on that machine. A task is then
 * timed as a ratio to its floor, measured in the same run, so the figure means the same on a slow
 * office PC and a fast one.
 */
final class Floors {
    /** The list's rows: each candidate's listed fields with every step (code, date)... */
    static final String LIST = "SELECT c.id, c.full_name, c.gender, c.birth_date, c.citizen_id, c.phone, "
            + "c.source_category_id, s.id, s.code, s.step_date FROM candidate c "
            + "LEFT JOIN step s ON s.candidate_id = c.id ORDER BY c.id, s.step_date, s.id";
    /**
     * ...and the helpers, read apart: joined into the query above with {@code p.role = 'HELPER'} in its
     * ON clause, SQLite 3.54 plans an index on the role alone and the read takes seconds, not a floor.
     */
    static final String HELPERS = "SELECT s.candidate_id, s.id, p.name FROM step_person p "
            + "JOIN step s ON s.id = p.step_id WHERE p.role = 'HELPER'";
    /** The whole files, as the rule checks and the dashboard read them: every field of every step and person. */
    static final String FILES = "SELECT c.id, c.full_name, c.birth_name, c.alias, c.gender, c.birth_date, "
            + "c.birth_place, c.home_town, c.permanent_residence, c.temporary_residence, c.ethnicity, c.religion, "
            + "c.citizen_id, c.phone, c.occupation, c.workplace, c.education, c.professional_qualification, "
            + "c.political_theory, c.youth_union_member, c.youth_union_since, c.mass_associations, "
            + "c.source_category_id, c.notes, s.id, s.code, s.step_date, s.document_number, s.issuing_body, "
            + "s.received_date, s.result, s.official_members, s.members_present, s.votes_for, s.note, p.role, p.name, "
            + "p.known_since "
            + "FROM candidate c LEFT JOIN step s ON s.candidate_id = c.id LEFT JOIN step_person p ON p.step_id = s.id "
            + "ORDER BY c.id, s.step_date, s.id, p.position";
    /** The year's counts: steps dated in the year by code, and by the candidate's gender and ethnicity. */
    static final String YEAR_COUNTS = "SELECT s.code, c.gender, c.ethnicity, count(*) FROM step s "
            + "JOIN candidate c ON c.id = s.candidate_id WHERE s.step_date BETWEEN ? AND ? "
            + "GROUP BY s.code, c.gender, c.ethnicity";

    private Floors() {
    }

    /**
     * Reads every column of every row as text, as a program must at the least; returns the number of
     * characters read (so that nothing can be skipped) and the rows.
     */
    static Read read(Services services, String sql, Object... arguments) {
        return services.database().inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < arguments.length; i++) {
                    ps.setObject(i + 1, arguments[i]);
                }
                return read(ps);
            }
        });
    }

    private static Read read(PreparedStatement ps) throws SQLException {
        long chars = 0;
        int rows = 0;
        try (ResultSet rs = ps.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                rows++;
                for (int i = 1; i <= columns; i++) {
                    String text = rs.getString(i);
                    chars += text == null ? 0 : text.length();
                }
            }
        }
        return new Read(rows, chars);
    }

    /** The list's floor: its rows and steps, then its helpers. */
    static Read list(Services services) {
        Read rows = read(services, LIST);
        Read helpers = read(services, HELPERS);
        return new Read(rows.rows() + helpers.rows(), rows.chars() + helpers.chars());
    }

    static Read yearCounts(Services services, int year) {
        return read(services, YEAR_COUNTS, LocalDate.of(year, 1, 1).toString(), LocalDate.of(year, 12, 31).toString());
    }

    /** What a floor read: rows and characters. */
    record Read(int rows, long chars) {
    }
}
