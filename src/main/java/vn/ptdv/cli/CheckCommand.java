package vn.ptdv.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.ptdv.domain.DisplayDates;
import vn.ptdv.domain.rules.Finding;
import vn.ptdv.i18n.Messages;
import vn.ptdv.service.FindingText;

/**
 * {@code check [--today yyyy-MM-dd] [--json]}: every rule against every file as of the day. Exits 0
 * whether or not there are findings; non-zero only when it cannot run.
 */
@Command(name = "check", mixinStandardHelpOptions = true)
public final class CheckCommand implements Callable<Integer> {
    @Option(names = "--today", paramLabel = "yyyy-MM-dd", converter = DateConverter.class, descriptionKey = "cli.option.today")
    private LocalDate today;

    @Option(names = "--json", descriptionKey = "cli.option.json")
    private boolean json;

    @Spec
    private CommandSpec spec;

    private final CliContext context;

    public CheckCommand(CliContext context) {
        this.context = context;
    }

    /** One finding in the JSON output; the keys are an interface: add, never rename. */
    record FindingJson(long candidateId, String candidateName, String rule, String severity, String due,
                       String message) {
    }

    @Override
    public Integer call() throws Exception {
        LocalDate day = today == null ? LocalDate.now(Clock.systemDefaultZone()) : today;
        List<Finding> findings = context.services().checks().checkAll(day);
        Messages m = Messages.current();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            List<FindingJson> rows = findings.stream().map(f -> new FindingJson(f.candidateId(), f.candidateName(),
                    f.rule().name(), f.severity().name(), f.due().map(LocalDate::toString).orElse(null),
                    FindingText.message(f, m))).toList();
            Json.print(out, rows);
        } else {
            for (Finding f : findings) {
                String due = f.due().map(DisplayDates::format).orElse("");
                out.printf("%-10s  %-14s %s%n", due, m.get("severity." + f.severity().name()), FindingText.message(f, m));
            }
            out.println(m.get("cli.check.count", findings.size(), DisplayDates.format(day)));
        }
        out.flush();
        return 0;
    }
}
