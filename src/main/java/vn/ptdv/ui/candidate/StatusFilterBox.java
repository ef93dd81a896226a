package vn.ptdv.ui.candidate;

import java.util.Optional;
import javafx.scene.control.ChoiceBox;
import vn.ptdv.domain.CandidateStatus;
import vn.ptdv.i18n.Messages;
import vn.ptdv.ui.common.Labels;

/**
 * The list's filter: everyone, the files ready for the cell's vote, or one status. One box rather
 * than a second control keeps the toolbar within a 1366-pixel screen; the view model keeps the two
 * filters apart, so the dashboard can still ask for a status. A ChoiceBox, not a ComboBox: a ComboBox
 * builds, styles and measures the list of its popup (a ListView with its cells and scroll bars) before
 * the window's first frame, which held the start-up up by a tenth of a second on an old PC.
 */
final class StatusFilterBox extends ChoiceBox<StatusFilterBox.Choice> {
    /**
     * One line of the box: a status, or everyone ({@code status} empty), or the ready files. Its
     * equality is written out: a record's own is linked on its first use, and the box compares its
     * value before the window's first frame, where that linking cost a sixtieth of a second.
     */
    record Choice(Optional<CandidateStatus> status, boolean readyForCellVote) {
        static final Choice ALL = new Choice(Optional.empty(), false);
        static final Choice READY = new Choice(Optional.empty(), true);

        static Choice of(CandidateStatus status) {
            return status == null ? ALL : new Choice(Optional.of(status), false);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Choice c && c.readyForCellVote == readyForCellVote && c.status.equals(status);
        }

        @Override
        public int hashCode() {
            return 31 * status.hashCode() + Boolean.hashCode(readyForCellVote);
        }
    }

    private final Messages m = Messages.current();

    StatusFilterBox(CandidateListViewModel vm) {
        setId("statusFilter");
        getItems().addAll(Choice.ALL, Choice.READY);
        for (CandidateStatus s : CandidateStatus.values()) {
            getItems().add(Choice.of(s));
        }
        setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Choice c) {
                return c == null ? "" : text(c);
            }

            @Override
            public Choice fromString(String s) {
                throw new UnsupportedOperationException();
            }
        });
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
}
