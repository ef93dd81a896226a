package vn.ptdv.cli;

import picocli.CommandLine.Command;

/** {@code candidates …}: the cell's candidates. */
@Command(name = "candidates", mixinStandardHelpOptions = true, subcommands = {CandidatesListCommand.class})
public final class CandidatesCommand {
}
