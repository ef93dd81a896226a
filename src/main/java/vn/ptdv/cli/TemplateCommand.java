package vn.ptdv.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.ptdv.i18n.Messages;
import vn.ptdv.report.TemplateWriter;

/** {@code template --out FILE.xlsx}: the empty import workbook with its instructions. */
@Command(name = "template", mixinStandardHelpOptions = true)
public final class TemplateCommand implements Callable<Integer> {
    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", descriptionKey = "cli.option.out")
    private Path out;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        new TemplateWriter().write(out);
        spec.commandLine().getOut().println(Messages.text("cli.template.done", out.toAbsolutePath()));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
