package vn.ptdv.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.ptdv.domain.CandidateSearch;
import vn.ptdv.domain.CandidateSummary;
import vn.ptdv.report.ImportPreview;
import vn.ptdv.report.ImportService;
import vn.ptdv.report.ReportService;
import vn.ptdv.service.Services;

/**
 * Times what a person waits for, on a given database: opening it, the candidate list, a search
 * keystroke, all rule checks, a year's stats, the dashboard, the yearly report, a 1,000-row import
 * (into a copy), and the peak heap. Each as the median and maximum of several runs after a warm-up;
 * the list, checks, stats and dashboard also as a ratio to their floor (see {@link Floors}), and the
 * report to LibreOffice's (see {@link LibreOfficeFloor}), each floor timed in the same runs, turn about.
 */
public final class Benchmark {
    /**
     * One measurement: what, how long (median and maximum over the runs), its budget in milliseconds,
     * and, for a task with a floor, the floor's median, the median of the run-by-run ratios and the
     * ratio's budget. {@code note} says why a floor was not timed.
     */
    public record Result(String name, double medianMs, double maxMs, int runs, Optional<Double> budgetMs,
                         Optional<Double> floorMs, Optional<Double> ratio, Optional<Double> ratioBudget,
                         Optional<String> note) {
        Result(String name, double medianMs, double maxMs, int runs, Optional<Double> budgetMs) {
            this(name, medianMs, maxMs, runs, budgetMs, Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty());
        }

        public boolean hasBudget() {
            return budgetMs.isPresent() || (ratioBudget.isPresent() && ratio.isPresent());
        }

        public boolean withinBudget() {
            boolean ms = budgetMs.map(b -> medianMs <= b).orElse(true);
            boolean times = ratio.flatMap(r -> ratioBudget.map(b -> r <= b)).orElse(true);
            return ms && times;
        }
    }

    /** The budgets as ratios to the floors (medians at 20,000 candidates), and a keystroke's one frame. */
    static final double LIST_RATIO = 2;
    static final double STATS_RATIO = 2;
    static final double CHECKS_RATIO = 3;
    static final double DASHBOARD_RATIO = 3;
    static final double REPORT_RATIO = 0.2;
    static final double KEYSTROKE_MS = 16;

    /** What a person types into the search field, a keystroke at a time. */
    static final List<String> QUERIES = List.of("nguyen", "tran thi", "Lê Văn", "hoang", "pham minh", "thao",
            "nguyễn thị h", "dung", "0010", "vu duc");
    private static final int IMPORT_ROWS = 1000;

    @FunctionalInterface
    private interface Work {
        void run() throws Exception;
    }

    private final Path database;
    private final int runs;
    private final Clock clock;
    private final Path workFolder;
    /** The opening password of an encrypted database (its copies have the same): opening then derives the key. */
    private final Optional<char[]> password;

    public Benchmark(Path database, int runs, Clock clock, Path workFolder) {
        this(database, runs, clock, workFolder, Optional.empty());
    }

    public Benchmark(Path database, int runs, Clock clock, Path workFolder, Optional<char[]> password) {
        this.password = password;
        this.database = database;
        this.runs = runs;
        this.clock = clock;
        this.workFolder = workFolder;
    }

    public List<Result> run() throws Exception {
        HeapPeak heap = new HeapPeak();
        heap.start();
        try {
            return measure(heap);
        } finally {
            heap.stop();
        }
    }

    private List<Result> measure(HeapPeak heap) throws Exception {
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        List<Result> results = new ArrayList<>();
        results.add(time("open", Optional.empty(), () -> Services.open(database, clock, password).close()));
        Path importFile = importWorkbook(today);
        try (Services services = Services.open(database, clock, password)) {
            Work listFloor = () -> Floors.list(services);
            Work filesFloor = () -> Floors.read(services, Floors.FILES);
            results.add(paired("list", listFloor, () -> services.candidates().listSummaries(), LIST_RATIO));
            List<CandidateSummary> all = services.candidates().listSummaries();
            results.add(search(all));
            results.add(paired("checks", filesFloor, () -> services.checks().checkAll(today), CHECKS_RATIO));
            results.add(paired("stats", () -> Floors.yearCounts(services, year), () -> services.targets().counts(year),
                    STATS_RATIO));
            results.add(paired("dashboard", filesFloor, () -> services.overview().overview(year, today),
                    DASHBOARD_RATIO));
            Path report = workFolder.resolve("bao-cao.xlsx");
            Work writeReport = () -> new ReportService(services).write(year, today, report);
            Optional<LibreOfficeFloor> office = LibreOfficeFloor.find(all, workFolder);
            if (office.isPresent()) {
                results.add(paired("report", office.get()::convert, writeReport, REPORT_RATIO));
            } else {
                Result alone = time("report", Optional.empty(), writeReport);
                results.add(new Result(alone.name(), alone.medianMs(), alone.maxMs(), alone.runs(), Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.of(REPORT_RATIO), Optional.of("noLibreOffice")));
            }
        }
        results.add(importIntoCopies(importFile));
        double peakMb = heap.mb();
        results.add(new Result("heapPeakMb", peakMb, peakMb, 1, Optional.empty()));
        // The limit the peak is to be read against (-Xmx; by default a quarter of the machine's memory).
        double limitMb = Runtime.getRuntime().maxMemory() / (1024.0 * 1024.0);
        results.add(new Result("heapLimitMb", limitMb, limitMb, 1, Optional.empty()));
        return results;
    }

    /** The median and maximum of the runs after one warm-up run. */
    private Result time(String name, Optional<Double> budget, Work work) throws Exception {
        work.run();
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        return summary(name, ms, budget);
    }

