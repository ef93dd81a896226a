package vn.ptdv.app;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;
import vn.ptdv.i18n.Messages;

/** Tells in Vietnamese what is wrong with the words typed, and how to get help; exit code 2. */
final class VietnameseParameterErrors implements IParameterExceptionHandler {
    private final Messages messages;

    VietnameseParameterErrors(Messages messages) {
        this.messages = messages;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        String detail;
        if (e instanceof UnmatchedArgumentException u) {
            detail = messages.get("cli.error.unknownArgument", String.join(" ", u.getUnmatched()));
        } else if (e instanceof MissingParameterException) {
            detail = messages.get("cli.error.missingValue", missingName(e, args));
        } else if (e.getCause() instanceof vn.ptdv.cli.ValueException conversion) {
            detail = conversion.getMessage(); // our converters speak Vietnamese
        } else if (e.getCause() != null && e.getArgSpec() != null) {
            // picocli's own conversions (a path with a character no file name may hold, say) speak English.
            detail = messages.get("cli.error.badValue", e.getValue(), e.getArgSpec() instanceof OptionSpec o
                    ? o.longestName() : e.getArgSpec().paramLabel());
        } else if (e instanceof picocli.CommandLine.OverwrittenOptionException twice) {
            detail = messages.get("cli.error.repeated", twice.getOverwritten() instanceof OptionSpec o
                    ? o.longestName() : twice.getOverwritten().paramLabel());
        } else {
            detail = messages.get("cli.error.badArgument", e.getMessage());
        }
        err.println(messages.get("cli.error.prefix") + detail);
        err.println(messages.get("cli.error.seeHelp", cmd.getCommandSpec().qualifiedName() + " --help"));
        err.flush();
        return 2;
    }

    /** The option whose value is missing: picocli does not always say, but it is the last one typed. */
    private static String missingName(ParameterException e, String[] args) {
        if (e instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
            // A required option left out altogether.
            return missing.getMissing().stream()
                    .map(spec -> spec instanceof OptionSpec o ? o.longestName() : spec.paramLabel())
                    .collect(java.util.stream.Collectors.joining(", "));
        }
        if (e.getArgSpec() instanceof OptionSpec option) {
            return option.longestName();
        }
        for (int i = args.length - 1; i >= 0; i--) {
            if (args[i].startsWith("-")) {
                return args[i];
            }
        }
        return e.getArgSpec() == null ? "" : e.getArgSpec().paramLabel();
    }
}
