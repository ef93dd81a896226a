package vn.ptdv.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.ptdv.domain.CandidateFile;
import vn.ptdv.domain.DisplayDates;
import vn.ptdv.domain.SourceCategory;
import vn.ptdv.domain.Step;
import vn.ptdv.i18n.Messages;
import vn.ptdv.service.CandidateWithSteps;
import vn.ptdv.service.Services;

/** {@code candidates list [--json]}: every candidate, in Vietnamese name order. */
@Command(name = "list", mixinStandardHelpOptions = true)
public final class CandidatesListCommand implements Callable<Integer> {
    @Option(names = "--json", descriptionKey = "cli.option.json")
    private boolean json;

    @Spec
    private CommandSpec spec;

    private final CliContext context;

    public CandidatesListCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        Services services = context.services();
        List<CandidateWithSteps> all = services.candidates().listWithSteps();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<Long, String> sources = services.cell().sourceCategories().stream()
                    .collect(Collectors.toMap(SourceCategory::id, SourceCategory::name));
            List<CandidateJson> rows = all.stream().map(x -> CandidateJson.of(x, sources)).collect(Collectors.toList());
            Json.print(out, rows);
        } else {
            printTable(out, all);
        }
        out.flush();
        return 0;
    }

    private static void printTable(PrintWriter out, List<CandidateWithSteps> all) {
        Messages m = Messages.current();
        String format = "%-4s %-28s %-10s %-28s %s%n";
        out.printf(format, "ID", m.get("candidates.column.name"), m.get("candidates.column.birthDate"),
                m.get("candidates.column.status"), m.get("candidates.column.currentStep"));
        for (CandidateWithSteps x : all) {
            String latest = CandidateFile.currentStep(x.steps())
                    .map(CandidatesListCommand::describe).orElse("");
            out.printf(format, x.candidate().id(), x.candidate().fullName(),
                    DisplayDates.format(x.candidate().birthDate()), m.get("status." + x.status().name()), latest);
        }
        out.println(m.get("cli.candidates.count", all.size()));
    }

    private static String describe(Step step) {
        return Messages.text("step." + step.code().name() + ".short") + " (" + DisplayDates.format(step.date()) + ")";
    }
}
