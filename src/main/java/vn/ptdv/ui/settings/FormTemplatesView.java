package vn.ptdv.ui.settings;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.ptdv.i18n.Messages;

/** Cài đặt → Mẫu giấy tờ: one line per document, its template and the three things one can do with it. */
final class FormTemplatesView extends VBox {
    FormTemplatesView(FormTemplatesViewModel vm) {
        super(12);
        Messages m = Messages.current();
        Label help = new Label(m.get("forms.templates.help"));
        help.setWrapText(true);
        help.getStyleClass().add("text-muted");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        int line = 0;
        for (FormTemplatesViewModel.Row row : vm.rows()) {
            Label title = new Label(m.get("forms.form." + row.kind().name()));
            title.setWrapText(true);
            title.setMaxWidth(Double.MAX_VALUE);
            GridPane.setHgrow(title, Priority.ALWAYS);
            Label state = new Label();
            state.setId("templateState" + row.kind().code());
            state.textProperty().bind(Bindings.when(row.ownProperty()).then(m.get("forms.templates.own"))
                    .otherwise(m.get("forms.templates.builtIn")));
            state.getStyleClass().add("text-muted");
            Button save = new Button(m.get("forms.templates.saveBuiltIn"));
            save.setOnAction(e -> vm.saveBuiltIn(row));
            Button own = new Button(m.get("forms.templates.useOwn"));
            own.setId("useOwnTemplate" + row.kind().code());
            own.setOnAction(e -> vm.useOwn(row));
            Button reset = new Button(m.get("forms.templates.reset"));
            reset.setId("resetTemplate" + row.kind().code());
            reset.disableProperty().bind(row.ownProperty().not());
            reset.setOnAction(e -> vm.useBuiltIn(row));
            for (Region r : new Region[] {state, save, own, reset}) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
            grid.addRow(line++, title, state, save, own, reset);
        }
        Label status = new Label();
        status.setWrapText(true);
        status.getStyleClass().add("text-success");
        status.textProperty().bind(vm.statusProperty());
        getChildren().addAll(help, grid, status);
    }
}
