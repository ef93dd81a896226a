package vn.ptdv.ui.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import vn.ptdv.domain.Candidate;
import vn.ptdv.i18n.Messages;
import vn.ptdv.service.ErrorText;
import vn.ptdv.service.Overview;
import vn.ptdv.service.OverviewService;
import vn.ptdv.ui.common.DialogService;
import vn.ptdv.ui.common.TaskRunner;

/** The dashboard's year: worked out in the background, shown when ready. */
public final class OverviewViewModel {
    private final Messages m = Messages.current();
    private final OverviewService service;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Clock clock;
    private final IntegerProperty year;
    private final ObjectProperty<Overview> overview = new SimpleObjectProperty<>();

    public OverviewViewModel(OverviewService service, TaskRunner tasks, DialogService dialogs, Clock clock) {
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.clock = clock;
        this.year = new SimpleIntegerProperty(LocalDate.now(clock).getYear());
        year.addListener((o, a, b) -> load());
    }

    public IntegerProperty yearProperty() {
        return year;
    }

    public ObjectProperty<Overview> overviewProperty() {
        return overview;
    }

    public void load() {
        int y = year.get();
        LocalDate today = LocalDate.now(clock);
        tasks.run(() -> service.overview(y, today), o -> {
            if (year.get() == y) {
                overview.set(o);
            }
        }, e -> dialogs.showError(m.get("error.title"), ErrorText.describe(e, m)));
    }

    /** A year already over has nothing left to forecast. */
    public boolean isPastYear() {
        return overview.get() != null && overview.get().year() < LocalDate.now(clock).getYear();
    }

    /** Whether the admitted target can still be met with the files that may reach a decision. */
    public boolean admittedReachable() {
        Overview o = overview.get();
        return o.progress().admitted().size() + o.couldBeAdmitted().size() >= o.target().admitted().min();
    }

    public boolean cultivatedReachable() {
        Overview o = overview.get();
        return o.progress().cultivated().size() + o.couldBeCultivated().size() >= o.target().cultivated().min();
    }

    /** Shows who is behind a number. */
    private static final int NAMES_SHOWN = 100;

    public void showNames(String title, List<Candidate> people) {
        // A ward counts thousands: a dialog lists the first hundred, the yearly report all of them.
        String names = people.isEmpty() ? m.get("targets.nobody")
                : String.join("\n", people.stream().limit(NAMES_SHOWN).map(Candidate::fullName).toList())
                + (people.size() > NAMES_SHOWN ? "\n" + m.get("overview.andOthersInReport", people.size() - NAMES_SHOWN) : "");
        dialogs.showInfo(title, names);
    }
}
