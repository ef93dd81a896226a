package vn.ptdv.ui.candidate;

import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import vn.ptdv.domain.CandidateStatus;
import vn.ptdv.i18n.Messages;
import vn.ptdv.ui.common.Labels;

/**
 * The list's filter: everyone, the files ready for the cell's vote, or one status. One box rather
 * than a second control keeps the toolbar within a 1366-pixel screen; the view model keeps the two
 * filters apart, so the dashboard can still ask for a status.
 */
final class StatusFilterBox extends ComboBox<StatusFilterBox.Choice> {
    /** One line of the box: a status, or everyone ({@code status} empty), or the ready files. */
    record Choice(Optional<CandidateStatus> status, boolean readyForCellVote) {
        static final Choice ALL = new Choice(Optional.empty(), false);
        static final Choice READY = new Choice(Optional.empty(), true);

        static Choice of(CandidateStatus status) {
            return status == null ? ALL : new Choice(Optional.of(status), false);
        }
    }

    private final Messages m = Messages.current();

    StatusFilterBox(CandidateListViewModel vm) {
        setId("statusFilter");
        getItems().addAll(Choice.ALL, Choice.READY);
        for (CandidateStatus s : CandidateStatus.values()) {
            getItems().add(Choice.of(s));
        }
        setButtonCell(new ChoiceCell());
        setCellFactory(v -> new ChoiceCell());
        setValue(current(vm));
        valueProperty().addListener((o, old, now) -> {
            if (now == null) {
                return;
            }
            if (now.readyForCellVote()) {
                vm.readyForCellVoteOnlyProperty().set(true);
            } else {
                vm.readyForCellVoteOnlyProperty().set(false);
                vm.statusFilterProperty().set(now.status().orElse(null));
            }
        });
        vm.statusFilterProperty().addListener((o, old, now) -> setValue(current(vm)));
        vm.readyForCellVoteOnlyProperty().addListener((o, old, now) -> setValue(current(vm)));
    }

    private static Choice current(CandidateListViewModel vm) {
        return vm.readyForCellVoteOnlyProperty().get() ? Choice.READY : Choice.of(vm.statusFilterProperty().get());
    }

    private String text(Choice c) {
        if (c.readyForCellVote()) {
            return m.get("candidates.filter.ready");
        }
        return c.status().map(Labels::status).orElseGet(() -> m.get("candidates.filter.all"));
    }

    private final class ChoiceCell extends ListCell<Choice> {
        @Override
        protected void updateItem(Choice item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : text(item));
        }
    }
}
