package vn.ptdv.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.ptdv.domain.Candidate;
import vn.ptdv.domain.DisplayDates;
import vn.ptdv.domain.journal.Assessment;
import vn.ptdv.domain.journal.JournalEntry;
import vn.ptdv.domain.journal.JournalKind;
import vn.ptdv.domain.journal.ReviewHeading;
import vn.ptdv.i18n.Messages;
import vn.ptdv.service.JournalText;

/** {@code journal --candidate ID [--json]}: a candidate's training journal, newest first. */
@Command(name = "journal", mixinStandardHelpOptions = true)
public final class JournalCommand implements Callable<Integer> {
    @Option(names = "--candidate", required = true, paramLabel = "ID", descriptionKey = "cli.option.candidate")
    private long candidateId;

    @Option(names = "--json", descriptionKey = "cli.option.json")
    private boolean json;

    @Spec
    private CommandSpec spec;

    private final CliContext context;

    public JournalCommand(CliContext context) {
        this.context = context;
    }

    /**
     * One entry in the JSON output; the keys are an interface: add, never rename. {@code helper} is the
     * reviewing helper (reviews), {@code assignedBy} who gave a task; ratings and comments are keyed by
     * heading (POLITICAL_AWARENESS, ETHICS_LIFESTYLE, WORK_AND_TASKS, RELATIONS_WHERE_LIVING); the
     * values of what a kind does not record are null.
     */
    record EntryJson(long id, String kind, String date, String helper, String assignedBy, String text,
                     String due, String result, String resultDate, String resultComment,
                     Map<String, String> ratings, Map<String, String> ratingComments, Boolean readyToPropose) {
        static EntryJson of(JournalEntry e) {
            boolean review = e.kind() == JournalKind.REVIEW;
            Map<String, String> ratings = null;
            Map<String, String> comments = null;
            if (review) {
                ratings = new LinkedHashMap<>();
                comments = new LinkedHashMap<>();
                for (ReviewHeading h : ReviewHeading.values()) {
                    Assessment a = e.assessments().get(h);
                    ratings.put(h.name(), a == null ? null : a.rating().name());
                    comments.put(h.name(), a == null ? null : a.comment());
                }
            }
            return new EntryJson(e.id(), e.kind().name(), e.date().toString(), review ? e.person() : null,
                    e.kind() == JournalKind.TASK ? e.person() : null, e.text(),
                    e.due().map(LocalDate::toString).orElse(null),
                    e.outcome().map(o -> o.result().name()).orElse(null),
                    e.outcome().map(o -> o.date().toString()).orElse(null),
                    e.outcome().map(o -> o.comment()).orElse(null),
                    ratings, comments, e.ready().orElse(null));
        }
    }

    @Override
    public Integer call() throws Exception {
        Messages m = Messages.current();
        PrintWriter out = spec.commandLine().getOut();
        Candidate candidate = context.services().candidates().find(candidateId).orElse(null);
        if (candidate == null) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(m.get("cli.error.prefix") + m.get("cli.journal.noCandidate", String.valueOf(candidateId)));
            err.flush();
            return 1;
        }
        List<JournalEntry> entries = context.services().journal().entries(candidateId);
        if (json) {
            Json.print(out, entries.stream().map(EntryJson::of).toList());
        } else {
            out.println(m.get("cli.journal.title", candidate.fullName()));
            for (JournalEntry e : entries) {
                out.println(DisplayDates.format(e.date()) + "  " + JournalText.kind(e, m));
                JournalText.lines(e, m, java.time.LocalDate.now()).forEach(line -> out.println("            " + line));
            }
            out.println(m.get("cli.journal.count", entries.size()));
        }
        out.flush();
        return 0;
    }
}
