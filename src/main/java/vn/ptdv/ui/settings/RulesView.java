package vn.ptdv.ui.settings;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.ptdv.i18n.Messages;
import vn.ptdv.ui.common.FieldErrors;

/** Settings → rules: one line per rule with its source, its number and a way back to the default. */
final class RulesView extends VBox {
    RulesView(RulesViewModel vm) {
        super(10);
        Messages m = Messages.current();
        Label help = new Label(m.get("rules.help"));
        help.setWrapText(true);
        help.getStyleClass().add("text-muted");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints text = new ColumnConstraints();
        text.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(text, new ColumnConstraints(), new ColumnConstraints(), new ColumnConstraints());
        int row = 0;
        for (RulesViewModel.Row r : vm.rows()) {
            Label title = new Label(m.get("rule." + r.code().name() + ".title"));
            title.setWrapText(true);
            title.setMinHeight(Region.USE_PREF_SIZE);
            // The legal source; the stable code (as in files and the command line) only on hover.
            Label source = new Label(m.get("rule.source." + r.code().source().name()));
            source.setTooltip(new javafx.scene.control.Tooltip(r.code().name()));
            source.setWrapText(true);
            source.getStyleClass().add("text-muted");
            TextField value = new TextField();
            value.setId("rule_" + r.code().name());
            value.setPrefColumnCount(5);
            value.textProperty().bindBidirectional(r.valueProperty());
            Label unit = new Label(m.get("rule.unit." + r.code().unit().name()));
            unit.setMinWidth(Region.USE_PREF_SIZE);
            Button reset = new Button(m.get("rules.reset"));
            reset.setMinWidth(Region.USE_PREF_SIZE);
            reset.setOnAction(e -> vm.reset(r));
            grid.add(new VBox(2, title, source), 0, row);
            grid.add(FieldErrors.withError(value, r.code().name(), vm.errors()), 1, row);
            grid.add(unit, 2, row);
            grid.add(reset, 3, row);
            row++;
        }
        Button save = new Button(m.get("button.save"));
        save.setId("saveRulesButton");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> vm.save());
        Label status = new Label();
        status.textProperty().bind(vm.statusProperty());
        status.getStyleClass().add("text-success");
        getChildren().addAll(help, grid, new HBox(12, save, status));
    }
}
