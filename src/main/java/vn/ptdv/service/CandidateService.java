package vn.ptdv.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import vn.ptdv.domain.Candidate;
import vn.ptdv.domain.CandidateIdentity;
import vn.ptdv.domain.CandidateFile;
import vn.ptdv.domain.CandidateSummary;
import vn.ptdv.domain.DisplayDates;
import vn.ptdv.domain.PersonRole;
import vn.ptdv.domain.SourceCategory;
import vn.ptdv.domain.Step;
import vn.ptdv.domain.StepCode;
import vn.ptdv.domain.StepPerson;
import vn.ptdv.domain.VietnameseNames;
import vn.ptdv.domain.checklist.FileChecklist;
import vn.ptdv.domain.rules.RuleSettings;
import vn.ptdv.persistence.AuditRepository;
import vn.ptdv.persistence.CandidateFileReader;
import vn.ptdv.persistence.CandidateRepository;
import vn.ptdv.persistence.Database;
import vn.ptdv.persistence.RuleSettingRepository;
import vn.ptdv.persistence.SourceCategoryRepository;
import vn.ptdv.persistence.StepRepository;

/** Keeping candidates and their steps: listing, validating and saving, each save in one transaction. */
public final class CandidateService {
    /** A photo larger than this is refused: the database is copied whole for backups. */
    public static final int MAX_PHOTO_BYTES = 2 * 1024 * 1024;

    private final Database database;
    private final Clock clock;
    private final CandidateRepository candidates = new CandidateRepository();
    private final StepRepository steps = new StepRepository();
    private final CandidateFileReader files = new CandidateFileReader();
    private final SourceCategoryRepository sources = new SourceCategoryRepository();
    private final RuleSettingRepository ruleSettings = new RuleSettingRepository();

    public CandidateService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * Every candidate with their latest step, status and the documents their file has for its next
     * decision (as of today, under the committee's rules), in Vietnamese name order. One read for all.
     */
    /** What the list is read with: the rules' settings, and whether the rows come in name order. */
    private record ListSetup(RuleSettings settings, boolean inNameOrder) {
    }

    public List<CandidateSummary> listSummaries() {
        LocalDate today = today();
        Map<Long, String> sourceNames = new java.util.HashMap<>();
        ListSetup setup = database.inTransaction(c -> {
            sources.findAll(c).forEach(x -> sourceNames.put(x.id(), x.name()));
            return new ListSetup(RuleSettings.of(ruleSettings.findAll(c)), files.listedInNameOrder(c));
        });
        RuleSettings settings = setup.settings();
        List<CandidateSummary> result = new ArrayList<>();
        FilePipeline.<CandidateFileReader.ListRow>run(sink -> database.inTransaction(c -> {
            files.forEachListed(c, sink);
            return null;
        }), row -> {
            List<Step> steps = row.steps();
            result.add(new CandidateSummary(row.id(), row.fullName(), row.gender(), row.birthDate(),
                    row.citizenId(), row.phone(), row.sourceCategoryId().map(sourceNames::get).orElse(""),
                    CandidateFile.currentStep(steps), helpers(steps), CandidateFile.status(steps),
                    FileChecklist.of(steps, settings, today).progress()));
        });
        if (!setup.inNameOrder()) {
            VietnameseNames.sort(result, CandidateSummary::fullName);
        }
        return result;
    }

    /** Checks a citizen ID as typed, so forms can say everything that is wrong at once. */
    public static Optional<FieldError> checkCitizenId(String citizenId) {
        return CandidateValidator.citizenIdError(citizenId);
    }

    /**
     * Candidates with their steps, for exports and the command line, in Vietnamese name order. Holds the
     * whole cell in memory: what goes over every file without keeping them uses {@link #forEachFile}.
     */
    public List<CandidateWithSteps> listWithSteps() {
        List<CandidateWithSteps> result = new ArrayList<>();
        forEachFile(result::add);
        VietnameseNames.sort(result, f -> f.candidate().fullName());
        return result;
    }

    /**
     * Hands every candidate's whole file to {@code action}, one at a time (in no particular order), all
     * read in one transaction, so that work over the whole cell needs memory for one file only.
     */
    public void forEachFile(Consumer<CandidateWithSteps> action) {
        read(CandidateFileReader.Filter.all(), action);
    }

    /**
     * The files with a step dated in the years (inclusive), in no particular order: what a year's
     * numbers come from, read without the rest of the cell.
     */
    public List<CandidateWithSteps> filesWithStepIn(int fromYear, int toYear) {
        List<CandidateWithSteps> result = new ArrayList<>();
        read(CandidateFileReader.Filter.withStepBetween(LocalDate.of(fromYear, 1, 1), LocalDate.of(toYear, 12, 31)),
                result::add);
        return result;
    }

    private void read(CandidateFileReader.Filter filter, Consumer<CandidateWithSteps> action) {
        FilePipeline.<CandidateFileReader.PackedFile>run(sink -> database.inTransaction(c -> {
            files.forEachPacked(c, filter, sink);
            return null;
        }), file -> action.accept(new CandidateWithSteps(file.candidate(), file.steps())));
    }

    public Optional<Candidate> find(long id) {
        return database.inTransaction(c -> candidates.find(c, id));
    }

    /** The candidate and their file, read together. */
    public Optional<CandidateWithSteps> findWithSteps(long id) {
        return database.inTransaction(c -> {
            Optional<Candidate> found = candidates.find(c, id);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new CandidateWithSteps(found.get(), steps.forCandidate(c, id)));
        });
    }

