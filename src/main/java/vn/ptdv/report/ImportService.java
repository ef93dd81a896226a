package vn.ptdv.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.ptdv.domain.Candidate;
import vn.ptdv.domain.SourceCategory;
import vn.ptdv.domain.Step;
import vn.ptdv.domain.VietnameseNames;
import vn.ptdv.i18n.Messages;
import vn.ptdv.service.CandidateService;
import vn.ptdv.service.CandidateWithSteps;
import vn.ptdv.service.FieldError;
import vn.ptdv.service.Services;

/**
 * Imports the lists a cell already keeps: a person already in the database (same citizen ID, or the
 * same name and date of birth when there is no ID) is updated, not duplicated; a step already
 * recorded (same code and date) is not added twice. The preview comes first; with any error nothing
 * is written.
 */
public final class ImportService {
    private static final Map<String, String> FIELD_COLUMNS = Map.of("fullName", "Họ và tên", "birthDate", "Ngày sinh",
            "citizenId", "Số CCCD", "youthUnionSince", "Đoàn viên", "date", "Ngày", "votesFor", "Số tán thành",
            "officialMembers", "Số đảng viên chính thức", "people", "Người liên quan", "receivedDate", "Ngày");

    private final Services services;
    private final Messages m = Messages.current();

    public ImportService(Services services) {
        this.services = services;
    }

    public ImportPreview preview(Path file) {
        ImportSheet sheet = new ExcelImportReader().read(file);
        List<ImportSheet.Problem> errors = new ArrayList<>(sheet.errors());
        List<ImportSheet.Problem> warnings = new ArrayList<>(sheet.warnings());
        List<CandidateWithSteps> existing = services.candidates().listWithSteps();
        Set<String> knownSources = new HashSet<>();
        for (SourceCategory s : services.cell().sourceCategories()) {
            knownSources.add(VietnameseNames.fold(s.name()));
        }
        List<String> added = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        List<String> newSources = new ArrayList<>();
        Map<String, ImportSheet.Person> byCode = new HashMap<>();
        Map<String, Integer> citizenIds = new HashMap<>();
        Map<ImportSheet.Person, Optional<CandidateWithSteps>> matches = new HashMap<>();
        for (ImportSheet.Person p : sheet.people()) {
            for (FieldError e : services.candidates().problems(p.candidate())) {
                errors.add(problem(ImportFormat.PEOPLE, p.row(), e));
            }
            String id = p.candidate().citizenId();
            if (!id.isEmpty() && citizenIds.containsKey(id)) {
                errors.add(new ImportSheet.Problem(ImportFormat.PEOPLE, p.row(), "Số CCCD",
                        m.get("import.err.duplicateCitizenId", citizenIds.get(id))));
            }
            citizenIds.putIfAbsent(id, p.row());
            if (!p.code().isEmpty()) {
                byCode.put(p.code(), p);
            }
            Optional<CandidateWithSteps> match = existing.stream().filter(x -> sameperson(x.candidate(), p.candidate()))
                    .findFirst();
            matches.put(p, match);
            match.filter(x -> !VietnameseNames.fold(x.candidate().fullName()).equals(VietnameseNames.fold(p.candidate().fullName()))
                            || !x.candidate().birthDate().equals(p.candidate().birthDate()))
                    .ifPresent(x -> warnings.add(new ImportSheet.Problem(ImportFormat.PEOPLE, p.row(), "Số CCCD",
                            m.get("import.warn.renamed", x.candidate().fullName(),
                                    vn.ptdv.domain.DisplayDates.format(x.candidate().birthDate()),
                                    p.candidate().fullName(), vn.ptdv.domain.DisplayDates.format(p.candidate().birthDate())))));
            // Two rows of the file for one person: the second would be a duplicate.
            sheet.people().stream().filter(q -> q.row() < p.row() && sameperson(q.candidate(), p.candidate()))
                    .findFirst().ifPresent(q -> errors.add(new ImportSheet.Problem(ImportFormat.PEOPLE, p.row(),
                            "Họ và tên", m.get("import.err.samePerson", q.row()))));
            (match.isPresent() ? updated : added).add(p.candidate().fullName());
            if (!p.sourceName().isBlank() && knownSources.add(VietnameseNames.fold(p.sourceName()))) {
                newSources.add(p.sourceName());
                warnings.add(new ImportSheet.Problem(ImportFormat.PEOPLE, p.row(), "Nguồn",
                        m.get("import.warn.newSource", p.sourceName())));
            }
        }
        Map<ImportSheet.Person, List<Step>> newSteps = new HashMap<>();
        int stepsAdded = 0;
        int already = 0;
        for (ImportSheet.ImportedStep s : sheet.steps()) {
            ImportSheet.Person owner = byCode.get(s.code());
            if (owner == null) {
                errors.add(new ImportSheet.Problem(ImportFormat.STEPS, s.row(), ImportFormat.CODE,
                        m.get("import.err.unknownCode", s.code())));
                continue;
            }
            for (FieldError e : services.candidates().problems(s.step(), owner.candidate().birthDate())) {
                errors.add(problem(ImportFormat.STEPS, s.row(), e));
            }
            List<Step> recorded = matches.get(owner).map(CandidateWithSteps::steps).orElse(List.of());
            List<Step> pending = newSteps.computeIfAbsent(owner, k -> new ArrayList<>());
            boolean there = recorded.stream().anyMatch(x -> x.code() == s.step().code() && x.date().equals(s.step().date()))
                    || pending.stream().anyMatch(x -> x.code() == s.step().code() && x.date().equals(s.step().date()));
            if (there) {
                already++;
            } else {
                pending.add(s.step());
                stepsAdded++;
            }
        }
        List<CandidateService.ImportEntry> entries = new ArrayList<>();
        for (ImportSheet.Person p : sheet.people()) {
            Candidate candidate = matches.get(p).map(x -> merge(x.candidate(), p)).orElse(withDefaults(p.candidate()));
            entries.add(new CandidateService.ImportEntry(candidate, p.sourceName(),
                    newSteps.getOrDefault(p, List.of())));
        }
        return new ImportPreview(added, updated, stepsAdded, already, newSources, errors, warnings, entries);
    }

