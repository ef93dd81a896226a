package vn.ptdv.app;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import vn.ptdv.cli.PtdvCommand;

/**
 * Recognises the arguments that can only open the window: none, or {@code --db FILE} ({@code --db=FILE}),
 * {@code --demo}, {@code --measure-startup}, {@code --bare}, {@code --table}, each at most once. These
 * open the window without picocli, which builds every command's model before it reads a word (about a
 * third of a second of a core on an old PC, at every start of the window). Anything else (a command,
 * help, a mistake, {@code --password-file}) is not recognised and goes to the command line, which may
 * open the window too. {@code WindowArgumentsTest} holds every recognised list to what picocli decides.
 */
final class WindowArguments {
    private WindowArguments() {
    }

    /** The window these arguments open, exactly as the command line would read them; empty when not sure. */
    static Optional<DesktopApp.Plan> likelyPlan(String[] args) {
        String database = null;
        boolean demo = false;
        boolean measure = false;
        boolean bare = false;
        boolean table = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--demo") && !demo) {
                demo = true;
            } else if (arg.equals("--measure-startup") && !measure) {
                measure = true;
            } else if (arg.equals("--bare") && !bare) {
                bare = true;
            } else if (arg.equals("--table") && !table) {
                table = true;
            } else if (arg.equals("--db") && database == null && i + 1 < args.length && plainValue(args[i + 1])) {
                database = args[++i];
            } else if (arg.startsWith("--db=") && database == null && plainValue(arg.substring("--db=".length()))) {
                database = arg.substring("--db=".length());
            } else {
                return Optional.empty();
            }
        }
        Optional<Path> chosen;
        try {
            chosen = database == null ? Optional.empty() : Optional.of(Path.of(database));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
        // As the root command does: timing a start-up never fills in the sample.
        if (bare && table) {
            return Optional.empty(); // the command line refuses the two together
        }
        DesktopApp.Measure timing = !measure ? DesktopApp.Measure.NONE
                : DesktopApp.Measure.of(bare ? PtdvCommand.StartupFloor.BARE
                        : table ? PtdvCommand.StartupFloor.TABLE : PtdvCommand.StartupFloor.NONE);
        return Optional.of(new DesktopApp.Plan(Main.databaseFile(chosen), demo && !measure, timing));
    }

    /**
     * A value picocli takes as it is: not an option, not an argument file ({@code @file}, which picocli
     * expands), not a command's name (which picocli does not take as a value).
     */
    private static boolean plainValue(String value) {
        return !value.isEmpty() && !value.startsWith("-") && !value.startsWith("@") && !isCommandName(value);
    }

    /**
     * The root command's subcommands by name, written out: reading them from picocli's annotations made
     * the annotations' proxies and cost the window's start about a fortieth of a second.
     * {@code WindowArgumentsTest} holds this list to the annotations.
     */
    static final java.util.Set<String> COMMAND_NAMES = java.util.Set.of("audit", "backup", "bench", "candidates",
            "check", "forms", "holidays", "import", "init", "journal", "password", "report", "restore", "stats",
            "template");

    private static boolean isCommandName(String value) {
        return COMMAND_NAMES.contains(value);
    }
}
