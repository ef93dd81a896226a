package vn.ptdv.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import vn.ptdv.domain.Cell;

/** The cell's own details; empty until the first start has asked for them. */
public final class CellRepository {
    public Optional<Cell> find(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT name, superior_committee, place_name, "
                + "secretary_name, official_members FROM cell WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(new Cell(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getInt(5)));
        }
    }

    public void save(Connection c, Cell cell) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO cell (id, name, superior_committee, "
                + "place_name, secretary_name, official_members) VALUES (1, ?, ?, ?, ?, ?) "
                + "ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
                + "superior_committee = excluded.superior_committee, place_name = excluded.place_name, "
                + "secretary_name = excluded.secretary_name, official_members = excluded.official_members")) {
            ps.setString(1, cell.name());
            ps.setString(2, cell.superiorCommittee());
            ps.setString(3, cell.placeName());
            ps.setString(4, cell.secretaryName());
            ps.setInt(5, cell.officialMembers());
            ps.executeUpdate();
        }
    }
}
