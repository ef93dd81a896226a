package vn.ptdv.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.ptdv.domain.DisplayDates;
import vn.ptdv.domain.calendar.Holiday;
import vn.ptdv.i18n.Messages;

/** {@code holidays --year YYYY [--json]}: a year's days off, the committee's corrections included. */
@Command(name = "holidays", mixinStandardHelpOptions = true)
public final class HolidaysCommand implements Callable<Integer> {
    @Option(names = "--year", required = true, paramLabel = "YYYY", descriptionKey = "cli.option.year",
            converter = YearConverter.class)
    private int year;

    @Option(names = "--json", descriptionKey = "cli.option.json")
    private boolean json;

    @Spec
    private CommandSpec spec;

    private final CliContext context;

    public HolidaysCommand(CliContext context) {
        this.context = context;
    }

    /** One day off in the JSON output; the keys are an interface: add, never rename. */
    record HolidayJson(String date, String name) {
    }

    @Override
    public Integer call() throws Exception {
        List<Holiday> days = context.services().calendar().holidays(year);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            List<HolidayJson> rows = days.stream().map(h -> new HolidayJson(h.date().toString(), h.name())).toList();
            Json.print(out, rows);
        } else {
            for (Holiday h : days) {
                out.printf("%s  %-9s %s%n", DisplayDates.format(h.date()), weekday(h.date()), h.name());
            }
            out.println(Messages.text("cli.holidays.count", days.size(), year));
        }
        out.flush();
        return 0;
    }

    private static String weekday(LocalDate date) {
        return Messages.text("weekday." + date.getDayOfWeek().name());
    }
}
