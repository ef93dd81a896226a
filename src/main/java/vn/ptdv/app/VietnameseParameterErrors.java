package vn.ptdv.app;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
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
            detail = messages.get("cli.error.missingValue", e.getArgSpec() == null ? "" : e.getArgSpec().paramLabel());
        } else {
            detail = messages.get("cli.error.badArgument", e.getMessage());
        }
        err.println(messages.get("cli.error.prefix") + detail);
        err.println(messages.get("cli.error.seeHelp", cmd.getCommandSpec().qualifiedName() + " --help"));
        err.flush();
        return 2;
    }
}
