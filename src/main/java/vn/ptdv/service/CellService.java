package vn.ptdv.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.ptdv.domain.Cell;
import vn.ptdv.domain.SourceCategory;
import vn.ptdv.persistence.CellRepository;
import vn.ptdv.persistence.Database;
import vn.ptdv.persistence.SourceCategoryRepository;

/** The cell's details and its list of source categories. */
public final class CellService {
    private final Database database;
    private final CellRepository cells = new CellRepository();
    private final SourceCategoryRepository sources = new SourceCategoryRepository();

    public CellService(Database database) {
        this.database = database;
    }

    /** Empty until the first start has asked for the cell's details. */
    public Optional<Cell> cell() {
        return database.inTransaction(cells::find);
    }

    public void saveCell(Cell cell) {
        List<FieldError> errors = new ArrayList<>();
        if (cell.name().isEmpty()) {
            errors.add(FieldError.of("cellName", "validation.cell.name.required"));
        }
        if (cell.officialMembers() < 0) {
            errors.add(FieldError.of("officialMembers", "validation.cell.members"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        database.inTransaction(c -> {
            cells.save(c, cell);
            return null;
        });
    }

    public List<SourceCategory> sourceCategories() {
        return database.inTransaction(sources::findAll);
    }

    public SourceCategory addSourceCategory(String name) {
        String clean = checkedName(name);
        return database.inTransaction(c -> {
            refuseDuplicate(c, clean, 0);
            return new SourceCategory(sources.insert(c, clean), clean);
        });
    }

    public void renameSourceCategory(long id, String name) {
        String clean = checkedName(name);
        database.inTransaction(c -> {
            refuseDuplicate(c, clean, id);
            sources.rename(c, id, clean);
            return null;
        });
    }

    /** How many candidates name this source: they lose it when it is removed. */
    public int sourceCategoryUsage(long id) {
        return database.inTransaction(c -> sources.usage(c, id));
    }

    public void removeSourceCategory(long id) {
        database.inTransaction(c -> {
            sources.delete(c, id);
            return null;
        });
    }

    private static String checkedName(String name) {
        String clean = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty()) {
            throw new ValidationException(List.of(FieldError.of("sourceName", "validation.source.required")));
        }
        List<FieldError> errors = sourceNameProblems(clean);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return clean;
    }

    /** What a new source's name must pass beyond not being empty (the import adds sources too). */
    public static List<FieldError> sourceNameProblems(String name) {
        List<FieldError> errors = new java.util.ArrayList<>();
        TextRules.check("sourceName", name, TextRules.TEXT_MAX, errors);
        return errors;
    }

    private void refuseDuplicate(java.sql.Connection c, String name, long id) throws java.sql.SQLException {
        // "khác" or "Quan nhan xuat ngu" next to "Khác" or "Quân nhân xuất ngũ" is the same category typed twice.
        String folded = vn.ptdv.domain.VietnameseNames.fold(name);
        var existing = sources.findAll(c).stream()
                .filter(other -> other.id() != id && vn.ptdv.domain.VietnameseNames.fold(other.name()).equals(folded))
                .findFirst();
        if (existing.isPresent()) {
            throw new ValidationException(List.of(FieldError.of("sourceName", "validation.source.duplicate",
                    existing.get().name())));
        }
    }
}
