package vn.ptdv.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import vn.ptdv.domain.CandidateSummary;
import vn.ptdv.domain.Cell;
import vn.ptdv.domain.SourceCategory;
import vn.ptdv.domain.VietnameseNames;
import vn.ptdv.domain.target.YearProgress;
import vn.ptdv.service.CandidateWithSteps;
import vn.ptdv.service.CheckService;
import vn.ptdv.service.Services;

/** Reads what the yearly report needs and writes it: slow, never on the FX thread. */
public final class ReportService {
    private final Services services;

    public ReportService(Services services) {
        this.services = services;
    }

    public YearReport collect(int year, LocalDate reportDate) {
        return collect(year, reportDate, java.util.Optional.empty());
    }

    /** {@code place}: the place name written before the date, when the report needs another than the cell's. */
    public YearReport collect(int year, LocalDate reportDate, java.util.Optional<String> place) {
        Map<Long, String> sources = sourceNames();
        var stored = cell();
        var cell = place.filter(p -> !p.isBlank()).map(p -> new Cell(stored.name(),
                stored.superiorCommittee(), p, stored.secretaryName(), stored.officialMembers())).orElse(stored);
        // One pass over the cell: the checks, last year's numbers and the files the lists show are all
        // taken from each file as it goes by, and only the files of the year are kept.
        CheckService.Checker checker = services.checks().checker(reportDate);
        YearProgress.Tally lastYear = new YearProgress.Tally(year - 1);
        List<CandidateWithSteps> ofYear = new ArrayList<>();
        List<CandidateWithSteps> shown = new ArrayList<>();
        services.candidates().forEachFile(f -> {
            checker.accept(f);
            lastYear.add(new YearProgress.File(f.candidate(), f.steps()));
            boolean inYear = f.steps().stream().anyMatch(s -> s.date().getYear() == year);
            if (inYear) {
                ofYear.add(f);
            }
            if (inYear || ReportWriter.probationaryIn(f, year)) {
                shown.add(f);
            }
        });
        // The year's numbers and the lists' order on a thread of their own while this one puts the
        // findings in order of urgency with their acknowledgements: each is about a tenth of a ward's
        // report, and an office PC has two cores.
        BesideTask<vn.ptdv.service.YearStats> stats = BesideTask.start("ptdv-report-stats", () -> {
            VietnameseNames.sort(shown, f -> f.candidate().fullName());
            return services.targets().stats(year, ofYear);
        });
        List<vn.ptdv.service.TodoItem> todo;
        Map<Long, vn.ptdv.domain.journal.JournalEntry> reviews;
        try {
            todo = services.checks().withAcknowledgements(checker.findings());
            reviews = lastReviews();
        } catch (RuntimeException | Error e) {
            stats.awaitAfterFailure(e); // it sorts the list this method would have handed on
            throw e;
        }
        return new YearReport(cell, year, reportDate, stats.await(), lastYear.result(), shown, todo, sources,
                services.checks().settings(), services.calendar().workingDays(year, year + 1), reviews);
    }

    private Map<Long, vn.ptdv.domain.journal.JournalEntry> lastReviews() {
        Map<Long, vn.ptdv.domain.journal.JournalEntry> latest = new HashMap<>();
        services.journal().all().forEach((id, entries) ->
                vn.ptdv.service.JournalService.latestReview(entries).ifPresent(review -> latest.put(id, review)));
        return latest;
    }

    private Map<Long, String> sourceNames() {
        return services.cell().sourceCategories().stream()
                .collect(Collectors.toMap(SourceCategory::id, SourceCategory::name));
    }

    /** The cell's details, blank before the first start has asked for them. */
    private Cell cell() {
        return services.cell().cell().orElse(Cell.blank());
    }

    public void write(int year, LocalDate reportDate, Path file) throws IOException {
        new ReportWriter().write(collect(year, reportDate), file);
    }

    public void write(int year, LocalDate reportDate, String place, Path file) throws IOException {
        new ReportWriter().write(collect(year, reportDate, java.util.Optional.ofNullable(place)), file);
    }

    /**
     * Writes the candidates shown on the screen, in its order, with their whole files in the import
     * format, so the file can be printed and imported again.
     */
    public void exportList(List<CandidateSummary> shown, LocalDate today, Path file) throws IOException {
        Map<Long, Integer> order = new HashMap<>();
        for (int i = 0; i < shown.size(); i++) {
            order.put(shown.get(i).id(), i);
        }
        List<CandidateWithSteps> files = new ArrayList<>();
        services.candidates().forEachFile(f -> {
            if (order.containsKey(f.candidate().id())) {
                files.add(f);
            }
        });
        files.sort(Comparator.comparing(f -> order.get(f.candidate().id())));
        new CandidateListWriter().write(shown, files, sourceNames(), cell(), today, file);
    }

