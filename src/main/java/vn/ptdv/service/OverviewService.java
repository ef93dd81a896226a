package vn.ptdv.service;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vn.ptdv.domain.Candidate;
import vn.ptdv.domain.CandidateFile;
import vn.ptdv.domain.CandidateStatus;
import vn.ptdv.domain.PersonRole;
import vn.ptdv.domain.Step;
import vn.ptdv.domain.StepCode;
import vn.ptdv.domain.StepPerson;
import vn.ptdv.domain.VietnameseNames;
import vn.ptdv.domain.journal.JournalEntry;
import vn.ptdv.domain.rules.NextStep;
import vn.ptdv.domain.rules.NextSteps;
import vn.ptdv.domain.rules.ReviewSchedule;
import vn.ptdv.domain.target.YearProgress;

/** Works out the dashboard's numbers from the files, off the FX thread. */
public final class OverviewService {
    private static final List<CandidateStatus> OPEN = List.of(CandidateStatus.IN_POOL, CandidateStatus.CULTIVATED,
            CandidateStatus.PROPOSED, CandidateStatus.ADMITTED, CandidateStatus.PROBATIONARY);

    private final CandidateService candidates;
    private final TargetService targets;
    private final CheckService checks;
    private final CalendarService calendar;
    private final JournalService journal;

    public OverviewService(CandidateService candidates, TargetService targets, CheckService checks,
                           CalendarService calendar, JournalService journal) {
        this.candidates = candidates;
        this.journal = journal;
        this.targets = targets;
        this.checks = checks;
        this.calendar = calendar;
    }

    public Overview overview(int year, LocalDate today) {
        List<CandidateWithSteps> files = candidates.listWithSteps();
        List<YearProgress.File> progressFiles = files.stream()
                .map(f -> new YearProgress.File(f.candidate(), f.steps())).toList();
        YearProgress progress = YearProgress.of(year, progressFiles);

        Map<CandidateStatus, Integer> pipeline = new EnumMap<>(CandidateStatus.class);
        for (CandidateStatus s : List.of(CandidateStatus.IN_POOL, CandidateStatus.CULTIVATED, CandidateStatus.PROPOSED,
                CandidateStatus.ADMITTED, CandidateStatus.PROBATIONARY, CandidateStatus.FULL_MEMBER)) {
            pipeline.put(s, 0);
        }
        files.forEach(f -> pipeline.computeIfPresent(f.status(), (k, v) -> v + 1));

        List<Overview.YearLine> history = new ArrayList<>();
        for (int past = year - 4; past <= year; past++) {
            YearProgress p = past == year ? progress : YearProgress.of(past, progressFiles);
            history.add(new Overview.YearLine(past, targets.target(past), p.cultivated().size(), p.admitted().size(),
                    p.recognised().size()));
        }
        return new Overview(year, targets.target(year), targets.origin(year), progress, pipeline,
                forecastAdmitted(files, year, today), forecastCultivated(files, year, today), history,
                medianDays(files), longestWaiting(files, today), helpers(files), followed(files, today));
    }

    /**
     * Open files that can still reach an admission decision this year: proposed ones, and cultivated
     * ones whose vote may come (age, file complete) before the committee's deadline runs out in the
     * year — the vote by the year's end less the decision's usual time.
     */
    private List<Candidate> forecastAdmitted(List<CandidateWithSteps> files, int year, LocalDate today) {
        if (today.getYear() > year) {
            return List.of();
        }
        NextSteps planner = new NextSteps(checks.settings(), calendar.workingDays(year, year));
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        List<Candidate> result = new ArrayList<>();
        for (CandidateWithSteps f : files) {
            if (f.status() == CandidateStatus.PROPOSED) {
                result.add(f.candidate());
            } else if (f.status() == CandidateStatus.CULTIVATED) {
                // Only a complete file (application to comments) can still go to the vote, and the
                // committee above needs some weeks after it: the vote must be possible a month before
                // the year ends.
                List<NextStep> plan = planner.plan(f.candidate(), f.steps());
                boolean complete = plan.stream().allMatch(n -> n.code() == StepCode.CELL_RESOLUTION);
                LocalDate earliest = plan.stream().filter(n -> n.code() == StepCode.CELL_RESOLUTION).findFirst()
                        .flatMap(NextStep::earliest).filter(d -> d.isAfter(today)).orElse(today);
                if (complete && !earliest.isAfter(yearEnd.minusDays(30))) {
                    result.add(f.candidate());
                }
            }
        }
        result.sort(VietnameseNames.byName(Candidate::fullName));
        return result;
    }