    public List<Step> steps(long candidateId) {
        return database.inTransaction(c -> steps.forCandidate(c, candidateId));
    }

    /** Every candidate's identity, in the order of their ids: what an import recognises people by. */
    public List<CandidateIdentity> identities() {
        return database.inTransaction(candidates::identities);
    }

    /** These candidates with their files, by id, read together however many they are. */
    public Map<Long, CandidateWithSteps> findWithSteps(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return database.inTransaction(c -> {
            Map<Long, List<Step>> files = steps.forCandidates(c, ids);
            Map<Long, CandidateWithSteps> result = new java.util.HashMap<>();
            for (Candidate candidate : candidates.findByIds(c, ids)) {
                result.put(candidate.id(), new CandidateWithSteps(candidate,
                        files.getOrDefault(candidate.id(), List.of())));
            }
            return result;
        });
    }

    public Optional<byte[]> photo(long candidateId) {
        return database.inTransaction(c -> candidates.photo(c, candidateId));
    }

    /**
     * Records that someone showed the citizen ID and phone numbers of {@code shown} candidates in the
     * list: they are confidential, so seeing them leaves a trace in the audit trail (Nhật ký).
     */
    public void recordReveal(int shown) {
        database.inTransaction(c -> {
            new AuditRepository().record(c, "REVEAL", "candidate_list", Optional.empty(), Integer.toString(shown));
            return null;
        });
    }

    public int count() {
        return database.inTransaction(candidates::count);
    }

    /**
     * Stores a new candidate (id 0) or updates one, and its photo, in one transaction. Throws
     * {@link ValidationException} and writes nothing when a field is refused.
     */
    public Candidate save(Candidate candidate, PhotoUpdate photo) {
        List<FieldError> errors = new ArrayList<>(CandidateValidator.check(candidate, today()));
        photo.photo().filter(p -> p.length > MAX_PHOTO_BYTES)
                .ifPresent(p -> errors.add(FieldError.of("photo", "validation.photo.tooLarge")));
        return database.inTransaction(c -> {
            if (candidate.sourceCategoryId().isPresent()
                    && sources.findAll(c).stream().noneMatch(s -> s.id() == candidate.sourceCategoryId().get())) {
                errors.add(FieldError.of("source", "validation.source.unknown"));
            }
            if (!candidate.citizenId().isEmpty()) {
                candidates.findByCitizenId(c, candidate.citizenId())
                        .filter(other -> other.id() != candidate.id())
                        .ifPresent(other -> errors.add(FieldError.of("citizenId",
                                "validation.citizenId.duplicate", other.fullName(),
                                DisplayDates.format(other.birthDate()))));
            }
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            long id = candidate.id();
            if (id == 0) {
                id = candidates.insert(c, candidate);
            } else {
                candidates.update(c, candidate);
            }
            if (photo.changes()) {
                candidates.setPhoto(c, id, photo.photo());
            }
            return candidate.withId(id);
        });
    }

    /** Deletes the candidate with all their steps. */
    public void delete(long candidateId) {
        database.inTransaction(c -> {
            candidates.delete(c, candidateId);
            return null;
        });
    }

    /** Stores a new step (id 0) or updates one; refused steps write nothing. */
    public Step saveStep(Step step) {
        return database.inTransaction(c -> {
            Candidate owner = candidates.find(c, step.candidateId())
                    .orElseThrow(() -> new NotFoundException("candidate " + step.candidateId()));
            List<FieldError> errors = StepValidator.check(step, owner.birthDate(), today());
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            Step clean = withoutFieldsItDoesNotRecord(step);
            if (clean.id() == 0) {
                return clean.withId(steps.insert(c, clean));
            }
            steps.update(c, clean);
            return clean;
        });
    }