    /**
     * The task and its floor, turn about, after one warm-up of each: the medians of both, and the
     * median of the run-by-run ratios (a run slowed by the machine slows both alike).
     */
    private Result paired(String name, Work floor, Work task, double ratioBudget) throws Exception {
        floor.run();
        task.run();
        double[] floorMs = new double[runs];
        double[] ms = new double[runs];
        double[] ratios = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            floor.run();
            floorMs[i] = (System.nanoTime() - start) / 1e6;
            start = System.nanoTime();
            task.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
            ratios[i] = ms[i] / Math.max(floorMs[i], 0.001);
        }
        return new Result(name, median(ms), Arrays.stream(ms).max().orElse(0), runs, Optional.empty(),
                Optional.of(median(floorMs)), Optional.of(median(ratios)), Optional.of(ratioBudget), Optional.empty());
    }

    private static Result summary(String name, double[] ms, Optional<Double> budget) {
        return new Result(name, median(ms), Arrays.stream(ms).max().orElse(0), ms.length, budget);
    }

    /** The median of the values (the mean of the middle two when there is an even number of them). */
    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    /** Each keystroke of each query filters the whole list, as the search field does. */
    private Result search(List<CandidateSummary> all) {
        for (String q : QUERIES) {
            filter(all, q); // warm-up
        }
        List<Double> keystrokes = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            for (String q : QUERIES) {
                for (int n = 1; n <= q.length(); n++) {
                    long start = System.nanoTime();
                    filter(all, q.substring(0, n));
                    keystrokes.add((System.nanoTime() - start) / 1e6);
                }
            }
        }
        return summary("searchKeystroke", keystrokes.stream().mapToDouble(Double::doubleValue).toArray(),
                Optional.of(KEYSTROKE_MS));
    }

    private static int filter(List<CandidateSummary> all, String query) {
        int found = 0;
        java.util.function.Predicate<CandidateSummary> matcher = CandidateSearch.matcher(query);
        for (CandidateSummary c : all) {
            if (matcher.test(c)) {
                found++;
            }
        }
        return found;
    }

    /** A 1,000-row workbook in the import format, made from another generated cell. */
    private Path importWorkbook(LocalDate today) throws IOException {
        Path source = workFolder.resolve("nguon-nhap.db");
        Path file = workFolder.resolve("nhap-1000.xlsx");
        Files.deleteIfExists(source);
        try (Services other = Services.open(source, clock)) {
            new BenchDataGenerator(other.candidates()).generate(IMPORT_ROWS, 424242L, today);
            new ReportService(other).exportList(other.candidates().listSummaries(), today, file);
        }
        return file;
    }

    /** Imports the workbook into a fresh copy of the database each run (the copy is not timed). */
    private Result importIntoCopies(Path workbook) throws Exception {
        double[] ms = new double[runs];
        for (int i = -1; i < runs; i++) {
            Path copy = workFolder.resolve("ban-sao-" + (i + 1) + ".db");
            try (Services original = Services.open(database, clock, password)) {
                Files.deleteIfExists(copy);
                original.backups().backupTo(copy, Optional.empty());
            }
            try (Services target = Services.open(copy, clock, password)) {
                long start = System.nanoTime();
                ImportPreview preview = new ImportService(target).apply(workbook);
                if (i >= 0) {
                    ms[i] = (System.nanoTime() - start) / 1e6;
                }
                // A refused import skips the backup and the writing: its time would mean nothing.
                if (!preview.canApply()) {
                    throw new IllegalStateException("The benchmark's import was refused: " + preview.errors());
                }
            }
        }
        return summary("import1000", ms, Optional.of(2000.0));
    }

    /**
     * The heap in use at its highest: the heap just before each garbage collection (the moments it is
     * fullest), and at the end. Adding up each memory pool's own peak would count pools that peaked at
     * different times, and report more than the heap ever held.
     */
    private static final class HeapPeak implements javax.management.NotificationListener {
        private volatile long peak;

        void start() {
            for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof javax.management.NotificationEmitter emitter) {
                    emitter.addNotificationListener(this, null, null);
                }
            }
        }

        void stop() {
            for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof javax.management.NotificationEmitter emitter) {
                    try {
                        emitter.removeNotificationListener(this);
                    } catch (javax.management.ListenerNotFoundException e) {
                        // not registered: nothing to remove
                    }
                }
            }
        }

        @Override
        public void handleNotification(javax.management.Notification n, Object handback) {
            if (!com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                return;
            }
            var info = com.sun.management.GarbageCollectionNotificationInfo
                    .from((javax.management.openmbean.CompositeData) n.getUserData());
            long used = 0;
            for (var entry : info.getGcInfo().getMemoryUsageBeforeGc().entrySet()) {
                if (isHeap(entry.getKey())) {
                    used += entry.getValue().getUsed();
                }
            }
            note(used);
        }

        synchronized void note(long used) {
            peak = Math.max(peak, used);
        }

        double mb() {
            note(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
            return peak / (1024.0 * 1024.0);
        }

        private static boolean isHeap(String pool) {
            for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
                if (p.getName().equals(pool)) {
                    return p.getType() == MemoryType.HEAP;
                }
            }
            return false;
        }
    }

    /** One decimal is enough for milliseconds. */
    public static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /** A clock at a fixed day, for reproducible numbers from the command line's --today. */
    public static Clock clockAt(LocalDate day) {
        ZoneId zone = ZoneId.systemDefault();
        return Clock.fixed(day.atTime(12, 0).atZone(zone).toInstant(), zone);
    }
}
