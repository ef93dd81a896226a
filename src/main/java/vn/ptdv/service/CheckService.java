package vn.ptdv.service;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.ArrayList;
import java.util.List;
import vn.ptdv.domain.checklist.FileChecklist;
import vn.ptdv.domain.journal.JournalEntry;
import vn.ptdv.domain.rules.Acknowledgement;
import vn.ptdv.domain.rules.Finding;
import vn.ptdv.domain.rules.NextStep;
import vn.ptdv.domain.rules.NextSteps;
import vn.ptdv.domain.rules.RuleCode;
import vn.ptdv.domain.rules.RuleEngine;
import vn.ptdv.domain.rules.RuleSettings;
import vn.ptdv.domain.rules.UrgencyOrder;
import vn.ptdv.persistence.AcknowledgementRepository;
import vn.ptdv.persistence.Database;
import vn.ptdv.persistence.JournalRepository;
import vn.ptdv.persistence.RuleSettingRepository;

/** Runs the rules over the cell's files, with the numbers and the days off the committee set. */
public final class CheckService {
    private final Database database;
    private final CandidateService candidates;
    private final CalendarService calendar;
    private final RuleSettingRepository settings = new RuleSettingRepository();
    private final AcknowledgementRepository acknowledgements = new AcknowledgementRepository();
    private final JournalRepository journal = new JournalRepository();

    public CheckService(Database database, CandidateService candidates, CalendarService calendar) {
        this.database = database;
        this.candidates = candidates;
        this.calendar = calendar;
    }

    public RuleSettings settings() {
        return RuleSettings.of(database.inTransaction(settings::findAll));
    }

    /** Changes a rule's number; refused (nothing written) when the text is not a valid value. */
    public void changeSetting(RuleCode code, String value) {
        if (!RuleSettings.isValid(code, value)) {
            throw new ValidationException(List.of(FieldError.of(code.name(),
                    code.unit() == RuleCode.Unit.FRACTION ? "validation.rule.fraction" : "validation.rule.number",
                    value == null ? "" : value.strip())));
        }
        database.inTransaction(c -> {
            settings.save(c, code, value.strip());
            return null;
        });
    }

    public void resetSetting(RuleCode code) {
        database.inTransaction(c -> {
            settings.delete(c, code);
            return null;
        });
    }

    /** Every finding in the cell as of the day, most urgent first. */
    public List<Finding> checkAll(LocalDate today) {
        Checker checker = checker(today);
        candidates.forEachFile(checker);
        return checker.findings();
    }

    /**
     * Checks the files handed to it one at a time and keeps only the findings, so that work going over
     * every file for other reasons too (the yearly report) reads the cell once.
     */
    public Checker checker(LocalDate today) {
        return new Checker(engine(today), database.inTransaction(journal::all), today);
    }

    public static final class Checker implements java.util.function.Consumer<CandidateWithSteps> {
        private final RuleEngine engine;
        private final Map<Long, List<JournalEntry>> journals;
        private final LocalDate today;
        private final List<Finding> all = new ArrayList<>();

        private Checker(RuleEngine engine, Map<Long, List<JournalEntry>> journals, LocalDate today) {
            this.engine = engine;
            this.journals = journals;
            this.today = today;
        }

        @Override
        public void accept(CandidateWithSteps file) {
            all.addAll(engine.checkInAnyOrder(file.candidate(), file.steps(),
                    journals.getOrDefault(file.candidate().id(), List.of()), today));
        }

        /** What was found so far, most urgent first. */
        public List<Finding> findings() {
            return UrgencyOrder.sorted(all);
        }
    }

    /** The to-do list as of the day: every finding, with its acknowledgement where there is one. */
    public List<TodoItem> todo(LocalDate today) {
        return withAcknowledgements(checkAll(today));
    }

    /** The findings as a to-do list, each with its acknowledgement where there is one. */
    public List<TodoItem> withAcknowledgements(List<Finding> findings) {
        // By candidate first: a finding's key is made only where its candidate has an acknowledgement
        // (making the keys of a ward's 30,000 findings took about 35 ms of the yearly report).
        Map<Long, Map<String, Acknowledgement>> acks = new HashMap<>();
        for (Acknowledgement a : database.inTransaction(acknowledgements::findAll)) {
            acks.computeIfAbsent(a.candidateId(), id -> new HashMap<>()).put(a.findingKey(), a);
        }
        List<TodoItem> items = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            Map<String, Acknowledgement> ofCandidate = acks.get(f.candidateId());
            items.add(new TodoItem(f, ofCandidate == null ? Optional.empty() : Optional.ofNullable(ofCandidate.get(f.key()))));
        }
        return java.util.Collections.unmodifiableList(items);
    }

    /** Accepts a finding with the reason; who and when are kept. */
    public void acknowledge(Finding finding, String reason, String by, LocalDateTime at) {
        List<FieldError> errors = new ArrayList<>();
        if (reason == null || reason.isBlank()) {
            errors.add(FieldError.of("reason", "validation.ack.reason"));
        }
        if (by == null || by.isBlank()) {
            errors.add(FieldError.of("by", "validation.ack.by"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        database.inTransaction(c -> acknowledgements.insert(c, new Acknowledgement(0, finding.candidateId(),
                finding.key(), finding.rule(), reason, by, at)));
    }

    public void withdraw(long acknowledgementId) {
        database.inTransaction(c -> {
            acknowledgements.delete(c, acknowledgementId);
            return null;
        });
    }

    /** One file's findings, next steps and documents as of the day. */
    public record FileReview(List<TodoItem> findings, List<NextStep> nextSteps, FileChecklist checklist) {
    }

    public FileReview review(CandidateWithSteps file, LocalDate today) {
        RuleSettings current = settings();
        var days = calendar.workingDays(today.getYear() - 3, today.getYear() + 1);
        List<JournalEntry> entries = database.inTransaction(c -> journal.forCandidate(c, file.candidate().id()));
        return new FileReview(withAcknowledgements(new RuleEngine(current, days)
                .check(file.candidate(), file.steps(), entries, today)),
                new NextSteps(current, days).plan(file.candidate(), file.steps()),
                FileChecklist.of(file.steps(), current, today));
    }

    /** The documents of the file as of the day, under the committee's rules (see {@link FileChecklist}). */
    public FileChecklist checklist(CandidateWithSteps file, LocalDate today) {
        return FileChecklist.of(file.steps(), settings(), today);
    }

    /** The documents of one candidate's file as of the day; empty when there is no such candidate. */
    public Optional<FileChecklist> checklist(long candidateId, LocalDate today) {
        return candidates.findWithSteps(candidateId).map(file -> checklist(file, today));
    }

    private RuleEngine engine(LocalDate today) {
        return new RuleEngine(settings(), calendar.workingDays(today.getYear() - 3, today.getYear() + 1));
    }
}