    /** Imports the file; refused (nothing written) when the preview has an error. */
    public ImportPreview apply(Path file) {
        ImportPreview preview = preview(file);
        if (preview.canApply()) {
            // An import can change many files at once: the state before it stays in the backups.
            services.backups().automatic(vn.ptdv.service.BackupService.Reason.BEFORE_IMPORT);
            services.candidates().applyImport(preview.entries());
        }
        return preview;
    }

    private static boolean sameperson(Candidate stored, Candidate imported) {
        if (!imported.citizenId().isEmpty() && imported.citizenId().equals(stored.citizenId())) {
            return true;
        }
        return (imported.citizenId().isEmpty() || stored.citizenId().isEmpty())
                && VietnameseNames.fold(stored.fullName()).equals(VietnameseNames.fold(imported.fullName()))
                && stored.birthDate().equals(imported.birthDate());
    }

    /** A new person: an empty ethnicity is Kinh and an empty religion Không, as on the form. */
    private static Candidate withDefaults(Candidate c) {
        return c.toBuilder().ethnicity(c.ethnicity().isEmpty() ? "Kinh" : c.ethnicity())
                .religion(c.religion().isEmpty() ? "Không" : c.religion()).build();
    }

    /** The stored candidate with what the sheet gives; fields the sheet leaves empty keep their value. */
    private static Candidate merge(Candidate stored, ImportSheet.Person person) {
        Candidate sheet = person.candidate();
        Candidate.Builder b = stored.toBuilder().fullName(sheet.fullName()).gender(sheet.gender())
                .birthDate(sheet.birthDate());
        if (person.youthUnionGiven()) {
            b.youthUnionMember(sheet.youthUnionMember());
        }
        if (!sheet.birthPlace().isEmpty()) {
            b.birthPlace(sheet.birthPlace());
        }
        if (!sheet.homeTown().isEmpty()) {
            b.homeTown(sheet.homeTown());
        }
        if (!sheet.permanentResidence().isEmpty()) {
            b.permanentResidence(sheet.permanentResidence());
        }
        if (!sheet.ethnicity().isEmpty()) {
            b.ethnicity(sheet.ethnicity());
        }
        if (!sheet.religion().isEmpty()) {
            b.religion(sheet.religion());
        }
        if (!sheet.citizenId().isEmpty()) {
            b.citizenId(sheet.citizenId());
        }
        if (!sheet.phone().isEmpty()) {
            b.phone(sheet.phone());
        }
        if (!sheet.occupation().isEmpty()) {
            b.occupation(sheet.occupation());
        }
        if (!sheet.education().isEmpty()) {
            b.education(sheet.education());
        }
        if (!sheet.professionalQualification().isEmpty()) {
            b.professionalQualification(sheet.professionalQualification());
        }
        if (!sheet.politicalTheory().isEmpty()) {
            b.politicalTheory(sheet.politicalTheory());
        }
        if (!sheet.workplace().isEmpty()) {
            b.workplace(sheet.workplace());
        }
        if (sheet.youthUnionSince().isPresent()) {
            b.youthUnionSince(sheet.youthUnionSince().get());
        }
        if (!sheet.massAssociations().isEmpty()) {
            b.massAssociations(sheet.massAssociations());
        }
        if (!sheet.notes().isEmpty()) {
            b.notes(sheet.notes());
        }
        return b.build();
    }

    private ImportSheet.Problem problem(String sheet, int row, FieldError e) {
        return new ImportSheet.Problem(sheet, row, FIELD_COLUMNS.getOrDefault(e.field(), e.field()),
                m.get(e.messageKey(), e.args().toArray()));
    }
}
