package vn.ptdv.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.ptdv.domain.Candidate;
import vn.ptdv.domain.Cell;
import vn.ptdv.domain.Gender;
import vn.ptdv.domain.PersonRole;
import vn.ptdv.domain.SourceCategory;
import vn.ptdv.domain.Step;
import vn.ptdv.domain.StepCode;
import vn.ptdv.domain.StepPerson;
import vn.ptdv.persistence.CandidateRepository;
import vn.ptdv.persistence.CellRepository;
import vn.ptdv.persistence.Database;
import vn.ptdv.persistence.SourceCategoryRepository;
import vn.ptdv.persistence.StepRepository;

/**
 * Fills an empty database with a small, true-to-life cell (a residential group's cell in Phố Lu) so
 * that a new user sees every screen at work. It is marked as sample data in each candidate's notes.
 */
public final class DemoDataService {
    private final Database database;
    private final CandidateRepository candidates = new CandidateRepository();
    private final StepRepository steps = new StepRepository();
    private final CellRepository cells = new CellRepository();
    private final SourceCategoryRepository sources = new SourceCategoryRepository();

    public DemoDataService(Database database) {
        this.database = database;
    }

    /** Thrown when the database already holds candidates: sample data never mixes with real files. */
    public static final class NotEmptyException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public NotEmptyException() {
            super("The database already holds candidates");
        }
    }

    /** Adds the sample cell (when none is set) and candidates in one transaction; returns how many. */
    public int fill() {
        return database.inTransaction(c -> {
            if (candidates.count(c) > 0) {
                throw new NotEmptyException();
            }
            if (cells.find(c).isEmpty()) {
                cells.save(c, new Cell("Chi bộ Tổ dân phố số 5", "Đảng bộ xã Phố Lu", "Phố Lu",
                        "Nguyễn Văn Hùng", 32));
            }
            Map<String, Long> sourceIds = sources.findAll(c).stream()
                    .collect(Collectors.toMap(SourceCategory::name, SourceCategory::id));
            List<DemoCandidate> all = DemoCandidates.all();
            for (DemoCandidate demo : all) {
                insert(c, demo, sourceIds);
            }
            return all.size();
        });
    }

    private void insert(Connection c, DemoCandidate demo, Map<String, Long> sourceIds) throws SQLException {
        Candidate candidate = demo.candidate().toBuilder()
                .sourceCategoryId(Optional.ofNullable(sourceIds.get(demo.source())).orElse(null))
                .build();
        long id = candidates.insert(c, candidate);
        for (Step step : demo.steps()) {
            steps.insert(c, step.withCandidateId(id));
        }
    }

    /** A sample candidate with the name of their source category and their steps. */
    record DemoCandidate(Candidate candidate, String source, List<Step> steps) {
    }

    /** Builds a sample file step by step. */
    static final class FileBuilder {
        private final Candidate candidate;
        private final String source;
        private final List<Step> steps = new ArrayList<>();

        FileBuilder(Candidate candidate, String source) {
            this.candidate = candidate;
            this.source = source;
        }

        FileBuilder step(StepCode code, String date) {
            steps.add(Step.simple(0, code, LocalDate.parse(date)));
            return this;
        }

        FileBuilder document(StepCode code, String date, String number, String issuer) {
            steps.add(new Step(0, 0, code, LocalDate.parse(date), number, issuer, Optional.empty(), "",
                    Optional.empty(), Optional.empty(), "", List.of()));
            return this;
        }

        FileBuilder decision(String date, String number, String issuer, String received) {
            steps.add(new Step(0, 0, StepCode.ADMISSION_DECISION, LocalDate.parse(date), number, issuer,
                    Optional.of(LocalDate.parse(received)), "", Optional.empty(), Optional.empty(), "", List.of()));
            return this;
        }

        FileBuilder vote(StepCode code, String date, String number, int members, int votesFor) {
            steps.add(new Step(0, 0, code, LocalDate.parse(date), number, "", Optional.empty(), "",
                    Optional.of(members), Optional.of(votesFor), "", List.of()));
            return this;
        }

        FileBuilder helper(String date, String... names) {
            List<StepPerson> people = new ArrayList<>();
            for (String name : names) {
                people.add(StepPerson.of(PersonRole.HELPER, name));
            }
            steps.add(new Step(0, 0, StepCode.HELPER_ASSIGNED, LocalDate.parse(date), "", "", Optional.empty(),
                    "", Optional.empty(), Optional.empty(), "", people));
            return this;
        }

        FileBuilder verification(String date, String result) {
            steps.add(new Step(0, 0, StepCode.VERIFICATION, LocalDate.parse(date), "", "", Optional.empty(),
                    result, Optional.empty(), Optional.empty(), "", List.of()));
            return this;
        }

        /** Introducers given as pairs: name, known since (yyyy-MM-dd). */
        FileBuilder introduction(String date, PersonRole firstRole, String... namesAndSince) {
            List<StepPerson> people = new ArrayList<>();
            for (int i = 0; i < namesAndSince.length; i += 2) {
                PersonRole role = i == 0 ? firstRole : PersonRole.INTRODUCER;
                Optional<LocalDate> since = namesAndSince[i + 1].isEmpty()
                        ? Optional.empty() : Optional.of(LocalDate.parse(namesAndSince[i + 1]));
                people.add(new StepPerson(role, namesAndSince[i], since));
            }
            steps.add(new Step(0, 0, StepCode.INTRODUCTION, LocalDate.parse(date), "", "", Optional.empty(), "",
                    Optional.empty(), Optional.empty(), "", people));
            return this;
        }

        FileBuilder closed(StepCode code, String date, String reason) {
            steps.add(new Step(0, 0, code, LocalDate.parse(date), "", "", Optional.empty(), "", Optional.empty(),
                    Optional.empty(), reason, List.of()));
            return this;
        }

        DemoCandidate build() {
            return new DemoCandidate(candidate, source, steps);
        }
    }

    static Candidate.Builder person(String name, Gender gender, String birthDate, String citizenId) {
        return Candidate.builder().fullName(name).gender(gender).birthDate(LocalDate.parse(birthDate))
                .citizenId(citizenId).birthPlace("Xã Phố Lu, tỉnh Lào Cai").homeTown("Xã Phố Lu, tỉnh Lào Cai")
                .permanentResidence("Tổ dân phố số 5, xã Phố Lu, tỉnh Lào Cai")
                .notes("Dữ liệu mẫu để làm quen với chương trình.");
    }
}
