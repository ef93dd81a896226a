package vn.ptdv.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.ptdv.bench.BenchDataGenerator;
import vn.ptdv.domain.Cell;
import vn.ptdv.i18n.Messages;
import vn.ptdv.service.Services;

/**
 * {@code bench generate --candidates N [--seed S] [--today yyyy-MM-dd] --db FILE}: a database of N
 * generated candidates for the benchmark. Only into a database without candidates: generated people
 * must never mix with a cell's real files.
 */
@Command(name = "generate", mixinStandardHelpOptions = true)
public final class BenchGenerateCommand implements Callable<Integer> {
    @Option(names = "--candidates", required = true, paramLabel = "N", descriptionKey = "cli.option.benchCandidates")
    private int count;

    @Option(names = "--seed", paramLabel = "S", descriptionKey = "cli.option.benchSeed")
    private long seed = 1;

    @Option(names = "--today", paramLabel = "yyyy-MM-dd", descriptionKey = "cli.option.today",
            converter = DateConverter.class)
    private LocalDate today;

    @Spec
    private CommandSpec spec;

    private final CliContext context;

    public BenchGenerateCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (count < 1 || count > 1_000_000) {
            return refuse(Messages.text("cli.bench.badCount", count));
        }
        Path file = context.databaseFile();
        LocalDate day = today == null ? LocalDate.now() : today;
        long start = System.nanoTime();
        Services services = context.servicesCreating();
        if (services.candidates().count() > 0) {
            return refuse(Messages.text("cli.bench.notEmpty", file.toAbsolutePath()));
        }
        if (services.cell().cell().isEmpty()) {
            services.cell().saveCell(new Cell(Messages.text("cli.bench.cellName"), "", "", "", 40));
        }
        new BenchDataGenerator(services.candidates()).generate(count, seed, day);
        long seconds = Math.round((System.nanoTime() - start) / 1e9);
        spec.commandLine().getOut().println(Messages.text("cli.bench.generated", count, file.toAbsolutePath(), seconds));
        spec.commandLine().getOut().flush();
        return 0;
    }

    private int refuse(String why) {
        spec.commandLine().getErr().println(Messages.text("cli.error.prefix") + why);
        spec.commandLine().getErr().flush();
        return 1;
    }
}
