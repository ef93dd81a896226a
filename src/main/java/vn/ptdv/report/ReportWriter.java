package vn.ptdv.report;

import vn.ptdv.persistence.AtomicFile;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.ptdv.domain.Candidate;
import vn.ptdv.domain.DisplayDates;
import vn.ptdv.domain.PersonRole;
import vn.ptdv.domain.Step;
import vn.ptdv.domain.StepCode;
import vn.ptdv.domain.StepPerson;
import vn.ptdv.domain.rules.RuleCode;
import vn.ptdv.i18n.Messages;
import vn.ptdv.service.CandidateWithSteps;
import vn.ptdv.service.FindingText;
import vn.ptdv.service.TodoItem;

/**
 * Writes the yearly report the committee above expects (domain.md, "Yearly report"): an
 * administrative header on every sheet, the title in capitals, the summary with the signature block,
 * and the lists, in Times New Roman, dates as real dates, A4 fitted to the width. The file is written
 * beside its place and moved there only when complete.
 */
public final class ReportWriter {
    public static final String SUMMARY = "Tổng hợp";
    public static final String CULTIVATED = "Bồi dưỡng";
    public static final String ADMITTED = "Kết nạp";
    public static final String PROBATION = "Dự bị - Chính thức";
    public static final String TODO = "Việc cần làm";

    private final Messages m = Messages.current();
    /** The report's files by candidate, made at first use: the lists look a file up for each row. */
    private java.util.Map<Long, List<Step>> stepsById;

    public void write(YearReport report, Path file) throws IOException {
        stepsById = null;
        AtomicFile.write(file, out -> {
            // POI writes the headers, the summary and the settings (streamed: the window is wide enough for
            // any row looked at again after it is written); the lists' rows are made beside it.
            SXSSFWorkbook wb = new QuickZipWorkbook(new XSSFWorkbook(), 1000);
            try {
                ReportStyles styles = new ReportStyles(wb);
                Sheet summary = wb.createSheet(SUMMARY);
                Sheet cultivated = list(wb, CULTIVATED, report, styles, "report.title.cultivated", CULTIVATED_WIDTHS.length);
                Sheet admitted = list(wb, ADMITTED, report, styles, "report.title.admitted", ADMITTED_WIDTHS.length);
                Sheet probation = list(wb, PROBATION, report, styles, "report.title.probation", PROBATION_WIDTHS.length);
                Sheet todo = list(wb, TODO, report, styles, "report.title.todo", TODO_WIDTHS.length);
                PrewrittenRows.Styles ids = PrewrittenRows.Styles.of(styles);
                // The lists' rows are made as XML and deflated beside POI (PrewrittenRows). The to-do list is
                // most of a ward's report (tens of thousands of rows): a thread of its own starts on it at
                // once, and this one takes its share when the other sheets are written, so that on a
                // two-core PC both end together.
                ChunkedRows todoRows = new ChunkedRows(heading(todo, styles, TODO_HEADERS, TODO_WIDTHS), TODO_WIDTHS,
                        ids, report.todo().size(), i -> todoRow(report, i));
                BesideTask<Void> todoHelper = BesideTask.start("ptdv-report-todo", () -> {
                    todoRows.work();
                    return null;
                });
                Map<Sheet, List<PrewrittenRows>> made = new java.util.LinkedHashMap<>();
                try {
                    new SummarySheet(report, styles, m).write(summary);
                    made.put(cultivated, List.of(rows(cultivated, styles, ids, CULTIVATED_HEADERS, CULTIVATED_WIDTHS,
                            cultivated(report))));
                    made.put(admitted, List.of(rows(admitted, styles, ids, ADMITTED_HEADERS, ADMITTED_WIDTHS,
                            admitted(report))));
                    made.put(probation, List.of(rows(probation, styles, ids, PROBATION_HEADERS, PROBATION_WIDTHS,
                            probation(report))));
                    todoRows.work();
                } catch (RuntimeException | Error e) {
                    todoHelper.awaitAfterFailure(e); // the workbook is never closed under it
                    throw e;
                }
                todoHelper.await();
                List<PrewrittenRows> todoChunks = todoRows.chunks();
                ListTable.finish(todo, TODO_WIDTHS.length, todoChunks.get(todoChunks.size() - 1).end());
                made.put(todo, todoChunks);
                SplicedWorkbook.write(wb, made, out);
            } finally {
                wb.close(); // also removes the temporary files
            }
        });
    }

    /** A list sheet with the header and title; the table starts at {@link Header#FIRST_TABLE_ROW}. */
    private Sheet list(SXSSFWorkbook wb, String name, YearReport r, ReportStyles s, String titleKey, int columns) {
        Sheet sheet = wb.createSheet(name);
        Header.write(sheet, r.cell(), r.reportDate(), s,
                m.get(titleKey, String.valueOf(r.year())).toUpperCase(Locale.forLanguageTag("vi")), columns);
        ListTable.printLandscape(sheet);
        return sheet;
    }

