package vn.ptdv.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ptdv.cli.PtdvCommand;

/**
 * The arguments recognised before the command line is read (to start JavaFX early) must be read as
 * the command line reads them: for every short argument list, a recognised list opens exactly the
 * window the command line opens; everything else is left to the command line.
 */
class WindowArgumentsTest {
    @TempDir
    Path folder;

    /** What the command line asked the window launcher for, as a plan; empty when it opened no window. */
    private Optional<DesktopApp.Plan> commandLinePlan(String[] args) {
        List<DesktopApp.Plan> opened = new ArrayList<>();
        PtdvCommand.WindowLauncher recorder = new PtdvCommand.WindowLauncher() {
            @Override
            public int open(Optional<Path> database, boolean demo) {
                opened.add(new DesktopApp.Plan(Main.databaseFile(database), demo, DesktopApp.Measure.NONE));
                return 0;
            }

            @Override
            public int measureStartup(Optional<Path> database, PtdvCommand.StartupFloor floor) {
                opened.add(new DesktopApp.Plan(Main.databaseFile(database), false,
                        DesktopApp.Measure.of(floor)));
                return 0;
            }
        };
        Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), recorder);
        assertThat(opened).hasSizeLessThanOrEqualTo(1);
        return opened.stream().findFirst();
    }

    @Test
    void everyRecognisedListOpensTheWindowTheCommandLineOpens() {
        String a = folder.resolve("a.db").toString();
        List<String> tokens = List.of("--db", a, "--db=" + folder.resolve("b.db"), "--demo", "--measure-startup",
                "--bare", "--table", "--db=", "-x", "check", "@" + a);
        List<String[]> lists = new ArrayList<>();
        lists.add(new String[0]);
        for (String t1 : tokens) {
            lists.add(new String[] {t1});
            for (String t2 : tokens) {
                lists.add(new String[] {t1, t2});
                for (String t3 : tokens) {
                    lists.add(new String[] {t1, t2, t3});
                }
            }
        }
        int recognised = 0;
        for (String[] args : lists) {
            Optional<DesktopApp.Plan> likely = WindowArguments.likelyPlan(args);
            if (likely.isPresent()) {
                recognised++;
                assertThat(commandLinePlan(args)).as(String.join(" ", args)).isEqualTo(likely);
            }
        }
        // The usual forms are among them: no arguments, a file, the sample, timing.
        assertThat(recognised).isGreaterThan(30);
    }

    @Test
    void commandsHelpAndMistakesAreLeftToTheCommandLine() {
        for (String[] args : List.of(new String[] {"candidates", "list"}, new String[] {"--help"}, new String[] {"-V"},
                new String[] {"--db"}, new String[] {"--db", "--demo"}, new String[] {"--demo", "--demo"},
                new String[] {"--db", "a.db", "--db", "b.db"}, new String[] {"--db=a.db", "stats"},
                new String[] {"--db\u0000", "a"}, new String[] {"--db", "candidates"}, new String[] {"--db", "report"},
                new String[] {"--db", "@args"}, new String[] {"--db=@args"})) {
            assertThat(WindowArguments.likelyPlan(args)).as(String.join(" ", args)).isEmpty();
        }
        assertThat(WindowArguments.likelyPlan(new String[] {"--db", folder.resolve("x.db").toString(), "--demo"}))
                .contains(new DesktopApp.Plan(folder.resolve("x.db"), true, DesktopApp.Measure.NONE));
        assertThat(WindowArguments.likelyPlan(new String[] {"--measure-startup", "--demo"}).map(DesktopApp.Plan::demo))
                .contains(false);
    }

    @Test
    void theCommandNamesWrittenOutAreTheCommandLinesOwn() {
        // Names and aliases alike: picocli takes either for the command, never as an option's value.
        List<String> declared = new ArrayList<>();
        for (Class<?> command : PtdvCommand.class.getAnnotation(picocli.CommandLine.Command.class).subcommands()) {
            picocli.CommandLine.Command spec = command.getAnnotation(picocli.CommandLine.Command.class);
            declared.add(spec.name());
            declared.addAll(List.of(spec.aliases()));
        }
        assertThat(declared).containsExactlyInAnyOrderElementsOf(WindowArguments.COMMAND_NAMES);
        for (String name : WindowArguments.COMMAND_NAMES) {
            assertThat(WindowArguments.likelyPlan(new String[] {"--db", name})).as(name).isEmpty();
        }
    }
}
