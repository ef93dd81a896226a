package vn.ptdv.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.ptdv.domain.target.TargetRange;
import vn.ptdv.domain.target.YearCount;
import vn.ptdv.domain.target.YearTarget;
import vn.ptdv.i18n.Messages;
import vn.ptdv.service.YearCounts;

/** {@code stats --year YYYY [--json]}: the year's counts against its target, and who was admitted. */
@Command(name = "stats", mixinStandardHelpOptions = true)
public final class StatsCommand implements Callable<Integer> {
    @Option(names = "--year", required = true, paramLabel = "YYYY", descriptionKey = "cli.option.year",
            converter = YearConverter.class)
    private int year;

    @Option(names = "--json", descriptionKey = "cli.option.json")
    private boolean json;

    @Spec
    private CommandSpec spec;

    private final CliContext context;

    public StatsCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        YearCounts stats = context.services().targets().counts(year);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.print(out, toJson(stats));
        } else {
            Messages m = Messages.current();
            YearTarget t = stats.target();
            YearCount n = stats.count();
            out.println(m.get("cli.stats.heading", String.valueOf(year)));
            line(out, m, "cultivated", n.cultivated(), t.cultivated());
            line(out, m, "admitted", n.admitted(), t.admitted());
            line(out, m, "recognised", n.recognised(), t.recognised().orElse(null));
        }
        out.flush();
        return 0;
    }

    private static void line(PrintWriter out, Messages m, String what, int count, TargetRange range) {
        String target = range == null ? m.get("cli.stats.noTarget")
                : m.get("cli.stats.target", range.min(), range.max(), m.get("target.status." + range.status(count).name()));
        out.println("  " + m.get("target." + what) + ": " + count + " (" + target + ")");
    }

    /** The keys are an interface (issue 4): add, never rename. */
    static Map<String, Object> toJson(YearCounts s) {
        YearTarget t = s.target();
        YearCount n = s.count();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("year", n.year());
        json.put("cultivated", n.cultivated());
        json.put("admitted", n.admitted());
        json.put("recognised", n.recognised());
        Map<String, Object> targets = new LinkedHashMap<>();
        targets.put("cultivatedMin", t.cultivated().min());
        targets.put("cultivatedMax", t.cultivated().max());
        targets.put("admittedMin", t.admitted().min());
        targets.put("admittedMax", t.admitted().max());
        targets.put("recognisedMin", t.recognised().map(TargetRange::min).orElse(null));
        targets.put("recognisedMax", t.recognised().map(TargetRange::max).orElse(null));
        json.put("targets", targets);
        // SET: the cell's resolution for the year; CARRIED: an earlier year's target; USUAL: 3–5 and 1–2.
        json.put("targetOrigin", s.targetOrigin().name());
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("cultivated", t.cultivated().status(n.cultivated()).name());
        status.put("admitted", t.admitted().status(n.admitted()).name());
        status.put("recognised", t.recognised().map(r -> r.status(n.recognised()).name()).orElse(null));
        json.put("status", status);
        json.put("admittedBy", n.admittedBy());
        return json;
    }
}