    /** The list's header row by POI; returns the number of the first row below it. */
    private int heading(Sheet sheet, ReportStyles s, String[] headerKeys, int[] widths) {
        return ListTable.rows(sheet, s, headers(headerKeys), widths, List.of());
    }

    /** A list's rows made beside POI, under its header row, and the sheet's header frozen, repeated and filtered. */
    private PrewrittenRows rows(Sheet sheet, ReportStyles s, PrewrittenRows.Styles ids, String[] headerKeys, int[] widths,
                                List<List<Object>> rows) {
        PrewrittenRows made = PrewrittenRows.write(heading(sheet, s, headerKeys, widths), widths, ids, rows);
        ListTable.finish(sheet, widths.length, made.end());
        return made;
    }

    private static final String[] CULTIVATED_HEADERS = {"report.col.no", "report.col.name", "report.col.birthDate",
            "report.col.gender", "report.col.ethnicity", "report.col.religion", "report.col.education", "report.col.work",
            "report.col.source", "report.col.helpers", "report.col.certDate", "report.col.certNumber",
            "report.col.certIssuer", "report.col.lastReview", "report.col.opinion"};
    /**
     * Fifteen columns on a landscape A4 page: 267 characters wide they printed at about 6 points; narrower
     * (the long texts wrap) they print at about 9.
     */
    private static final int[] CULTIVATED_WIDTHS = {6, 22, 13, 6, 8, 9, 8, 20, 16, 18, 13, 12, 18, 13, 26};

    private List<List<Object>> cultivated(YearReport r) {
        List<List<Object>> rows = new ArrayList<>();
        int n = 1;
        for (Candidate c : r.stats().progress().cultivated()) {
            List<Step> steps = steps(r, c);
            Optional<Step> cert = latestIn(steps, StepCode.AWARENESS_CLASS, r.year());
            Optional<vn.ptdv.domain.journal.JournalEntry> review = Optional.ofNullable(r.lastReviews().get(c.id()));
            rows.add(List.of(n++, c.fullName(), c.birthDate(), gender(c), c.ethnicity(), c.religion(), c.education(),
                    join(c.occupation(), c.workplace()), source(r, c), helpers(steps),
                    cert.map(Step::date).map(Object.class::cast).orElse(""),
                    cert.map(Step::documentNumber).orElse(""), cert.map(Step::issuingBody).orElse(""),
                    review.map(x -> (Object) x.date()).orElse(""), review.map(this::opinion).orElse("")));
        }
        return rows;
    }

    /** A review's overall opinion: ready to be proposed or not, and what the helper wrote. */
    private String opinion(vn.ptdv.domain.journal.JournalEntry review) {
        String ready = review.ready().map(yes -> m.get(yes ? "journal.ready.yes" : "journal.ready.no")).orElse("");
        return ready.isEmpty() ? review.text() : review.text().isEmpty() ? ready : ready + ". " + review.text();
    }

    private static final String[] ADMITTED_HEADERS = {"report.col.no", "report.col.name", "report.col.birthDate",
            "report.col.gender", "report.col.decisionNumber", "report.col.decisionDate", "report.col.ceremony",
            "report.col.introducers", "report.col.helpers"};
    private static final int[] ADMITTED_WIDTHS = {6, 26, 13, 9, 16, 13, 13, 40, 26};

    private List<List<Object>> admitted(YearReport r) {
        List<List<Object>> rows = new ArrayList<>();
        int n = 1;
        for (Candidate c : r.stats().progress().admitted()) {
            List<Step> steps = steps(r, c);
            Optional<Step> decision = latestIn(steps, StepCode.ADMISSION_DECISION, r.year());
            Optional<Step> ceremony = latest(steps, StepCode.CEREMONY);
            rows.add(List.of(n++, c.fullName(), c.birthDate(), gender(c),
                    decision.map(Step::documentNumber).orElse(""),
                    decision.map(Step::date).map(Object.class::cast).orElse(""),
                    ceremony.map(Step::date).map(Object.class::cast).orElse(""),
                    introducers(steps), helpers(steps)));
        }
        return rows;
    }

    private static final String[] PROBATION_HEADERS = {"report.col.no", "report.col.name", "report.col.decisionDate",
            "report.col.ceremony", "report.col.probationEnd", "report.col.reviewDue", "report.col.outcome"};
    private static final int[] PROBATION_WIDTHS = {6, 26, 14, 14, 14, 16, 34};

