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
 * (into a copy), and the peak heap. Each as the median and maximum of several runs after a warm-up.
 */
public final class Benchmark {
    /** One measurement: what, how long (median and maximum over the runs), and its budget. */
    public record Result(String name, double medianMs, double maxMs, int runs, Optional<Double> budgetMs) {
        public boolean withinBudget() {
            return budgetMs.map(b -> medianMs <= b).orElse(true);
        }
    }

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
            results.add(time("list", Optional.of(300.0), () -> services.candidates().listSummaries()));
            List<CandidateSummary> all = services.candidates().listSummaries();
            results.add(search(all));
            results.add(time("checks", Optional.of(1000.0), () -> services.checks().checkAll(today)));
            results.add(time("stats", Optional.of(200.0), () -> services.targets().stats(year)));
            results.add(time("dashboard", Optional.of(500.0), () -> services.overview().overview(year, today)));
            Path report = workFolder.resolve("bao-cao.xlsx");
            results.add(time("report", Optional.of(3000.0), () -> new ReportService(services).write(year, today, report)));
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
                Optional.of(30.0));
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
