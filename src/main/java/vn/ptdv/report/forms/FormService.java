package vn.ptdv.report.forms;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ptdv.domain.Candidate;
import vn.ptdv.domain.CandidateFile;
import vn.ptdv.domain.Cell;
import vn.ptdv.domain.DisplayDates;
import vn.ptdv.domain.StepPerson;
import vn.ptdv.domain.VietnameseNames;
import vn.ptdv.domain.rules.RuleCode;
import vn.ptdv.i18n.Messages;
import vn.ptdv.persistence.AtomicFile;
import vn.ptdv.service.CandidateWithSteps;
import vn.ptdv.service.NotFoundException;
import vn.ptdv.service.Services;

/**
 * The admission file's documents (issue 16): which ones a candidate's file calls for at its current
 * step, and each made as a Word file from the file's facts and the cell's settings, with what was
 * missing. Slow (reads the database, writes files): never on the FX thread.
 */
public final class FormService {
    /** Beside the database: the documents made, one folder per candidate. */
    public static final String DOCUMENTS_FOLDER = "giay-to";
    /** Beside the database: the cell's own templates. */
    public static final String TEMPLATES_FOLDER = "mau-giay-to";

    private final Services services;
    private final Path base;
    private final FormTemplates templates;
    private final Messages m = Messages.current();
    /** The placeholders of each template read, by its content: reading a template takes poi-tl a while. */
    private final Map<String, Set<String>> tagsByTemplate = new java.util.concurrent.ConcurrentHashMap<>();

    public FormService(Services services) {
        this.services = services;
        this.base = services.database().file().toAbsolutePath().getParent();
        this.templates = new FormTemplates(base.resolve(TEMPLATES_FOLDER));
    }

    /**
     * A document the cell can make for a candidate; {@code introducer} (from 0) says whose statement a
     * mẫu 3-KNĐ is. {@code missing} names, in Vietnamese, the facts the file lacks for it.
     */
    public record FormEntry(long candidateId, FormKind kind, int introducer, String title, String fileName,
                            List<String> missing) {
    }

    /** A document written, and the facts that were left blank in it. */
    public record Made(Path file, List<String> missing) {
    }

    /** Tries a cell's template before it is put in place; fails with a message when it cannot be used. */
    @FunctionalInterface
    public interface Trial {
        void tryTemplate(FormKind kind, FormTemplates.Template template) throws IOException;
    }

    public FormTemplates templates() {
        return templates;
    }

    /** The documents for the step the file stands at; none before the application or for a closed file. */
    public List<FormEntry> forms(long candidateId) throws IOException {
        CandidateWithSteps file = file(candidateId);
        var stage = CandidateFile.currentStep(file.steps())
                .flatMap(step -> FormKind.Stage.at(step.code().order()));
        if (stage.isEmpty()) {
            return List.of();
        }
        List<FormEntry> entries = new ArrayList<>();
        for (FormKind kind : FormKind.values()) {
            if (kind.stage() == stage.get()) {
                entries.addAll(entries(file, kind));
            }
        }
        return entries;
    }

    /** The documents of one kind for a candidate: one per member introducer for mẫu 3-KNĐ. */
    public List<FormEntry> entries(long candidateId, FormKind kind) throws IOException {
        return entries(file(candidateId), kind);
    }

    private List<FormEntry> entries(CandidateWithSteps file, FormKind kind) throws IOException {
        FormFacts facts = facts(file);
        String name = file.candidate().fullName();
        if (kind.forSeveral()) {
            return List.of(new FormEntry(file.candidate().id(), kind, 0, m.get("forms.form." + kind.name()),
                    listFileName(LocalDate.now()), missingForList(List.of(file.candidate().id()))));
        }
        if (kind != FormKind.INTRODUCER_STATEMENT) {
            return List.of(entry(file, facts, kind, 0, m.get("forms.form." + kind.name()), kind.code() + " " + name));
        }
        List<StepPerson> introducers = facts.memberIntroducers();
        List<FormEntry> entries = new ArrayList<>();
        for (int i = 0; i < Math.max(1, introducers.size()); i++) {
            String who = i < introducers.size() ? introducers.get(i).name() : "";
            String title = who.isEmpty() ? m.get("forms.form." + kind.name())
                    : m.get("forms.form.introducerOf", m.get("forms.form." + kind.name()), who);
            entries.add(entry(file, facts, kind, i, title, kind.code() + " " + name + (who.isEmpty() ? "" : " - " + who)));
        }
        return entries;
    }