    public void deleteStep(long stepId) {
        database.inTransaction(c -> {
            steps.delete(c, stepId);
            return null;
        });
    }

    /** The checks a candidate's data must pass (not the duplicate check, which needs the database). */
    public List<FieldError> problems(Candidate candidate) {
        return CandidateValidator.check(candidate, today());
    }

    /** The checks a step must pass for a candidate born on that day. */
    public List<FieldError> problems(Step step, LocalDate birthDate) {
        return StepValidator.check(step, birthDate, today());
    }

    /** One person of an import: the candidate (id 0 when new), their source's name, the steps to add. */
    public record ImportEntry(Candidate candidate, String sourceName, List<Step> newSteps) {
    }

    /**
     * Writes an import in one transaction: missing source categories are added, candidates inserted
     * or updated, steps added. Anything failing leaves the database as it was.
     */
    public void applyImport(List<ImportEntry> entries) {
        database.inTransaction(c -> {
            Map<String, Long> sourceIds = new java.util.HashMap<>();
            for (SourceCategory s : sources.findAll(c)) {
                sourceIds.put(VietnameseNames.fold(s.name()), s.id());
            }
            try (CandidateRepository.Writer people = candidates.writer(c);
                 StepRepository.Inserter files = steps.inserter(c)) {
                writeImport(c, entries, sourceIds, people, files);
            }
            return null;
        });
    }

    /** The import's writes, on the transaction's connection and the statements prepared for it. */
    private void writeImport(java.sql.Connection c, List<ImportEntry> entries, Map<String, Long> sourceIds,
                             CandidateRepository.Writer people, StepRepository.Inserter files)
            throws java.sql.SQLException {
        for (ImportEntry e : entries) {
            Long sourceId = null;
            if (!e.sourceName().isBlank()) {
                String key = VietnameseNames.fold(e.sourceName());
                sourceId = sourceIds.get(key);
                if (sourceId == null) {
                    sourceId = sources.insert(c, e.sourceName().strip());
                    sourceIds.put(key, sourceId);
                }
            }
            Candidate candidate = e.candidate().toBuilder()
                    .sourceCategoryId(sourceId != null ? sourceId : e.candidate().sourceCategoryId().orElse(null))
                    .build();
            long id = candidate.id();
            if (id == 0) {
                id = people.insert(candidate);
            } else {
                people.update(candidate);
            }
            for (Step step : e.newSteps()) {
                // As the step editor's save: a count typed on a step that records none is not kept
                // (and a negative one would break the database's check mid-import).
                files.insert(withoutFieldsItDoesNotRecord(step.withCandidateId(id)));
            }
        }
    }

    /** Names of the helpers on the file's latest helper assignment, comma-separated. */
    static String helpers(List<Step> file) {
        return file.stream()
                .filter(s -> s.code() == StepCode.HELPER_ASSIGNED)
                .max(CandidateFile.CHRONOLOGICAL)
                .map(s -> s.people().stream()
                        .filter(p -> p.role() == PersonRole.HELPER)
                        .map(StepPerson::name)
                        .collect(Collectors.joining(", ")))
                .orElse("");
    }

    /** When a step's code is changed in the form, fields of the old code must not linger unseen. */
    private static Step withoutFieldsItDoesNotRecord(Step s) {
        StepCode code = s.code();
        Predicate<StepPerson> roleFits = p -> code.personRole().isPresent()
                && (p.role() == code.personRole().get()
                || (code == StepCode.INTRODUCTION && p.role() == PersonRole.YOUTH_UNION_INTRODUCER));
        return new Step(s.id(), s.candidateId(), code, s.date(),
                code.records(StepCode.Fields.DOCUMENT) ? s.documentNumber() : "",
                code.records(StepCode.Fields.ISSUER) ? s.issuingBody() : "",
                code.records(StepCode.Fields.RECEIVED) ? s.receivedDate() : Optional.empty(),
                code.records(StepCode.Fields.RESULT) ? s.result() : "",
                code.records(StepCode.Fields.VOTES) ? s.officialMembers() : Optional.empty(),
                code.records(StepCode.Fields.VOTES) ? s.membersPresent() : Optional.empty(),
                code.records(StepCode.Fields.VOTES) ? s.votesFor() : Optional.empty(),
                s.note(),
                s.people().stream().filter(roleFits).collect(Collectors.toList()));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
