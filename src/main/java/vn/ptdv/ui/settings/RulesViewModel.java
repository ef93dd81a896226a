package vn.ptdv.ui.settings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import vn.ptdv.domain.rules.RuleCode;
import vn.ptdv.domain.rules.RuleSettings;
import vn.ptdv.i18n.Messages;
import vn.ptdv.service.CheckService;
import vn.ptdv.service.ErrorText;
import vn.ptdv.ui.common.DialogService;
import vn.ptdv.ui.common.TaskRunner;

/**
 * Settings → rules: every number the checks use, with its source, editable, and back to its default.
 * The rules change every few years; the committee keeps the program in step.
 */
public final class RulesViewModel {
    /** One rule's number as typed, and the value stored. */
    public static final class Row {
        private final RuleCode code;
        private final StringProperty value = new SimpleStringProperty("");
        private String stored = "";

        Row(RuleCode code) {
            this.code = code;
        }

        public RuleCode code() {
            return code;
        }

        public StringProperty valueProperty() {
            return value;
        }

        boolean changed() {
            return !value.get().strip().equals(stored);
        }
    }

    private final Messages m = Messages.current();
    private final CheckService checks;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final StringProperty status = new SimpleStringProperty("");

    public RulesViewModel(CheckService checks, TaskRunner tasks, DialogService dialogs) {
        this.checks = checks;
        this.tasks = tasks;
        this.dialogs = dialogs;
        Arrays.stream(RuleCode.values()).filter(RuleCode::hasValue).forEach(code -> {
            Row row = new Row(code);
            row.value.addListener((o, a, b) -> errors.remove(code.name()));
            rows.add(row);
        });
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public void load() {
        tasks.run(checks::settings, this::show, this::showError);
    }

    private void show(RuleSettings settings) {
        for (Row row : rows) {
            row.stored = settings.text(row.code);
            row.value.set(row.stored);
        }
        errors.clear();
    }

    /** Saves every changed number; a number that is not valid is marked and nothing is saved. */
    public void save() {
        errors.clear();
        status.set("");
        List<Row> changed = new ArrayList<>();
        for (Row row : rows) {
            if (!row.changed()) {
                continue;
            }
            if (!RuleSettings.isValid(row.code, row.value.get())) {
                errors.put(row.code.name(), m.get(row.code.unit() == RuleCode.Unit.FRACTION
                        ? "validation.rule.fraction" : "validation.rule.number", row.value.get().strip()));
            }
            changed.add(row);
        }
        if (!errors.isEmpty() || changed.isEmpty()) {
            return;
        }
        List<String[]> values = changed.stream().map(r -> new String[] {r.code.name(), r.value.get()}).toList();
        tasks.run(() -> {
            for (String[] v : values) {
                checks.changeSetting(RuleCode.valueOf(v[0]), v[1]);
            }
            return checks.settings();
        }, settings -> {
            show(settings);
            status.set(m.get("rules.saved", changed.size()));
        }, this::showError);
    }

    /** Back to the default of domain.md for this rule. */
    public void reset(Row row) {
        tasks.run(() -> {
            checks.resetSetting(row.code);
            return checks.settings();
        }, settings -> {
            show(settings);
            status.set(m.get("rules.resetDone", m.get("rule." + row.code.name() + ".title"), row.value.get(),
                    m.get("rule.unit." + row.code.unit().name())));
        }, this::showError);
    }

    private void showError(Throwable e) {
        dialogs.showError(m.get("error.title"), ErrorText.describe(e, m));
    }
}