    private FormEntry entry(CandidateWithSteps file, FormFacts facts, FormKind kind, int introducer, String title,
                            String fileStem) throws IOException {
        FactSheet sheet = facts.sheet(kind, introducer);
        Set<String> used = tags(templates.template(kind));
        return new FormEntry(file.candidate().id(), kind, introducer, title, safeName(fileStem) + ".docx",
                sheet.missingFor(used));
    }

    /** Writes a document about one candidate to {@code out}. */
    public Made make(long candidateId, FormKind kind, int introducer, Path out) throws IOException {
        if (kind.forSeveral()) {
            return makeList(List.of(candidateId), LocalDate.now(), out);
        }
        FactSheet sheet = facts(file(candidateId)).sheet(kind, introducer);
        return write(kind, sheet, out);
    }

    /** Writes the list for the committee above, one table row per person, in Vietnamese name order. */
    public Made makeList(List<Long> candidateIds, LocalDate day, Path out) throws IOException {
        return write(FormKind.ADMISSION_LIST, listSheet(candidateIds, day), out);
    }

    /**
     * Those of the people given whose admission has already been decided (the decision's step is in
     * their file), with the decision's day: a list proposing them again is most likely a mistake, which
     * the window's chooser never makes (it offers only files not yet decided).
     */
    public List<Map.Entry<String, LocalDate>> alreadyDecided(List<Long> candidateIds) {
        List<Map.Entry<String, LocalDate>> decided = new ArrayList<>();
        for (CandidateWithSteps file : services.candidates().findWithSteps(candidateIds).values()) {
            file.steps().stream().filter(s -> s.code() == vn.ptdv.domain.StepCode.ADMISSION_DECISION)
                    .map(vn.ptdv.domain.Step::date).max(java.util.Comparator.naturalOrder())
                    .ifPresent(day -> decided.add(Map.entry(file.candidate().fullName(), day)));
        }
        return decided;
    }

    private List<String> missingForList(List<Long> ids) {
        return listSheet(ids, LocalDate.now()).missing();
    }

    private FactSheet listSheet(List<Long> candidateIds, LocalDate day) {
        Map<Long, CandidateWithSteps> files = services.candidates().findWithSteps(candidateIds);
        for (Long id : candidateIds) {
            if (!files.containsKey(id)) {
                throw new NotFoundException("candidate " + id);
            }
        }
        List<CandidateWithSteps> people = new ArrayList<>(files.values());
        VietnameseNames.sort(people, f -> f.candidate().fullName());
        FactSheet sheet = new FactSheet(m);
        FormFacts.cellFacts(cell(), sheet);
        FormFacts.documentDate(sheet, java.util.Optional.of(day), vn.ptdv.domain.StepCode.CELL_RESOLUTION);
        sheet.put("count", String.valueOf(people.size()));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (CandidateWithSteps file : people) {
            rows.add(row(file, rows.size() + 1, sheet));
        }
        sheet.put(FormFiller.PEOPLE, rows);
        return sheet;
    }

    private Map<String, Object> row(CandidateWithSteps file, int index, FactSheet list) {
        FormFacts facts = facts(file);
        Candidate c = file.candidate();
        FactSheet s = new FactSheet(m, c.fullName() + ": ");
        s.put("index", String.valueOf(index));
        s.put("name", c.fullName());
        s.put("birthDate", DisplayDates.format(c.birthDate()));
        s.put("gender", m.get("gender." + c.gender().name()));
        s.text("ethnicity", c.ethnicity(), "ETHNICITY");
        s.text("education", c.education(), "EDUCATION");
        s.text("work", FormFacts.work(c), "OCCUPATION");
        facts.introducerNames(s);
        s.put("resolution", facts.resolutionCell(s));
        s.put("votes", facts.votesCell(s));
        list.addMissing(FormFiller.PEOPLE, s.missing());
        return new HashMap<>(s.values());
    }