    /**
     * Writes the audit trail's entries matching the query (all of them, not only the page on the screen)
     * and returns how many were written.
     */
    public int exportAudit(vn.ptdv.domain.audit.AuditQuery query, LocalDate today, Path file) throws IOException {
        List<vn.ptdv.service.AuditLine> lines = services.audit().findAll(query);
        new AuditLogWriter(vn.ptdv.i18n.Messages.current()).write(lines, query, cell(), today, file);
        return lines.size();
    }

    /**
     * Writes one candidate's whole file (details, steps, and the further sheets given) for the
     * committee's meeting.
     */
    public void exportCandidate(long candidateId, LocalDate today, Path file) throws IOException {
        CandidateWithSteps f = services.candidates().findWithSteps(candidateId)
                .orElseThrow(() -> new vn.ptdv.service.NotFoundException("candidate " + candidateId));
        String source = f.candidate().sourceCategoryId().map(id -> sourceNames().getOrDefault(id, "")).orElse("");
        vn.ptdv.i18n.Messages m = vn.ptdv.i18n.Messages.current();
        List<CandidateFileWriter.ExtraSheet> extra = new java.util.ArrayList<>();
        extra.add(journalSheet(f, today, m));
        extra.add(checklistSheet(f, today, m));
        new CandidateFileWriter(m).write(f.candidate(), f.steps(), source, cell(), today, extra, file);
    }

    /** The documents of the file, each present (with its date), missing or no longer valid, and why. */
    private CandidateFileWriter.ExtraSheet checklistSheet(CandidateWithSteps f, LocalDate today,
                                                          vn.ptdv.i18n.Messages m) {
        vn.ptdv.domain.checklist.FileChecklist checklist = services.checks().checklist(f, today);
        List<List<Object>> rows = new java.util.ArrayList<>();
        int n = 1;
        for (vn.ptdv.domain.checklist.ChecklistItem item : checklist.items()) {
            rows.add(List.of(n++, vn.ptdv.service.ChecklistText.decision(item.kind().neededFor(), m),
                    vn.ptdv.service.ChecklistText.kind(item.kind(), m),
                    vn.ptdv.service.ChecklistText.status(item.status(), m),
                    item.date().map(Object.class::cast).orElse(""), item.documentNumber(),
                    vn.ptdv.service.ChecklistText.detail(item, checklist, m)));
        }
        return new CandidateFileWriter.ExtraSheet(m.get("fileExport.sheet.checklist"),
                m.get("fileExport.checklistTitle", f.candidate().fullName()),
                vn.ptdv.service.ChecklistText.summary(checklist, m),
                List.of(m.get("report.col.no"), m.get("fileExport.col.neededFor"), m.get("fileExport.col.document"),
                        m.get("fileExport.col.status"), m.get("step.field.date"), m.get("step.field.documentNumber"),
                        m.get("fileExport.col.detail")),
                new int[] {6, 24, 30, 14, 13, 16, 60}, rows);
    }

    /** The cultivation journal, newest first, with the next review when one is due. */
    private CandidateFileWriter.ExtraSheet journalSheet(CandidateWithSteps f, LocalDate today, vn.ptdv.i18n.Messages m) {
        List<vn.ptdv.domain.journal.JournalEntry> entries = services.journal().entries(f.candidate().id());
        List<List<Object>> rows = new java.util.ArrayList<>();
        int n = 1;
        for (vn.ptdv.domain.journal.JournalEntry e : entries) {
            rows.add(List.of(n++, e.date(), vn.ptdv.service.JournalText.kind(e, m), e.person(),
                    String.join("\n", vn.ptdv.service.JournalText.lines(e, m, today))));
        }
        String next = services.journal().nextReview(f, entries)
                .map(review -> m.get(review.due().isBefore(today) ? "fileExport.journalNextOverdue" : "fileExport.journalNext",
                        vn.ptdv.domain.DisplayDates.format(review.due())))
                .orElse("");
        return new CandidateFileWriter.ExtraSheet(m.get("fileExport.sheet.journal"),
                m.get("fileExport.journalTitle", f.candidate().fullName()), next,
                List.of(m.get("report.col.no"), m.get("step.field.date"), m.get("fileExport.col.kind"),
                        m.get("fileExport.col.person"), m.get("fileExport.col.content")),
                new int[] {6, 13, 22, 24, 70}, rows);
    }

    /** The place name the cell set in Settings, to prefill the screen. */
    public String defaultPlace() {
        return services.cell().cell().map(vn.ptdv.domain.Cell::placeName).orElse("");
    }
}
