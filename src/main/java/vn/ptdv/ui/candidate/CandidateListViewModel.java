package vn.ptdv.ui.candidate;

import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import vn.ptdv.domain.CandidateStatus;
import vn.ptdv.domain.CandidateSummary;
import vn.ptdv.i18n.Messages;
import vn.ptdv.service.CandidateService;
import vn.ptdv.service.ErrorText;
import vn.ptdv.ui.common.DialogService;
import vn.ptdv.ui.common.TaskRunner;

/**
 * The candidate list: all candidates in Vietnamese name order, filtered as the person types (without
 * regard to diacritics or case), by status, and to those whose file is ready for the cell's vote. An
 * empty status filter shows everyone.
 */
public final class CandidateListViewModel {
    private final CandidateService service;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final ObservableList<CandidateSummary> all = FXCollections.observableArrayList();
    private final FilteredList<CandidateSummary> visible = new FilteredList<>(all);
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<CandidateStatus> statusFilter = new SimpleObjectProperty<>();
    private final BooleanProperty readyForCellVoteOnly = new SimpleBooleanProperty(false);
    private final javafx.beans.property.BooleanProperty revealed = new javafx.beans.property.SimpleBooleanProperty(false);

    public CandidateListViewModel(CandidateService service, TaskRunner tasks, DialogService dialogs) {
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        searchText.addListener((o, a, b) -> updateFilter());
        // The two filters are one choice on screen: a status or the ready files, not both.
        statusFilter.addListener((o, a, b) -> {
            if (b != null) {
                readyForCellVoteOnly.set(false);
            }
            updateFilter();
        });
        readyForCellVoteOnly.addListener((o, a, b) -> {
            if (b) {
                statusFilter.set(null);
            }
            updateFilter();
        });
    }

    public ObservableList<CandidateSummary> visibleCandidates() {
        return visible;
    }

    public int totalCount() {
        return all.size();
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObjectProperty<CandidateStatus> statusFilterProperty() {
        return statusFilter;
    }

    /**
     * "Đủ hồ sơ để chi bộ xét": only those with every document the cell's vote needs, still usable.
     * Choosing it clears the status filter, and choosing a status clears it.
     */
    public BooleanProperty readyForCellVoteOnlyProperty() {
        return readyForCellVoteOnly;
    }

    /** Shows rows already read (with the opening of the database). */
    public void show(java.util.List<CandidateSummary> rows) {
        all.setAll(rows);
    }

    /** Reloads from the database in the background, then calls {@code afterwards} on the FX thread. */
    public void refresh(Runnable afterwards) {
        tasks.run(service::listSummaries, rows -> {
            all.setAll(rows);
            afterwards.run();
        }, e -> dialogs.showError(Messages.text("error.title"), ErrorText.describe(e, Messages.current())));
    }

    /** Whether the list shows citizen ID and phone numbers in full (they are masked otherwise). */
    public javafx.beans.property.BooleanProperty revealedProperty() {
        return revealed;
    }

    /** Shows the numbers in full; who did it and when goes into the log first. */
    public void reveal() {
        if (revealed.get()) {
            return;
        }
        int shown = visible.size();
        tasks.run(() -> {
            service.recordReveal(shown);
            return true;
        }, done -> revealed.set(true),
                e -> dialogs.showError(Messages.text("error.title"), ErrorText.describe(e, Messages.current())));
    }

    public void hideNumbers() {
        revealed.set(false);
    }

    private void updateFilter() {
        String query = searchText.get() == null ? "" : searchText.get();
        CandidateStatus status = statusFilter.get();
        boolean readyOnly = readyForCellVoteOnly.get();
        Predicate<CandidateSummary> found = vn.ptdv.domain.CandidateSearch.matcher(query);
        Predicate<CandidateSummary> p = c -> (status == null || c.status() == status)
                && (!readyOnly || c.progress().readyForCellVote())
                && found.test(c);
        visible.setPredicate(p);
    }
}
