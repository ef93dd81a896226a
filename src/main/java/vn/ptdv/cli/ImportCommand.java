package vn.ptdv.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.ptdv.i18n.Messages;
import vn.ptdv.report.ImportFileException;
import vn.ptdv.report.ImportPreview;
import vn.ptdv.report.ImportService;
import vn.ptdv.report.ImportText;

/**
 * {@code import FILE.xlsx [--dry-run]}: prints what the import does (or would do) and every error with
 * its sheet, row and column; exits 1 when there are errors, and then nothing is written. A database
 * file that does not exist yet is made for the import (and taken away again when it is refused); a
 * preview of one is made against an empty database and makes no file.
 */
@Command(name = "import", mixinStandardHelpOptions = true)
public final class ImportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE.xlsx", descriptionKey = "cli.param.importFile")
    private Path file;

    @Option(names = "--dry-run", descriptionKey = "cli.option.dryRun")
    private boolean dryRun;

    @Spec
    private CommandSpec spec;

    private final CliContext context;

    public ImportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Messages m = Messages.current();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // An import may start a new database (a cell moving its spreadsheet); a preview makes nothing.
        ImportService service = new ImportService(dryRun ? context.servicesForPreview() : context.servicesCreating());
        ImportPreview preview;
        try {
            preview = dryRun ? service.preview(file) : service.apply(file);
        } catch (ImportFileException e) {
            err.println(m.get("cli.error.prefix") + m.get(e.messageKey(), file.toAbsolutePath()));
            err.flush();
            return 1;
        }
        ImportText.lines(preview, m).forEach(out::println);
        if (!preview.canApply()) {
            out.println(m.get("import.refused"));
        } else {
            out.println(m.get(dryRun ? "import.dryRun" : "import.done"));
        }
        out.flush();
        return preview.canApply() ? 0 : 1;
    }
}
