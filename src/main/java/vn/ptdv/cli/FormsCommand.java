package vn.ptdv.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.ptdv.i18n.Messages;

/** {@code forms …}: the admission file's Word documents. Alone, it says which subcommands there are. */
@Command(name = "forms", mixinStandardHelpOptions = true, subcommands = {FormsListCommand.class, FormsMakeCommand.class})
public final class FormsCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println(Messages.text("cli.error.prefix") + Messages.text("cli.error.missingCommand"));
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }
}
