package vn.ptdv.domain.rules;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.ptdv.domain.Candidate;
import vn.ptdv.domain.CandidateFile;
import vn.ptdv.domain.CandidateStatus;
import vn.ptdv.domain.Step;
import vn.ptdv.domain.StepCode;
import vn.ptdv.domain.calendar.WorkingDays;
import vn.ptdv.domain.journal.JournalEntry;

/** One file being checked, with what every check needs and the findings it collects. */
final class CheckContext {
    final Candidate candidate;
    final List<Step> steps;
    /** Every step, closed stretches included, for checks that find the open stretch themselves. */
    final List<Step> allSteps;
    final List<JournalEntry> journal;
    final CandidateStatus status;
    final RuleSettings settings;
    final WorkingDays workingDays;
    final LocalDate today;
    private final List<Finding> findings = new ArrayList<>();
    /** The latest record of each step (the first entered on a tie): the checks ask for these many times. */
    private final java.util.EnumMap<StepCode, Step> latest = new java.util.EnumMap<>(StepCode.class);

    /** {@code status}: the file's, {@code CandidateFile.status(steps)}, which the caller has already worked out. */
    CheckContext(Candidate candidate, List<Step> steps, CandidateStatus status, List<JournalEntry> journal,
                 RuleSettings settings, WorkingDays workingDays, LocalDate today) {
        this.candidate = candidate;
        this.allSteps = List.copyOf(steps);
        this.journal = List.copyOf(journal);
        // Only the file since the last closing step counts: a reopened file starts again.
        this.steps = CandidateFile.sinceLastClosing(steps);
        this.status = status;
        this.settings = settings;
        this.workingDays = workingDays;
        this.today = today;
        for (Step s : this.steps) {
            Step known = latest.get(s.code());
            if (known == null || s.date().isAfter(known.date())) {
                latest.put(s.code(), s);
            }
        }
    }

    /** The latest record of the step, if any. */
    Optional<Step> latest(StepCode code) {
        return Optional.ofNullable(latest.get(code));
    }

    Optional<LocalDate> date(StepCode code) {
        return latest(code).map(Step::date);
    }

    boolean has(StepCode code) {
        return latest(code).isPresent();
    }

    boolean before(CandidateStatus... statuses) {
        return Arrays.asList(statuses).contains(status);
    }

    /** Age in whole months on the day, as the Charter counts it. */
    long ageInMonths(LocalDate day) {
        return Period.between(candidate.birthDate(), day).toTotalMonths();
    }

    /**
     * The day the candidate reaches the age: a period of years ends on the same day of the month,
     * or on the month's last day when it has no such day (Civil Code 2015, art. 148), so someone
     * born on 29/02 reaches it on 28/02 of a common year. Periods of months (certificates, files)
     * follow the same convention through {@link LocalDate#plusMonths}.
     */
    LocalDate reaches(int years) {
        return candidate.birthDate().plusYears(years);
    }

    /** A deadline in calendar days that falls on a day off moves to the next working day (art. 148). */
    LocalDate onWorkingDay(LocalDate day) {
        LocalDate d = day;
        while (!workingDays.isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    int value(RuleCode code) {
        return settings.value(code);
    }

    void add(RuleCode rule, Severity severity, Optional<LocalDate> due, String variant, Object... args) {
        Object[] withName = new Object[args.length + 1];
        withName[0] = candidate.fullName();
        System.arraycopy(args, 0, withName, 1, args.length);
        findings.add(new Finding(candidate.id(), candidate.fullName(), rule, severity, due,
                "rule." + rule.name() + "." + variant, Arrays.asList(withName)));
    }

    List<Finding> findings() {
        return findings;
    }
}
