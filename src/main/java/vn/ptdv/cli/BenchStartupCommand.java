package vn.ptdv.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.ptdv.bench.StartupBench;
import vn.ptdv.i18n.Messages;
import vn.ptdv.service.MissingDatabaseException;

/**
 * {@code bench startup --db FILE [--runs R] [--launcher PATH] [--json]}: the start-up through the
 * packaged launcher against the table-only floor, timed turn about in the same run, with the budgets.
 * Run through the app-image's launcher it times that launcher itself.
 */
@Command(name = "startup", mixinStandardHelpOptions = true)
public final class BenchStartupCommand implements Callable<Integer> {
    /** jpackage's launchers name themselves in this property. */
    static final String APP_PATH_PROPERTY = "jpackage.app-path";

    @Option(names = "--runs", paramLabel = "R", descriptionKey = "cli.option.benchRuns")
    private int runs = 5;

    @Option(names = "--launcher", paramLabel = "PATH", descriptionKey = "cli.option.launcher")
    private Path launcher;

    @Option(names = "--json", descriptionKey = "cli.option.json")
    private boolean json;

    @Spec
    private CommandSpec spec;

    private final CliContext context;

    public BenchStartupCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        Path file = context.databaseFile();
        if (!Files.isRegularFile(file)) {
            throw new MissingDatabaseException(file);
        }
        PrintWriter err = spec.commandLine().getErr();
        Path chosen = launcher != null ? launcher
                : System.getProperty(APP_PATH_PROPERTY) != null ? Path.of(System.getProperty(APP_PATH_PROPERTY)) : null;
        if (chosen == null || !Files.isExecutable(chosen)) {
            err.println(Messages.text("cli.error.prefix") + (chosen == null ? Messages.text("cli.bench.noLauncher")
                    : Messages.text("cli.bench.launcherMissing", chosen.toString())));
            return 1;
        }
        Path work = Files.createTempDirectory("ptdv-bench-startup");
        StartupBench.Result result;
        try {
            // Not this process's database: each start opens (and locks) it in turn.
            result = new StartupBench(chosen, file.toAbsolutePath(), Math.max(1, runs), work).run();
        } catch (StartupBench.StartFailed e) {
            err.println(Messages.text("cli.error.prefix") + Messages.text("cli.bench.startFailed", e.getMessage()));
            return 1;
        } finally {
            BenchRunCommand.deleteTree(work);
        }
        print(result);
        return 0;
    }

    private void print(StartupBench.Result r) throws com.fasterxml.jackson.core.JsonProcessingException {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("launcher", r.launcher().toString());
            o.put("runs", r.window().ms().size());
            o.put("windowMedianMs", r.window().median());
            o.put("windowMaxMs", r.window().max());
            o.put("windowMs", r.window().ms());
            o.put("tableMedianMs", r.table().median());
            o.put("tableMaxMs", r.table().max());
            o.put("tableMs", r.table().ms());
            o.put("ratio", Math.round(r.ratio() * 1000) / 1000.0);
            o.put("ratioOfMedians", Math.round(r.ratioOfMedians() * 1000) / 1000.0);
            o.put("ratioBudget", StartupBench.RATIO_BUDGET);
            o.put("msBudget", StartupBench.MS_BUDGET);
            o.put("withinBudget", r.ratioWithinBudget() && r.msWithinBudget());
            Json.print(out, o);
        } else {
            Messages m = Messages.current();
            out.println(m.get("cli.bench.startup.header", r.launcher().toString(), r.window().ms().size()));
            out.println(m.get("cli.bench.startup.window", r.window().median(), r.window().max()));
            out.println(m.get("cli.bench.startup.table", r.table().median(), r.table().max()));
            out.println(m.get("cli.bench.startup.ratio", r.ratio(), StartupBench.RATIO_BUDGET,
                    m.get(r.ratioWithinBudget() ? "cli.bench.ok" : "cli.bench.over")));
            out.println(m.get("cli.bench.startup.ms", r.window().median(), StartupBench.MS_BUDGET,
                    m.get(r.msWithinBudget() ? "cli.bench.ok" : "cli.bench.over")));
        }
        out.flush();
    }
}
