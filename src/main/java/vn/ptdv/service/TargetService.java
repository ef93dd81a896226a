package vn.ptdv.service;

import java.util.List;
import vn.ptdv.domain.target.AdmissionBreakdown;
import vn.ptdv.domain.target.YearProgress;
import vn.ptdv.domain.target.YearTarget;
import vn.ptdv.persistence.Database;
import vn.ptdv.persistence.TargetRepository;
import vn.ptdv.persistence.YearCountReader;

/** The yearly targets and the progress toward them. */
public final class TargetService {
    private final Database database;
    private final CandidateService candidates;
    private final TargetRepository targets = new TargetRepository();
    private final YearCountReader counts = new YearCountReader();

    private final CellService cell;

    public TargetService(Database database, CandidateService candidates, CellService cell) {
        this.database = database;
        this.candidates = candidates;
        this.cell = cell;
    }

    /**
     * The year's target: as set, or else the previous year's carried forward, or else the usual
     * 3–5 cultivated and 1–2 admitted. {@link #origin} tells which.
     */
    public YearTarget target(int year) {
        return database.inTransaction(c -> target(c, year));
    }

    private YearTarget target(java.sql.Connection c, int year) throws java.sql.SQLException {
        return targetAndOrigin(c, year).target();
    }

    /** A year's target with where it comes from. */
    private record Targeted(YearTarget target, Origin origin) {
    }

    /** The year's target and where it comes from, each looked up once. */
    private Targeted targetAndOrigin(java.sql.Connection c, int year) throws java.sql.SQLException {
        var set = targets.find(c, year);
        if (set.isPresent()) {
            return new Targeted(set.get(), Origin.SET);
        }
        var earlier = targets.latestBefore(c, year);
        return earlier.map(t -> new Targeted(t.forYear(year), Origin.CARRIED))
                .orElse(new Targeted(YearTarget.usual(year), Origin.USUAL));
    }

    /** Where a year's target comes from: set for the year, carried from an earlier year, or the usual one. */
    public enum Origin {
        SET, CARRIED, USUAL
    }

    public Origin origin(int year) {
        return database.inTransaction(c -> origin(c, year));
    }

    private Origin origin(java.sql.Connection c, int year) throws java.sql.SQLException {
        return targetAndOrigin(c, year).origin();
    }

    public void save(YearTarget target) {
        database.inTransaction(c -> {
            targets.save(c, target);
            return null;
        });
    }

    public YearProgress progress(int year) {
        return YearProgress.of(year, files(year));
    }

    /**
     * The year's target, progress and admissions by category. Only the files with a step in the year
     * are read: what counts toward a year is a step dated in it (domain.md).
     */
    public YearStats stats(int year) {
        return stats(year, candidates.filesWithStepIn(year, year));
    }

    /**
     * The year's target and its counts, without the people: what {@code stats} prints, counted in SQL
     * in one pass rather than from the files read into memory.
     */
    public YearCounts counts(int year) {
        return database.inTransaction(c -> {
            Targeted targeted = targetAndOrigin(c, year);
            return new YearCounts(targeted.target(), targeted.origin(), counts.count(c, year));
        });
    }

    /** The year's stats from the files with a step in the year, already read by the caller. */
    public YearStats stats(int year, List<CandidateWithSteps> filesOfYear) {
        List<YearProgress.File> files = filesOfYear.stream()
                .map(x -> new YearProgress.File(x.candidate(), x.steps())).toList();
        java.util.Map<Long, String> sources = cell.sourceCategories().stream()
                .collect(java.util.stream.Collectors.toMap(vn.ptdv.domain.SourceCategory::id,
                        vn.ptdv.domain.SourceCategory::name));
        Targeted targeted = database.inTransaction(c -> targetAndOrigin(c, year));
        return new YearStats(year, targeted.target(), targeted.origin(), YearProgress.of(year, files),
                AdmissionBreakdown.of(year, files, sources));
    }

    /** The files that can count toward the year: those with a step dated in it. */
    private List<YearProgress.File> files(int year) {
        return candidates.filesWithStepIn(year, year).stream()
                .map(x -> new YearProgress.File(x.candidate(), x.steps())).toList();
    }
}
