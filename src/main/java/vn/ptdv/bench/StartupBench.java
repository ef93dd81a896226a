package vn.ptdv.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The start-up budget, measured where the committee meets it: the packaged launcher (its own runtime,
 * class archive and window flags) opening the program's window with its data, against the same
 * launcher opening a window that holds only a JavaFX table ({@code --measure-startup --table}), the
 * floor no program showing a list in a JavaFX table can beat. Both are timed in the same run, turn
 * about, so that a busy or slow machine weighs on both alike; the budget is a ratio to that floor, plus
 * an absolute ceiling.
 */
public final class StartupBench {
    /** The window may take at most this many times the table-only floor (median of the turns' ratios). */
    public static final double RATIO_BUDGET = 1.15;
    /** And at most this long (median), on the two-core machine the budget was set on. */
    public static final long MS_BUDGET = 1_000;

    private static final Pattern MEASURED = Pattern.compile("(\\d+) ms");
    private static final long TIMEOUT_SECONDS = 120;

    /** One kind of window timed {@code runs} times. */
    public record Series(List<Long> ms) {
        public long median() {
            return Math.round(Benchmark.median(ms.stream().mapToDouble(Long::doubleValue).toArray()));
        }

        public long max() {
            return ms.stream().mapToLong(Long::longValue).max().orElse(0);
        }
    }

    /** The program's window and the floor, timed turn about: the i-th of each were timed in the same turn. */
    public record Result(Path launcher, Series window, Series table) {
        /**
         * The median of the turns' ratios, each window against the floor timed beside it, as {@code bench
         * run} takes its tasks' ratios: a stretch of the run that the machine slowed weighs on both starts
         * of its turn, where a ratio of the two medians can take them from different stretches.
         */
        public double ratio() {
            int turns = Math.min(window.ms().size(), table.ms().size());
            double[] ratios = new double[turns];
            for (int i = 0; i < turns; i++) {
                ratios[i] = (double) window.ms().get(i) / Math.max(1, table.ms().get(i));
            }
            return Benchmark.median(ratios);
        }

        /** The window's median against the floor's, kept in the output for the record. */
        public double ratioOfMedians() {
            return (double) window.median() / Math.max(1, table.median());
        }

        public boolean ratioWithinBudget() {
            return ratio() <= RATIO_BUDGET;
        }

        public boolean msWithinBudget() {
            return window.median() <= MS_BUDGET;
        }
    }

    /** A start that printed no time: what it said, for the person running the benchmark. */
    public static final class StartFailed extends IOException {
        public StartFailed(String message) {
            super(message);
        }
    }

    private final Path launcher;
    private final Path database;
    private final int runs;
    private final Path work;

    /**
     * @param launcher the packaged launcher (or any program taking {@code --db FILE --measure-startup})
     * @param database the data the window opens, which must exist (the sample data, say)
     * @param work a folder for the children's output
     */
    public StartupBench(Path launcher, Path database, int runs, Path work) {
        this.launcher = launcher;
        this.database = database;
        this.runs = runs;
        this.work = work;
    }

    /**
     * One start of each first, not counted: it makes the class archive when the launcher has none yet (or
     * it no longer fits), as the first start after an installation does.
     */
    public Result run() throws IOException, InterruptedException {
        time(false);
        time(true);
        List<Long> window = new ArrayList<>();
        List<Long> table = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            // Turn about, and which goes first alternates: neither always follows the other's caches.
            if (i % 2 == 0) {
                window.add(time(false));
                table.add(time(true));
            } else {
                table.add(time(true));
                window.add(time(false));
            }
        }
        return new Result(launcher, new Series(window), new Series(table));
    }

    private long time(boolean tableOnly) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(launcher.toString(), "--db", database.toString(), "--measure-startup"));
        if (tableOnly) {
            command.add("--table");
        }
        Path out = work.resolve("start.out");
        Path err = work.resolve("start.err");
        ProcessBuilder pb = new ProcessBuilder(command);
        // Set by a jpackage launcher for its own JVM: a launcher started with it thinks it was re-run by
        // itself and hands the arguments to Java as options.
        pb.environment().remove("_JPACKAGE_LAUNCHER");
        pb.redirectOutput(out.toFile());
        pb.redirectError(err.toFile());
        Process child = pb.start();
        if (!child.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            child.destroyForcibly();
            throw new StartFailed(String.join(" ", command) + ": > " + TIMEOUT_SECONDS + " s");
        }
        String printed = Files.readString(out, StandardCharsets.UTF_8);
        Matcher m = MEASURED.matcher(printed);
        if (child.exitValue() != 0 || !m.find()) {
            throw new StartFailed(String.join(" ", command) + " (" + child.exitValue() + "): "
                    + (printed + Files.readString(err, StandardCharsets.UTF_8)).strip());
        }
        return Long.parseLong(m.group(1));
    }
}
