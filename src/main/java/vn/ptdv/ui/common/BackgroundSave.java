package vn.ptdv.ui.common;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.collections.ObservableMap;
import vn.ptdv.i18n.Messages;
import vn.ptdv.service.ErrorText;
import vn.ptdv.service.ValidationException;

/**
 * An editor's save: what was typed is checked on the spot, then stored in the background; a refusal
 * puts its errors under the fields, any other failure is told in a dialog. One at a time: a double click
 * must not store the record twice.
 */
public final class BackgroundSave {
    private BackgroundSave() {
    }

    public static <T> void run(BooleanProperty saving, ObservableMap<String, String> errors,
                               Supplier<Optional<T>> parse, Function<T, T> store, Consumer<T> onSaved,
                               TaskRunner tasks, DialogService dialogs, Messages messages) {
        if (saving.get()) {
            return;
        }
        errors.clear();
        Optional<T> record = parse.get();
        if (record.isEmpty()) {
            return;
        }
        saving.set(true);
        tasks.run(() -> store.apply(record.get()), stored -> {
            saving.set(false);
            onSaved.accept(stored);
        }, e -> {
            saving.set(false);
            if (e instanceof ValidationException v) {
                FieldInput.showErrors(errors, messages, v.errors());
            } else {
                dialogs.showError(messages.get("error.title"), ErrorText.describe(e, messages));
            }
        });
    }
}