    /** Candidates in the pool who could still take the awareness class this year. */
    private static List<Candidate> forecastCultivated(List<CandidateWithSteps> files, int year, LocalDate today) {
        if (today.getYear() > year) {
            return List.of();
        }
        return files.stream().filter(f -> f.status() == CandidateStatus.IN_POOL).map(CandidateWithSteps::candidate)
                .sorted(VietnameseNames.byName(Candidate::fullName)).toList();
    }

    /** Median days from the previous procedure step to each step, over the cell's whole history. */
    private static Map<StepCode, Integer> medianDays(List<CandidateWithSteps> files) {
        Map<StepCode, List<Long>> gaps = new EnumMap<>(StepCode.class);
        for (CandidateWithSteps f : files) {
            List<Step> procedure = f.steps().stream().filter(s -> !s.code().closesFile())
                    .sorted(Comparator.comparingInt((Step s) -> s.code().order()).thenComparing(Step::date)).toList();
            for (int i = 1; i < procedure.size(); i++) {
                Step before = procedure.get(i - 1);
                Step step = procedure.get(i);
                if (step.code().order() == before.code().order() + 1) {
                    gaps.computeIfAbsent(step.code(), k -> new ArrayList<>())
                            .add(Math.max(0, ChronoUnit.DAYS.between(before.date(), step.date())));
                }
            }
        }
        Map<StepCode, Integer> median = new EnumMap<>(StepCode.class);
        gaps.forEach((code, list) -> {
            List<Long> sorted = list.stream().sorted().toList();
            int n = sorted.size();
            long m = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
            median.put(code, (int) m);
        });
        return median;
    }

    /** The open files (before probation) that have waited longest since their last step. */
    private static List<Overview.Waiting> longestWaiting(List<CandidateWithSteps> files, LocalDate today) {
        return files.stream()
                .filter(f -> List.of(CandidateStatus.IN_POOL, CandidateStatus.CULTIVATED, CandidateStatus.PROPOSED,
                        CandidateStatus.ADMITTED).contains(f.status()))
                .map(f -> CandidateFile.latestStep(f.steps()).map(s -> new Overview.Waiting(f.candidate(), s.code(),
                        ChronoUnit.DAYS.between(s.date(), today))))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparingLong(Overview.Waiting::days).reversed())
                .limit(5).toList();
    }

    /**
     * Each helper's candidates being cultivated, with when their next review is due (soonest first),
     * helpers in Vietnamese name order.
     */
    private Map<String, List<Overview.Followed>> followed(List<CandidateWithSteps> files, LocalDate today) {
        Map<Long, List<JournalEntry>> entries = journal.all();
        ReviewSchedule schedule = journal.schedule();
        Map<String, List<Overview.Followed>> byHelper = new TreeMap<>(VietnameseNames.nameOrder());
        for (CandidateWithSteps f : files) {
            List<JournalEntry> own = entries.getOrDefault(f.candidate().id(), List.of());
            schedule.next(f.steps(), own).ifPresent(next -> next.helpers().forEach(helper ->
                    byHelper.computeIfAbsent(helper, k -> new ArrayList<>()).add(new Overview.Followed(f.candidate(),
                            next.lastReview(), next.due(), today.isAfter(next.due())))));
        }
        byHelper.values().forEach(list -> list.sort(Comparator.comparing(Overview.Followed::nextReview)
                .thenComparing(x -> x.candidate().fullName(), VietnameseNames.nameOrder())));
        return byHelper;
    }

    /** Each helper of an open file (latest assignment) and how many candidates they follow. */
    private static Map<String, Integer> helpers(List<CandidateWithSteps> files) {
        Map<String, Integer> count = new TreeMap<>(VietnameseNames.nameOrder());
        for (CandidateWithSteps f : files) {
            if (!OPEN.contains(f.status())) {
                continue;
            }
            f.steps().stream().filter(s -> s.code() == StepCode.HELPER_ASSIGNED).max(CandidateFile.CHRONOLOGICAL)
                    .ifPresent(s -> s.people().stream().filter(p -> p.role() == PersonRole.HELPER)
                            .map(StepPerson::name).distinct().forEach(name -> count.merge(name, 1, Integer::sum)));
        }
        return count;
    }
}
