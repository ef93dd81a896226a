package vn.ptdv.ui.common;

import java.util.List;
import java.util.function.Supplier;
import vn.ptdv.i18n.Messages;

/**
 * Whether an editor holds typed changes, told by its values against those it was opened with, and the
 * question asked before they are dropped (an editor closed without saving).
 */
public final class UnsavedEdits {
    private final DialogService dialogs;
    private final Supplier<List<Object>> values;
    private List<Object> unchanged = List.of();

    /** {@code values}: every value the person can change, in a fixed order. */
    public UnsavedEdits(DialogService dialogs, Supplier<List<Object>> values) {
        this.dialogs = dialogs;
        this.values = values;
    }

    /** The values now are those the editor was opened with. */
    public void markUnchanged() {
        unchanged = values.get();
    }

    /** True when nothing was changed, or the person confirms dropping the changes. */
    public boolean mayDiscard() {
        Messages m = Messages.current();
        return values.get().equals(unchanged) || dialogs.confirm(m.get("editor.discard.title"),
                m.get("editor.discard.message"), m.get("editor.discard.button"));
    }
}
