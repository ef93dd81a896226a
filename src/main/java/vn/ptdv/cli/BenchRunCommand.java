package vn.ptdv.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.ptdv.bench.Benchmark;
import vn.ptdv.i18n.Messages;
import vn.ptdv.service.MissingDatabaseException;

/**
 * {@code bench run --db FILE [--runs R] [--today yyyy-MM-dd] [--json]}: times what people wait for on
 * that database and prints a table (or, with --json, one object per measurement).
 */
@Command(name = "run", mixinStandardHelpOptions = true)
public final class BenchRunCommand implements Callable<Integer> {
    @Option(names = "--runs", paramLabel = "R", descriptionKey = "cli.option.benchRuns")
    private int runs = 5;

    @Option(names = "--today", paramLabel = "yyyy-MM-dd", descriptionKey = "cli.option.today",
            converter = DateConverter.class)
    private LocalDate today;

    @Option(names = "--json", descriptionKey = "cli.option.json")
    private boolean json;

    @Spec
    private CommandSpec spec;

    private final CliContext context;

    public BenchRunCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        Path file = context.databaseFile();
        if (!Files.isRegularFile(file)) {
            throw new MissingDatabaseException(file);
        }
        context.services(); // checks the file and sends the libraries' logging beside it
        context.release();
        Path work = Files.createTempDirectory("ptdv-bench");
        List<Benchmark.Result> results;
        try {
            results = new Benchmark(file, Math.max(1, runs),
                    Benchmark.clockAt(today == null ? LocalDate.now() : today), work, context.openingPassword()).run();
        } finally {
            deleteTree(work);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Benchmark.Result r : results) {
                rows.add(jsonRow(r));
            }
            Json.print(out, rows);
        } else {
            out.println(Messages.text("cli.bench.header"));
            for (Benchmark.Result r : results) {
                out.println(String.format("%-18s %10.1f %10.1f %10s %8s  %-10s %s",
                        Messages.text("cli.bench.name." + r.name()), r.medianMs(), r.maxMs(),
                        r.floorMs().map(f -> String.format("%.1f", f)).orElse("–"),
                        r.ratio().map(x -> String.format("%.2f×", x)).orElse("–"), budget(r),
                        !r.hasBudget() ? r.note().map(n -> Messages.text("cli.bench.note." + n)).orElse("")
                                : Messages.text(r.withinBudget() ? "cli.bench.ok" : "cli.bench.over")));
            }
        }
        out.flush();
        return 0;
    }

    /** One measurement as --json gives it (bench run, and bench scale with its size). */
    static Map<String, Object> jsonRow(Benchmark.Result r) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", r.name());
        boolean memory = r.name().endsWith("Mb");
        row.put(memory ? "mb" : "medianMs", Benchmark.round(r.medianMs()));
        if (!memory) {
            row.put("maxMs", Benchmark.round(r.maxMs()));
            row.put("runs", r.runs());
        }
        row.put("budgetMs", r.budgetMs().map(Benchmark::round).orElse(null));
        if (r.ratioBudget().isPresent()) {
            row.put("floorMs", r.floorMs().map(Benchmark::round).orElse(null));
            row.put("ratio", r.ratio().map(x -> Math.round(x * 100) / 100.0).orElse(null));
            row.put("ratioBudget", r.ratioBudget().get());
            row.put("note", r.note().orElse(null));
        }
        row.put("withinBudget", r.hasBudget() ? r.withinBudget() : null);
        return row;
    }

    /** The budget as the person reads it: a ratio to the floor ("≤ 2×"), or milliseconds ("≤ 16 ms"). */
    private static String budget(Benchmark.Result r) {
        if (r.ratioBudget().isPresent()) {
            double b = r.ratioBudget().get();
            return "≤ " + (b == Math.rint(b) ? String.format("%.0f", b) : String.format("%.1f", b)) + "×";
        }
        return r.budgetMs().map(b -> String.format("≤ %.0f ms", b)).orElse("–");
    }

    /** Removes a benchmark's work folder and all it holds. */
    static void deleteTree(Path folder) throws java.io.IOException {
        try (java.util.stream.Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