    private List<List<Object>> probation(YearReport r) {
        List<List<Object>> rows = new ArrayList<>();
        int n = 1;
        for (CandidateWithSteps f : r.files()) {
            if (!probationaryIn(f, r.year())) {
                continue;
            }
            Optional<Step> ceremony = latest(f.steps(), StepCode.CEREMONY);
            Optional<Step> official = latest(f.steps(), StepCode.OFFICIAL_DECISION);
            LocalDate end = ceremony.get().date().plusMonths(r.rules().value(RuleCode.PROBATION_LENGTH));
            LocalDate reviewDue = r.workingDays().plus(end, r.rules().value(RuleCode.OFFICIAL_REVIEW_DEADLINE));
            String result = official.map(o -> m.get("report.recognisedOn", DisplayDates.format(o.date())))
                    .orElse(m.get("report.notYet"));
            rows.add(List.of(n++, f.candidate().fullName(),
                    latest(f.steps(), StepCode.ADMISSION_DECISION).map(Step::date).map(Object.class::cast).orElse(""),
                    ceremony.get().date(), end, reviewDue, result));
        }
        return rows;
    }

    /**
     * Whether the file belongs on the probation sheet of the year: admitted (ceremony) by the year's end,
     * not recognised before the year, and never closed.
     */
    static boolean probationaryIn(CandidateWithSteps f, int year) {
        Optional<Step> ceremony = latest(f.steps(), StepCode.CEREMONY);
        Optional<Step> official = latest(f.steps(), StepCode.OFFICIAL_DECISION);
        return ceremony.isPresent() && !ceremony.get().date().isAfter(LocalDate.of(year, 12, 31))
                && (official.isEmpty() || official.get().date().getYear() >= year)
                && f.steps().stream().noneMatch(st -> st.code().closesFile());
    }

    private static final String[] TODO_HEADERS = {"report.col.no", "report.col.name", "report.col.severity",
            "report.col.due", "report.col.finding", "report.col.ack"};
    private static final int[] TODO_WIDTHS = {6, 24, 16, 13, 80, 40};
    /** The severities' keys, made once rather than for each of a ward's tens of thousands of rows. */
    private static final String[] SEVERITY_KEYS = java.util.Arrays.stream(vn.ptdv.domain.rules.Severity.values())
            .map(s -> "severity." + s.name()).toArray(String[]::new);

    /** Row {@code i} of the to-do sheet: made as it is written, a ward's list running to a hundred thousand lines. */
    private List<Object> todoRow(YearReport r, int i) {
        TodoItem item = r.todo().get(i);
        return List.of(i + 1, item.finding().candidateName(), m.get(SEVERITY_KEYS[item.finding().severity().ordinal()]),
                item.finding().due().map(Object.class::cast).orElse(""), FindingText.message(item.finding(), m),
                item.acknowledgement().map(a -> m.get("todo.acknowledged", a.reason(), a.acknowledgedBy(),
                        DisplayDates.format(a.acknowledgedAt().toLocalDate()))).orElse(""));
    }

    private List<String> headers(String... keys) {
        List<String> list = new ArrayList<>();
        for (String k : keys) {
            list.add(m.get(k));
        }
        return list;
    }

    private List<Step> steps(YearReport r, Candidate c) {
        if (stepsById == null) {
            stepsById = new java.util.HashMap<>();
            r.files().forEach(f -> stepsById.put(f.candidate().id(), f.steps()));
        }
        return stepsById.getOrDefault(c.id(), List.of());
    }

    /** The latest step of the code (the first of those on its day), as a stream's max would give it. */
    private static Optional<Step> latest(List<Step> steps, StepCode code) {
        return latestIn(steps, code, null);
    }

    /** The latest step of the code dated in the year (when one is given); looked up for every row of a list. */
    private static Optional<Step> latestIn(List<Step> steps, StepCode code, Integer year) {
        Step latest = null;
        for (Step s : steps) {
            if (s.code() == code && (year == null || s.date().getYear() == year)
                    && (latest == null || s.date().isAfter(latest.date()))) {
                latest = s;
            }
        }
        return Optional.ofNullable(latest);
    }

    private String gender(Candidate c) {
        return m.get("gender." + c.gender().name());
    }

    private static String source(YearReport r, Candidate c) {
        return c.sourceCategoryId().map(r.sourceNames()::get).orElse("");
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + ", " + b;
    }

    private static String helpers(List<Step> steps) {
        return latest(steps, StepCode.HELPER_ASSIGNED).map(s -> s.people().stream()
                .filter(p -> p.role() == PersonRole.HELPER).map(StepPerson::name)
                .collect(Collectors.joining(", "))).orElse("");
    }

    private static String introducers(List<Step> steps) {
        return latest(steps, StepCode.INTRODUCTION).map(s -> s.people().stream().map(StepPerson::name)
                .collect(Collectors.joining(", "))).orElse("");
    }
}