    private Made write(FormKind kind, FactSheet sheet, Path out) throws IOException {
        FormTemplates.Template template = templates.template(kind);
        Set<String> used = tags(template);
        AtomicFile.write(out, o -> FormFiller.fill(template.content(), template.name(), sheet.values(), o));
        return new Made(out, sheet.missingFor(used));
    }

    private Set<String> tags(FormTemplates.Template template) {
        String key = template.name() + "#" + java.util.Arrays.hashCode(template.content()) + "#" + template.content().length;
        return tagsByTemplate.computeIfAbsent(key, k -> FormFiller.tags(template.content(), template.name()));
    }

    /** Fills a cell's template with a file that has no facts at all: a placeholder it does not know fails. */
    public void tryTemplate(FormKind kind, FormTemplates.Template template) throws IOException {
        Cell blankCell = Cell.blank();
        FactSheet sheet;
        if (kind.forSeveral()) {
            sheet = new FactSheet(m);
            FormFacts.cellFacts(blankCell, sheet);
            FormFacts.documentDate(sheet, java.util.Optional.of(LocalDate.now()), vn.ptdv.domain.StepCode.CELL_RESOLUTION);
            sheet.put("count", "0");
            sheet.put(FormFiller.PEOPLE, List.of(blankRow()));
        } else {
            Candidate nobody = Candidate.builder().fullName(FactSheet.BLANK).birthDate(LocalDate.of(2000, 1, 1)).build();
            sheet = new FormFacts(blankCell, nobody, List.of(), 12, m).sheet(kind, 0);
        }
        Set<String> used = FormFiller.tags(template.content(), template.name());
        FormFiller.fill(template.content(), template.name(), sheet.values(), OutputStream.nullOutputStream());
        if (used.isEmpty()) {
            throw new vn.ptdv.service.ValidationException(List.of(vn.ptdv.service.FieldError.of("template",
                    "forms.template.noTags", template.name())));
        }
    }

    private static Map<String, Object> blankRow() {
        Map<String, Object> row = new HashMap<>();
        for (String key : List.of("index", "name", "birthDate", "gender", "ethnicity", "education", "work",
                "introducers", "resolution", "votes")) {
            row.put(key, FactSheet.BLANK);
        }
        return row;
    }

    /** Puts the cell's own copy in place of the built-in template, after trying it. */
    public void installTemplate(FormKind kind, Path source) throws IOException {
        templates.install(kind, source, this::tryTemplate);
    }

    /** The folder of a candidate's documents, beside the database: "12 - Lê Văn Hoàng". */
    public Path candidateFolder(long candidateId) {
        Candidate c = services.candidates().find(candidateId).orElseThrow(() -> new NotFoundException("candidate"));
        return base.resolve(DOCUMENTS_FOLDER).resolve(safeName(c.id() + " - " + c.fullName()));
    }

    /** The folder of the lists for the committee above (about several people). */
    public Path listFolder() {
        return base.resolve(DOCUMENTS_FOLDER);
    }

    public static String listFileName(LocalDate day) {
        return FormKind.ADMISSION_LIST.code() + " " + day.format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy"))
                + ".docx";
    }

    /** Without the characters Windows refuses in a file name. */
    static String safeName(String name) {
        return name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ").replaceAll("\\s+", " ").strip();
    }

    private CandidateWithSteps file(long candidateId) {
        return services.candidates().findWithSteps(candidateId)
                .orElseThrow(() -> new NotFoundException("candidate " + candidateId));
    }

    private FormFacts facts(CandidateWithSteps file) {
        return new FormFacts(cell(), file.candidate(), file.steps(),
                services.checks().settings().value(RuleCode.PROBATION_LENGTH), m);
    }

    private Cell cell() {
        return services.cell().cell().orElse(Cell.blank());
    }
}
