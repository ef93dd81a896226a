package vn.ptdv.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vn.ptdv.i18n.Messages;
import vn.ptdv.report.forms.FormKind;
import vn.ptdv.report.forms.FormService;

/**
 * {@code forms make --candidate ID --form CODE [--introducer N] [--out FILE.docx]}: one document as a
 * Word file. The list for the committee above ({@code --form DS-KN}) takes {@code --candidate} once per
 * person. Without {@code --out} the file goes to the candidate's folder beside the database.
 */
@Command(name = "make", mixinStandardHelpOptions = true)
public final class FormsMakeCommand implements Callable<Integer> {
    @Option(names = "--candidate", required = true, paramLabel = "ID", descriptionKey = "cli.option.formCandidate")
    private List<Long> candidateIds = new ArrayList<>();

    @Option(names = "--form", required = true, paramLabel = "CODE", descriptionKey = "cli.option.form")
    private String form;

    @Option(names = "--introducer", paramLabel = "N", descriptionKey = "cli.option.introducer")
    private int introducer = 1;

    @Option(names = "--out", paramLabel = "FILE.docx", descriptionKey = "cli.option.formOut")
    private Path out;

    @Option(names = "--today", paramLabel = "yyyy-MM-dd", converter = DateConverter.class, descriptionKey = "cli.option.formDate")
    private LocalDate today;

    @Spec
    private CommandSpec spec;

    private final CliContext context;

    public FormsMakeCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        Messages m = Messages.current();
        FormKind kind = FormKind.parse(form).orElseThrow(() -> new ParameterException(spec.commandLine(),
                m.get("cli.forms.badCode", form, Arrays.stream(FormKind.values()).map(FormKind::code)
                        .collect(Collectors.joining(", ")))));
        if (!kind.forSeveral() && candidateIds.size() > 1) {
            throw new ParameterException(spec.commandLine(), m.get("cli.forms.oneCandidate", kind.code()));
        }
        if (introducer < 1) {
            throw new ParameterException(spec.commandLine(), m.get("cli.forms.badIntroducer", String.valueOf(introducer)));
        }
        PrintWriter err = spec.commandLine().getErr();
        for (long id : candidateIds) {
            if (context.services().candidates().find(id).isEmpty()) {
                err.println(m.get("cli.error.prefix") + m.get("cli.journal.noCandidate", String.valueOf(id)));
                err.flush();
                return 1;
            }
        }
        FormService forms = new FormService(context.services());
        LocalDate day = today == null ? LocalDate.now(Clock.systemDefaultZone()) : today;
        FormService.Made made;
        if (kind.forSeveral()) {
            Path file = out != null ? out : forms.listFolder().resolve(FormService.listFileName(day));
            made = forms.makeList(List.copyOf(candidateIds), day, file);
            for (var decided : forms.alreadyDecided(List.copyOf(candidateIds))) {
                err.println(m.get("cli.forms.alreadyDecided", decided.getKey(),
                        vn.ptdv.domain.DisplayDates.format(decided.getValue())));
            }
            err.flush();
        } else {
            long id = candidateIds.get(0);
            List<FormService.FormEntry> entries = forms.entries(id, kind);
            if (introducer > entries.size()) {
                err.println(m.get("cli.error.prefix") + m.get("cli.forms.noIntroducer", String.valueOf(introducer),
                        String.valueOf(entries.size())));
                err.flush();
                return 1;
            }
            FormService.FormEntry entry = entries.get(introducer - 1);
            Path file = out != null ? out : forms.candidateFolder(id).resolve(entry.fileName());
            made = forms.make(id, kind, entry.introducer(), file);
        }
        PrintWriter o = spec.commandLine().getOut();
        o.println(m.get("cli.forms.done", made.file().toAbsolutePath()));
        if (!made.missing().isEmpty()) {
            o.println(m.get("cli.forms.missing"));
            made.missing().forEach(text -> o.println("  " + m.get("cli.forms.missingItem", text)));
        }
        o.flush();
        return 0;
    }
}
