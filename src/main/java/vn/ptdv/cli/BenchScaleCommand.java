package vn.ptdv.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
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
import vn.ptdv.bench.BenchDataGenerator;
import vn.ptdv.bench.Benchmark;
import vn.ptdv.domain.Cell;
import vn.ptdv.i18n.Messages;
import vn.ptdv.service.Services;

/**
 * {@code bench scale [--sizes N,N,…] [--runs R] [--seed S] [--today yyyy-MM-dd] [--json]}: generates a cell of
 * each size in a folder of its own, runs the benchmark on each, and prints every task as ms and as its ratio
 * to its floor at each size, so that the cost's growth can be read in one table. Needs no --db: it never
 * touches a real database.
 */
@Command(name = "scale", mixinStandardHelpOptions = true)
public final class BenchScaleCommand implements Callable<Integer> {
    @Option(names = "--sizes", split = ",", paramLabel = "N", descriptionKey = "cli.option.benchSizes")
    private List<Integer> sizes = new ArrayList<>(List.of(1_000, 20_000, 100_000));

    @Option(names = "--runs", paramLabel = "R", descriptionKey = "cli.option.benchRuns")
    private int runs = 3;

    @Option(names = "--seed", paramLabel = "S", descriptionKey = "cli.option.benchSeed")
    private long seed = 7;

    @Option(names = "--today", paramLabel = "yyyy-MM-dd", descriptionKey = "cli.option.today",
            converter = DateConverter.class)
    private LocalDate today;

    @Option(names = "--json", descriptionKey = "cli.option.json")
    private boolean json;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        for (int size : sizes) {
            if (size < 1 || size > 1_000_000) {
                spec.commandLine().getErr().println(Messages.text("cli.error.prefix") + Messages.text("cli.bench.badCount", size));
                spec.commandLine().getErr().flush();
                return 1;
            }
        }
        // Each size's migration, backups and import write notes at INFO: on the console they would drown
        // the table (there is no database beside which to keep a log). Warnings only, while it runs.
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        java.util.logging.Level level = root.getLevel();
        root.setLevel(java.util.logging.Level.WARNING);
        try {
            return measure();
        } finally {
            root.setLevel(level);
        }
    }

    private int measure() throws Exception {
        LocalDate day = today == null ? LocalDate.now() : today;
        Clock clock = Benchmark.clockAt(day);
        Map<Integer, List<Benchmark.Result>> bySize = new LinkedHashMap<>();
        PrintWriter err = spec.commandLine().getErr();
        for (int size : sizes) {
            Path work = Files.createTempDirectory("ptdv-scale");
            try {
                err.println(Messages.text("cli.bench.scale.measuring", size));
                err.flush();
                Path database = work.resolve("quy-mo-" + size + ".db");
                try (Services services = Services.open(database, clock)) {
                    services.cell().saveCell(new Cell(Messages.text("cli.bench.cellName"), "", "", "", 40));
                    new BenchDataGenerator(services.candidates()).generate(size, seed, day);
                }
                Path benchWork = Files.createDirectories(work.resolve("do"));
                bySize.put(size, new Benchmark(database, Math.max(1, runs), clock, benchWork).run());
            } finally {
                BenchRunCommand.deleteTree(work);
            }
        }
        print(bySize);
        return 0;
    }

    private void print(Map<Integer, List<Benchmark.Result>> bySize) throws java.io.IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            bySize.forEach((size, results) -> {
                for (Benchmark.Result r : results) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("candidates", size);
                    row.putAll(BenchRunCommand.jsonRow(r));
                    rows.add(row);
                }
            });
            Json.print(out, rows);
        } else {
            StringBuilder head = new StringBuilder(String.format("%-20s", Messages.text("cli.bench.scale.task")));
            bySize.keySet().forEach(size -> head.append(String.format("%22s", Messages.text("cli.bench.scale.size", size))));
            out.println(head);
            List<Benchmark.Result> first = bySize.values().iterator().next();
            for (int i = 0; i < first.size(); i++) {
                int row = i;
                StringBuilder line = new StringBuilder(String.format("%-20s",
                        Messages.text("cli.bench.name." + first.get(i).name())));
                bySize.values().forEach(results -> {
                    Benchmark.Result r = results.get(row);
                    line.append(String.format("%22s", String.format("%.1f", r.medianMs())
                            + r.ratio().map(x -> String.format(" (%.2f×)", x)).orElse("")));
                });
                out.println(line);
            }
        }
        out.flush();
    }
}
