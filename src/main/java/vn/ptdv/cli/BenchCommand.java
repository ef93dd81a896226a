package vn.ptdv.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.ptdv.i18n.Messages;

/** {@code bench …}: generated data and the speed benchmark. Alone, it says which subcommands there are. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        subcommands = {BenchGenerateCommand.class, BenchRunCommand.class, BenchStartupCommand.class,
                BenchScaleCommand.class})
public final class BenchCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println(Messages.text("cli.error.prefix") + Messages.text("cli.bench.missingCommand"));
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }
}
