package vn.ptdv.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.ptdv.domain.Candidate;
import vn.ptdv.domain.CandidateIdentity;
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
    /** The column of the sheet for each field the validators name, so every error says where it is. */
    private static final Map<String, String> FIELD_COLUMNS = Map.ofEntries(Map.entry("fullName", "Họ và tên"),
            Map.entry("birthDate", "Ngày sinh"), Map.entry("citizenId", "Số CCCD"),
            Map.entry("youthUnionSince", "Ngày vào Đoàn"), Map.entry("date", "Ngày"), Map.entry("votesFor", "Số tán thành"),
            Map.entry("officialMembers", "Số đảng viên chính thức"),
            Map.entry("membersPresent", ImportFormat.MEMBERS_PRESENT), Map.entry("people", "Người liên quan"),
            Map.entry("receivedDate", "Ngày nhận quyết định"), Map.entry("birthName", "Họ tên khai sinh"), Map.entry("alias", "Bí danh"),
            Map.entry("birthPlace", "Nơi sinh"), Map.entry("homeTown", "Quê quán"),
            Map.entry("permanentResidence", "Nơi thường trú"), Map.entry("temporaryResidence", "Nơi tạm trú"),
            Map.entry("ethnicity", "Dân tộc"), Map.entry("religion", "Tôn giáo"), Map.entry("phone", "Điện thoại"),
            Map.entry("occupation", "Nghề nghiệp, nơi làm việc"), Map.entry("workplace", "Nơi làm việc"),
            Map.entry("education", "Trình độ giáo dục phổ thông"), Map.entry("professionalQualification", "Chuyên môn"),
            Map.entry("politicalTheory", "Lý luận chính trị"), Map.entry("massAssociations", "Hội viên các đoàn thể"),
            Map.entry("notes", "Ghi chú"), Map.entry("note", "Ghi chú"), Map.entry("documentNumber", "Số văn bản"),
            Map.entry("issuingBody", "Cơ quan ban hành"), Map.entry("result", "Kết quả"),
            Map.entry("sourceName", "Nguồn"));

    private final Services services;
    private final Messages m = Messages.current();

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(ImportService.class.getName());

    public ImportService(Services services) {
        this.services = services;
    }

    public ImportPreview preview(Path file) {
        return preview(new ExcelImportReader().read(file));
    }

    private ImportPreview preview(ImportSheet sheet) {
        List<ImportSheet.Problem> errors = new ArrayList<>(sheet.errors());
        List<ImportSheet.Problem> warnings = new ArrayList<>(sheet.warnings());
        Map<ImportSheet.Person, Optional<CandidateWithSteps>> matches = matchStored(sheet.people());
        Set<String> knownSources = new HashSet<>();
        for (SourceCategory s : services.cell().sourceCategories()) {
            knownSources.add(VietnameseNames.fold(s.name()));
        }
        List<String> added = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        List<String> newSources = new ArrayList<>();
        Map<String, ImportSheet.Person> byCode = new HashMap<>();
        Map<String, Integer> citizenIds = new HashMap<>();
        SamePersonIndex<ImportSheet.Person> earlierRows = new SamePersonIndex<>(q -> q.candidate().citizenId(),
                q -> q.candidate().fullName(), q -> q.candidate().birthDate());
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
            Optional<CandidateWithSteps> match = matches.get(p);
            match.filter(x -> !VietnameseNames.fold(x.candidate().fullName()).equals(VietnameseNames.fold(p.candidate().fullName()))
                            || !x.candidate().birthDate().equals(p.candidate().birthDate()))
                    .ifPresent(x -> warnings.add(new ImportSheet.Problem(ImportFormat.PEOPLE, p.row(), "Số CCCD",
                            m.get("import.warn.renamed", x.candidate().fullName(),
                                    vn.ptdv.domain.DisplayDates.format(x.candidate().birthDate()),
                                    p.candidate().fullName(), vn.ptdv.domain.DisplayDates.format(p.candidate().birthDate())))));
            // Two rows of the file for one person: the second would be a duplicate. The rows are in order.
            earlierRows.matches(p.candidate()).stream().findFirst().ifPresent(q -> errors.add(new ImportSheet.Problem(
                    ImportFormat.PEOPLE, p.row(), "Họ và tên", m.get("import.err.samePerson", q.row()))));
            earlierRows.add(p);
            (match.isPresent() ? updated : added).add(p.candidate().fullName());
            for (FieldError e : vn.ptdv.service.CellService.sourceNameProblems(p.sourceName())) {
                errors.add(problem(ImportFormat.PEOPLE, p.row(), e));
            }
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
                // A person whose row could not be read has its error told already: not again for each step.
                if (sheet.peopleRead() && !sheet.unreadCodes().contains(s.code())) {
                    errors.add(new ImportSheet.Problem(ImportFormat.STEPS, s.row(), ImportFormat.CODE,
                            m.get("import.err.unknownCode", s.code())));
                }
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
        // A file that cannot be read, or whose rows are wrong, is refused before anything is written.
        ImportSheet sheet = new ExcelImportReader().read(file);
        if (!sheet.errors().isEmpty()) {
            return preview(sheet);
        }
        // An import can change many files at once: the state before it stays in the backups. The backup
        // is written while the rows are checked against the cell's files, which nothing writes meanwhile
        // (a ward's database takes about as long to copy as that check, and an office PC has two cores),
        // and kept only if the import goes ahead.
        BesideTask<vn.ptdv.service.BackupService.Pending> backup = BesideTask.start("ptdv-import-backup",
                () -> services.backups().pending(vn.ptdv.service.BackupService.Reason.BEFORE_IMPORT));
        ImportPreview preview;
        try {
            preview = preview(sheet);
        } catch (RuntimeException | Error e) {
            discard(backup);
            throw e;
        }
        if (!preview.canApply()) {
            discard(backup);
            return preview;
        }
        backup.await().keep();
        services.candidates().applyImport(preview.entries());
        return preview;
    }

    /** The backup of an import that does not go ahead, once written: removed. */
    private static void discard(BesideTask<vn.ptdv.service.BackupService.Pending> backup) {
        try {
            backup.await().discard();
        } catch (RuntimeException e) {
            // Not written: nothing to remove. What stopped the import is what the person is told.
            LOG.log(java.util.logging.Level.WARNING, "The backup before a refused import failed", e);
        }
    }

    /**
     * The stored candidate each row is, with their file: the first in name order (then by id) when
     * several are, as the list shows them. Only the matched candidates' files are read.
     */
    private Map<ImportSheet.Person, Optional<CandidateWithSteps>> matchStored(List<ImportSheet.Person> people) {
        SamePersonIndex<CandidateIdentity> stored = new SamePersonIndex<>(CandidateIdentity::citizenId,
                CandidateIdentity::fullName, CandidateIdentity::birthDate);
        services.candidates().identities().forEach(stored::add);
        Comparator<CandidateIdentity> listOrder = VietnameseNames.byName(CandidateIdentity::fullName);
        Map<ImportSheet.Person, Long> ids = new HashMap<>();
        for (ImportSheet.Person p : people) {
            // min keeps the first of equals, and the identities come in the order of their ids.
            stored.matches(p.candidate()).stream().min(listOrder).ifPresent(x -> ids.put(p, x.id()));
        }
        Map<Long, CandidateWithSteps> files = services.candidates().findWithSteps(new HashSet<>(ids.values()));
        Map<ImportSheet.Person, Optional<CandidateWithSteps>> result = new HashMap<>();
        for (ImportSheet.Person p : people) {
            result.put(p, Optional.ofNullable(ids.get(p)).map(files::get));
        }
        return result;
    }

    /** A new person: an empty ethnicity is Kinh and an empty religion Không, as on the form. */
    private static Candidate withDefaults(Candidate c) {
        // Written as the official list spells it ("kinh" as Kinh), so that the report counts it in its group.
        return c.toBuilder()
                .ethnicity(c.ethnicity().isEmpty() ? "Kinh" : vn.ptdv.domain.Ethnicities.canonical(c.ethnicity()))
                .religion(c.religion().isEmpty() ? "Không" : vn.ptdv.domain.Religions.canonical(c.religion()))
                .build();
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
            b.ethnicity(vn.ptdv.domain.Ethnicities.canonical(sheet.ethnicity()));
        }
        if (!sheet.religion().isEmpty()) {
            b.religion(vn.ptdv.domain.Religions.canonical(sheet.religion()));
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
