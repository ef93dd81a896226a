package vn.ptdv.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.ptdv.domain.audit.AuditQuery;
import vn.ptdv.i18n.Messages;
import vn.ptdv.service.AuditLine;

/** {@code audit [--from dd/MM/yyyy] [--to dd/MM/yyyy] [--json]}: the audit trail, newest first. */
@Command(name = "audit", mixinStandardHelpOptions = true)
public final class AuditCommand implements Callable<Integer> {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    @Option(names = "--from", paramLabel = "dd/MM/yyyy", descriptionKey = "cli.option.from",
            converter = DayConverter.class)
    private LocalDate from;

    @Option(names = "--to", paramLabel = "dd/MM/yyyy", descriptionKey = "cli.option.to", converter = DayConverter.class)
    private LocalDate to;

    @Option(names = "--json", descriptionKey = "cli.option.json")
    private boolean json;

    @Spec
    private CommandSpec spec;

    private final CliContext context;

    public AuditCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        List<AuditLine> lines = context.services().audit().findAll(
                AuditQuery.all().withDates(Optional.ofNullable(from), Optional.ofNullable(to)));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.print(out, lines.stream().map(AuditCommand::toJson).toList());
        } else if (lines.isEmpty()) {
            out.println(Messages.current().get("cli.audit.none"));
        } else {
            for (AuditLine l : lines) {
                String candidate = l.candidateName().isEmpty() ? "" : "  [" + l.candidateName() + "]";
                out.println(TIME.format(l.at()) + "  " + l.who() + candidate + "  " + l.what());
                l.changes().forEach(change -> out.println("    " + change));
            }
        }
        out.flush();
        return 0;
    }

    /** The keys are an interface: add, never rename. */
    static Map<String, Object> toJson(AuditLine l) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", l.id());
        json.put("at", l.at().toString());
        json.put("user", l.user());
        json.put("computer", l.computer());
        json.put("candidateId", l.candidateId().orElse(null));
        json.put("candidateName", l.candidateName().isEmpty() ? null : l.candidateName());
        json.put("kind", l.kind().name());
        json.put("entity", l.entity());
        json.put("action", l.action());
        json.put("what", l.what());
        json.put("changes", l.changes());
        return json;
    }
}
