package vn.ptdv.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.ptdv.i18n.Messages;
import vn.ptdv.report.ReportService;

/** {@code report --year YYYY --out FILE.xlsx [--today yyyy-MM-dd]}: the yearly report in Excel. */
@Command(name = "report", mixinStandardHelpOptions = true)
public final class ReportCommand implements Callable<Integer> {
    @Option(names = "--year", required = true, paramLabel = "YYYY", descriptionKey = "cli.option.year",
            converter = YearConverter.class)
    private int year;

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", descriptionKey = "cli.option.out")
    private Path out;

    @Option(names = "--today", paramLabel = "yyyy-MM-dd", converter = DateConverter.class, descriptionKey = "cli.option.reportDate")
    private LocalDate today;

    @Spec
    private CommandSpec spec;

    private final CliContext context;

    public ReportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        if (!out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
            // An Excel workbook under another name (y.pdf) opens in nothing.
            spec.commandLine().getErr().println(Messages.text("cli.error.prefix") + Messages.text("cli.report.notXlsx", out));
            spec.commandLine().getErr().flush();
            return 1;
        }
        LocalDate day = today == null ? LocalDate.now(Clock.systemDefaultZone()) : today;
        new ReportService(context.services()).write(year, day, out);
        spec.commandLine().getOut().println(Messages.text("cli.report.done", String.valueOf(year), out.toAbsolutePath()));
        // A database made by import or restore has none of the header's details until the window asks for them.
        List<String> missing = missingDetails(context.services().cell().cell()
                .orElseGet(vn.ptdv.domain.Cell::blank));
        if (!missing.isEmpty()) {
            spec.commandLine().getOut().println(Messages.text("cli.report.detailsMissing", String.join(", ", missing)));
        }
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** The header's and the signature's details the cell has not given, as the person knows them. */
    static List<String> missingDetails(vn.ptdv.domain.Cell cell) {
        List<String> missing = new java.util.ArrayList<>();
        if (cell.name().isBlank()) {
            missing.add(Messages.text("cli.report.detail.name"));
        }
        if (cell.superiorCommittee().isBlank()) {
            missing.add(Messages.text("cli.report.detail.superior"));
        }
        if (cell.placeName().isBlank()) {
            missing.add(Messages.text("cli.report.detail.place"));
        }
        if (cell.secretaryName().isBlank()) {
            missing.add(Messages.text("cli.report.detail.secretary"));
        }
        return missing;
    }
}
