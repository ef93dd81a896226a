package vn.ptdv.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.ptdv.domain.Cell;
import vn.ptdv.i18n.Messages;

/**
 * {@code init [--db PATH] --cell "Chi bộ …" [--superior …] [--secretary …] [--place …] [--members N]}:
 * a new, empty database holding the cell's details, as the window's first start would save them.
 * Never over an existing file.
 */
@Command(name = "init", mixinStandardHelpOptions = true)
public final class InitCommand implements Callable<Integer> {
    @Option(names = "--cell", required = true, paramLabel = "TÊN", descriptionKey = "cli.option.initCell")
    private String name;

    @Option(names = "--superior", paramLabel = "TÊN", descriptionKey = "cli.option.initSuperior")
    private String superior = "";

    @Option(names = "--secretary", paramLabel = "HỌ_TÊN", descriptionKey = "cli.option.initSecretary")
    private String secretary = "";

    @Option(names = "--place", paramLabel = "ĐỊA_DANH", descriptionKey = "cli.option.initPlace")
    private String place = "";

    @Option(names = "--members", paramLabel = "N", descriptionKey = "cli.option.initMembers")
    private int members;

    @Spec
    private CommandSpec spec;

    private final CliContext context;

    public InitCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Path file = context.databaseFile().toAbsolutePath();
        if (vn.ptdv.persistence.Database.exists(file)) {
            spec.commandLine().getErr().println(Messages.text("cli.error.prefix") + Messages.text("cli.init.exists", file));
            spec.commandLine().getErr().flush();
            return 1;
        }
        Cell cell = new Cell(name, superior, place, secretary, members);
        // Saved as the first-start dialog saves it: a refused name leaves no file behind (see Main).
        context.createDatabase().cell().saveCell(cell);
        spec.commandLine().getOut().println(Messages.text("cli.init.done", file, cell.name()));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
