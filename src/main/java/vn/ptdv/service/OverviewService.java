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
import vn.ptdv.domain.target.YearTarget;

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

    /**
     * The dashboard's numbers, from one pass over the cell's files that keeps only what the dashboard
     * shows, so that a ward's worth of files needs neither several reads nor all files in memory.
     */
    public Overview overview(int year, LocalDate today) {
        Pass pass = new Pass(year, today, checks.settings(), calendar.workingDays(year, year), journal.all(),
                journal.schedule());
        candidates.forEachFile(pass);

        List<Overview.YearLine> history = new ArrayList<>();
        YearProgress progress = pass.progress[HISTORY_YEARS - 1].result();
        for (int i = 0; i < HISTORY_YEARS - 1; i++) {
            int past = year - (HISTORY_YEARS - 1) + i;
            YearProgress p = pass.progress[i].result();
            history.add(new Overview.YearLine(past, targets.target(past), p.cultivated().size(), p.admitted().size(),
                    p.recognised().size()));
        }
        YearTarget target = targets.target(year);
        history.add(new Overview.YearLine(year, target, progress.cultivated().size(), progress.admitted().size(),
                progress.recognised().size()));
        VietnameseNames.sort(pass.couldBeAdmitted, Candidate::fullName);
        VietnameseNames.sort(pass.couldBeCultivated, Candidate::fullName);
        pass.followed.values().forEach(list -> list.sort(Comparator.comparing(Overview.Followed::nextReview)
                .thenComparing(x -> x.candidate().fullName(), VietnameseNames.nameOrder())));
        return new Overview(year, target, targets.origin(year), progress, pass.pipeline,
                pass.couldBeAdmitted, pass.couldBeCultivated, history, median(pass.gaps),
                pass.waiting.stream().sorted(WAITING_ORDER).toList(),
                pass.helpers, pass.followed);
    }

    private static final int HISTORY_YEARS = 5;
    private static final int WAITING_SHOWN = 5;
    /** Longest first; among equally long, in name order. */
    private static final Comparator<Overview.Waiting> WAITING_ORDER = Comparator
            .comparingLong(Overview.Waiting::days).reversed()
            .thenComparing(w -> w.candidate().fullName(), VietnameseNames.nameOrder());

    /** What the dashboard keeps of each file as they go by. */
    private static final class Pass implements java.util.function.Consumer<CandidateWithSteps> {
        private final int year;
        private final LocalDate today;
        private final NextSteps planner;
        private final Map<Long, List<JournalEntry>> entries;
        private final ReviewSchedule schedule;
        private final YearProgress.Tally[] progress = new YearProgress.Tally[HISTORY_YEARS];
        private final Map<CandidateStatus, Integer> pipeline = new EnumMap<>(CandidateStatus.class);
        private final List<Candidate> couldBeAdmitted = new ArrayList<>();
        private final List<Candidate> couldBeCultivated = new ArrayList<>();
        private final Map<StepCode, List<Long>> gaps = new EnumMap<>(StepCode.class);
        /** The longest waiting so far, at most {@link #WAITING_SHOWN}, the one to drop next at the head. */
        private final java.util.PriorityQueue<Overview.Waiting> waiting =
                new java.util.PriorityQueue<>(WAITING_ORDER.reversed());
        private final Map<String, Integer> helpers = new TreeMap<>(VietnameseNames.nameOrder());
        private final Map<String, List<Overview.Followed>> followed = new TreeMap<>(VietnameseNames.nameOrder());

        Pass(int year, LocalDate today, vn.ptdv.domain.rules.RuleSettings settings,
             vn.ptdv.domain.calendar.WorkingDays days, Map<Long, List<JournalEntry>> entries, ReviewSchedule schedule) {
            this.year = year;
            this.today = today;
            this.planner = new NextSteps(settings, days);
            this.entries = entries;
            this.schedule = schedule;
            for (int i = 0; i < HISTORY_YEARS; i++) {
                progress[i] = new YearProgress.Tally(year - (HISTORY_YEARS - 1) + i);
            }
            for (CandidateStatus s : List.of(CandidateStatus.IN_POOL, CandidateStatus.CULTIVATED,
                    CandidateStatus.PROPOSED, CandidateStatus.ADMITTED, CandidateStatus.PROBATIONARY,
                    CandidateStatus.FULL_MEMBER)) {
                pipeline.put(s, 0);
            }
        }

        @Override
        public void accept(CandidateWithSteps f) {
            YearProgress.File file = new YearProgress.File(f.candidate(), f.steps());
            for (YearProgress.Tally tally : progress) {
                tally.add(file);
            }
            CandidateStatus status = f.status();
            pipeline.computeIfPresent(status, (k, v) -> v + 1);
            if (!today.isAfter(LocalDate.of(year, 12, 31))) {
                if (couldBeAdmitted(f, status)) {
                    couldBeAdmitted.add(f.candidate());
                }
                if (status == CandidateStatus.IN_POOL) {
                    couldBeCultivated.add(f.candidate());
                }
            }
            addGaps(f);
            addWaiting(f, status);
            addHelpers(f, status);
            List<JournalEntry> own = entries.getOrDefault(f.candidate().id(), List.of());
            schedule.next(f.steps(), own).ifPresent(next -> next.helpers().forEach(helper ->
                    followed.computeIfAbsent(helper, k -> new ArrayList<>()).add(new Overview.Followed(f.candidate(),
                            next.lastReview(), next.due(), today.isAfter(next.due())))));
        }

        /**
         * Open files that can still reach an admission decision this year: proposed ones, and cultivated
         * ones whose vote may come (age, file complete) before the committee's deadline runs out in the
         * year — the vote by the year's end less the decision's usual time.
         */
        private boolean couldBeAdmitted(CandidateWithSteps f, CandidateStatus status) {
            if (status == CandidateStatus.PROPOSED) {
                return true;
            }
            if (status != CandidateStatus.CULTIVATED) {
                return false;
            }
            // Only a complete file (application to comments) can still go to the vote, and the
            // committee above needs some weeks after it: the vote must be possible a month before
            // the year ends.
            List<NextStep> plan = planner.plan(f.candidate(), f.steps());
            boolean complete = plan.stream().allMatch(n -> n.code() == StepCode.CELL_RESOLUTION);
            LocalDate earliest = plan.stream().filter(n -> n.code() == StepCode.CELL_RESOLUTION).findFirst()
                    .flatMap(NextStep::earliest).filter(d -> d.isAfter(today)).orElse(today);
            return complete && !earliest.isAfter(LocalDate.of(year, 12, 31).minusDays(30));
        }

        /** Days from the previous procedure step to each step, over the cell's whole history. */
        private void addGaps(CandidateWithSteps f) {
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

        /** The open files (before probation) that have waited longest since their last step. */
        private void addWaiting(CandidateWithSteps f, CandidateStatus status) {
            if (!List.of(CandidateStatus.IN_POOL, CandidateStatus.CULTIVATED, CandidateStatus.PROPOSED,
                    CandidateStatus.ADMITTED).contains(status)) {
                return;
            }
            CandidateFile.latestStep(f.steps()).ifPresent(s -> {
                waiting.add(new Overview.Waiting(f.candidate(), s.code(), ChronoUnit.DAYS.between(s.date(), today)));
                if (waiting.size() > WAITING_SHOWN) {
                    waiting.poll();
                }
            });
        }

        /** Each helper of an open file (latest assignment) and how many candidates they follow. */
        private void addHelpers(CandidateWithSteps f, CandidateStatus status) {
            if (!OPEN.contains(status)) {
                return;
            }
            f.steps().stream().filter(s -> s.code() == StepCode.HELPER_ASSIGNED).max(CandidateFile.CHRONOLOGICAL)
                    .ifPresent(s -> s.people().stream().filter(p -> p.role() == PersonRole.HELPER)
                            .map(StepPerson::name).distinct().forEach(name -> helpers.merge(name, 1, Integer::sum)));
        }
    }

    private static Map<StepCode, Integer> median(Map<StepCode, List<Long>> gaps) {
        Map<StepCode, Integer> median = new EnumMap<>(StepCode.class);
        gaps.forEach((code, list) -> {
            List<Long> sorted = list.stream().sorted().toList();
            int n = sorted.size();
            long m = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
            median.put(code, (int) m);
        });
        return median;
    }
}
