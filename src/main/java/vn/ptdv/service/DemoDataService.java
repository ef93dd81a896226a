package vn.ptdv.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
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
import vn.ptdv.domain.journal.Assessment;
import vn.ptdv.domain.journal.JournalEntry;
import vn.ptdv.domain.journal.JournalKind;
import vn.ptdv.domain.journal.Rating;
import vn.ptdv.domain.journal.ReviewHeading;
import vn.ptdv.domain.journal.TaskOutcome;
import vn.ptdv.domain.journal.TaskResult;
import vn.ptdv.persistence.CandidateRepository;
import vn.ptdv.persistence.CellRepository;
import vn.ptdv.persistence.Database;
import vn.ptdv.persistence.JournalRepository;
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
    private final JournalRepository journal = new JournalRepository();

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
        for (JournalEntry entry : demo.journal()) {
            journal.insert(c, entry.withCandidateId(id));
        }
    }

    /** A sample candidate with the name of their source category, their steps and training journal. */
    record DemoCandidate(Candidate candidate, String source, List<Step> steps, List<JournalEntry> journal) {
    }

    /** Builds a sample file step by step. */
    static final class FileBuilder {
        private final Candidate candidate;
        private final String source;
        private final List<Step> steps = new ArrayList<>();
        private final List<JournalEntry> journal = new ArrayList<>();

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
                    Optional.empty(), Optional.empty(), Optional.empty(), "", List.of()));
            return this;
        }

        FileBuilder decision(String date, String number, String issuer, String received) {
            steps.add(new Step(0, 0, StepCode.ADMISSION_DECISION, LocalDate.parse(date), number, issuer,
                    Optional.of(LocalDate.parse(received)), "", Optional.empty(), Optional.empty(), Optional.empty(), "", List.of()));
            return this;
        }

        FileBuilder vote(StepCode code, String date, String number, int members, int present, int votesFor) {
            steps.add(new Step(0, 0, code, LocalDate.parse(date), number, "", Optional.empty(), "",
                    Optional.of(members), Optional.of(present), Optional.of(votesFor), "", List.of()));
            return this;
        }

        FileBuilder helper(String date, String... names) {
            List<StepPerson> people = new ArrayList<>();
            for (String name : names) {
                people.add(StepPerson.of(PersonRole.HELPER, name));
            }
            steps.add(new Step(0, 0, StepCode.HELPER_ASSIGNED, LocalDate.parse(date), "", "", Optional.empty(),
                    "", Optional.empty(), Optional.empty(), Optional.empty(), "", people));
            return this;
        }

        FileBuilder verification(String date, String result) {
            steps.add(new Step(0, 0, StepCode.VERIFICATION, LocalDate.parse(date), "", "", Optional.empty(),
                    result, Optional.empty(), Optional.empty(), Optional.empty(), "", List.of()));
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
                    Optional.empty(), Optional.empty(), Optional.empty(), "", people));
            return this;
        }

        FileBuilder closed(StepCode code, String date, String reason) {
            steps.add(new Step(0, 0, code, LocalDate.parse(date), "", "", Optional.empty(), "", Optional.empty(), Optional.empty(),
                    Optional.empty(), reason, List.of()));
            return this;
        }

        /** A task; {@code result} empty while the candidate has not reported on it. */
        FileBuilder task(String given, String by, String what, String due, String result, String resultDate,
                         String comment) {
            Optional<TaskOutcome> outcome = result.isEmpty() ? Optional.empty()
                    : Optional.of(new TaskOutcome(TaskResult.valueOf(result), LocalDate.parse(resultDate), comment));
            journal.add(JournalEntry.task(0, LocalDate.parse(given), by, what, Optional.of(LocalDate.parse(due)),
                    outcome));
            return this;
        }

        /** A review graded on the four headings in their order, as G(ood), F(air), A(verage), W(eak). */
        FileBuilder review(String date, String helper, String grades, boolean ready, String opinion,
                           String... comments) {
            Map<ReviewHeading, Assessment> assessments = new EnumMap<>(ReviewHeading.class);
            ReviewHeading[] headings = ReviewHeading.values();
            for (int i = 0; i < headings.length; i++) {
                Rating rating = switch (grades.charAt(i)) {
                    case 'G' -> Rating.GOOD;
                    case 'F' -> Rating.FAIR;
                    case 'A' -> Rating.AVERAGE;
                    default -> Rating.WEAK;
                };
                assessments.put(headings[i], new Assessment(rating, i < comments.length ? comments[i] : ""));
            }
            journal.add(JournalEntry.review(0, LocalDate.parse(date), helper, assessments, ready, opinion));
            return this;
        }

        FileBuilder activity(String date, String text) {
            journal.add(JournalEntry.simple(0, JournalKind.ACTIVITY, LocalDate.parse(date), text));
            return this;
        }

        FileBuilder note(String date, String text) {
            journal.add(JournalEntry.simple(0, JournalKind.NOTE, LocalDate.parse(date), text));
            return this;
        }

        DemoCandidate build() {
            return new DemoCandidate(candidate, source, steps, journal);
        }
    }

    static Candidate.Builder person(String name, Gender gender, String birthDate, String citizenId) {
        return Candidate.builder().fullName(name).gender(gender).birthDate(LocalDate.parse(birthDate))
                .citizenId(citizenId).birthPlace("Xã Phố Lu, tỉnh Lào Cai").homeTown("Xã Phố Lu, tỉnh Lào Cai")
                .permanentResidence("Tổ dân phố số 5, xã Phố Lu, tỉnh Lào Cai")
                .notes("Dữ liệu mẫu để làm quen với chương trình.");
    }
}
