package vn.ptdv.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.ptdv.i18n.Messages;
import vn.ptdv.report.forms.FormService;

/** {@code forms list --candidate ID [--json]}: the documents for the step the candidate's file stands at. */
@Command(name = "list", mixinStandardHelpOptions = true)
public final class FormsListCommand implements Callable<Integer> {
    @Option(names = "--candidate", required = true, paramLabel = "ID", descriptionKey = "cli.option.candidate")
    private long candidateId;

    @Option(names = "--json", descriptionKey = "cli.option.json")
    private boolean json;

    @Spec
    private CommandSpec spec;

    private final CliContext context;

    public FormsListCommand(CliContext context) {
        this.context = context;
    }

    /**
     * One document in the JSON output; the keys are an interface: add, never rename. {@code introducer}
     * counts from 1 for mẫu 3-KNĐ (the value of {@code forms make --introducer}), null for the others.
     */
    record FormJson(String code, String title, Integer introducer, String fileName, List<String> missing) {
    }

    @Override
    public Integer call() throws Exception {
        Messages m = Messages.current();
        if (context.services().candidates().find(candidateId).isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(m.get("cli.error.prefix") + m.get("cli.journal.noCandidate", String.valueOf(candidateId)));
            err.flush();
            return 1;
        }
        List<FormService.FormEntry> entries = new FormService(context.services()).forms(candidateId);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.print(out, entries.stream().map(e -> new FormJson(e.kind().code(), e.title(),
                    e.kind() == vn.ptdv.report.forms.FormKind.INTRODUCER_STATEMENT ? e.introducer() + 1 : null,
                    e.fileName(), e.missing())).toList());
        } else if (entries.isEmpty()) {
            out.println(m.get("cli.forms.none"));
        } else {
            for (FormService.FormEntry e : entries) {
                String which = e.kind() == vn.ptdv.report.forms.FormKind.INTRODUCER_STATEMENT
                        ? " --introducer " + (e.introducer() + 1) : "";
                out.printf("%-7s %s%n", e.kind().code(), e.title());
                out.println("        " + m.get("cli.forms.command", e.kind().code() + which));
                e.missing().forEach(text -> out.println("        " + m.get("cli.forms.missingItem", text)));
            }
        }
        out.flush();
        return 0;
    }
}
