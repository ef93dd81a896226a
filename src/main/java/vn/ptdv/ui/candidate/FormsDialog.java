package vn.ptdv.ui.candidate;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import vn.ptdv.i18n.Messages;
import vn.ptdv.report.forms.FormKind;

/**
 * "Hồ sơ giấy tờ": one line per document for the file's current step, with what the file still lacks
 * for it, "Tạo tệp Word" and "Mở". The list for the committee above first asks who goes on it.
 */
final class FormsDialog extends Dialog<ButtonType> {
    private final FormsViewModel vm;
    private final Messages m = Messages.current();
    private final VBox lines = new VBox(10);

    FormsDialog(Window owner, String candidateName, FormsViewModel vm) {
        this.vm = vm;
        initOwner(owner);
        setTitle(m.get("forms.window.title"));
        setHeaderText(m.get("forms.window.header", candidateName));
        setResizable(true);
        Label empty = new Label();
        empty.setId("formsEmpty");
        empty.setWrapText(true);
        empty.getStyleClass().add("text-muted");
        empty.textProperty().bind(vm.emptyProperty());
        empty.managedProperty().bind(vm.emptyProperty().isNotEmpty());
        Label status = new Label();
        status.setId("formsStatus");
        status.setWrapText(true);
        status.getStyleClass().add("text-success");
        status.textProperty().bind(vm.statusProperty());
        Button folder = new Button(m.get("forms.window.openFolder"));
        folder.setId("openFormsFolderButton");
        folder.setOnAction(e -> vm.openFolder());
        Label hint = new Label(m.get("forms.window.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        ScrollPane scroll = new ScrollPane(lines);
        scroll.setFitToWidth(true);
        // Room for some five documents: with the header, the hint and the buttons it fits the smallest
        // screen (1366×768 at 125 %); more scroll.
        scroll.setPrefViewportHeight(vn.ptdv.ui.common.Em.of(22));
        VBox content = new VBox(10, hint, empty, scroll, status, folder);
        content.setPrefWidth(vn.ptdv.ui.common.Em.of(58));
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().add(new ButtonType(m.get("button.close"), ButtonType.CLOSE.getButtonData()));
        vm.rows().addListener((javafx.collections.ListChangeListener<FormsViewModel.Row>) c -> showRows());
        showRows();
    }

    private void showRows() {
        lines.getChildren().clear();
        int n = 0;
        for (FormsViewModel.Row row : vm.rows()) {
            lines.getChildren().add(line(row, n++));
        }
    }

    private VBox line(FormsViewModel.Row row, int index) {
        Label title = new Label(row.entry().title());
        title.setWrapText(true);
        title.getStyleClass().add("form-title");
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        Button make = new Button(m.get("forms.window.make"));
        make.setId("makeForm" + index);
        make.setMinWidth(Region.USE_PREF_SIZE);
        make.setOnAction(e -> {
            if (row.entry().kind() == FormKind.ADMISSION_LIST) {
                vm.choices(choices -> choose(choices).ifPresent(ids -> vm.makeList(row, ids)));
            } else {
                vm.make(row);
            }
        });
        Button open = new Button(m.get("forms.window.open"));
        open.setId("openForm" + index);
        open.setMinWidth(Region.USE_PREF_SIZE);
        open.disableProperty().bind(row.fileProperty().isNull());
        open.setOnAction(e -> vm.open(row));
        HBox top = new HBox(8, title, make, open);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox box = new VBox(4, top);
        if (!row.entry().missing().isEmpty()) {
            Label missing = new Label(m.get("forms.window.missing", String.join("; ", row.entry().missing())));
            missing.setId("formMissing" + index);
            missing.setWrapText(true);
            missing.getStyleClass().add("text-warning");
            box.getChildren().add(missing);
        }
        return box;
    }

    /** Who goes on the list for the committee above: ticked are the candidate and those already proposed. */
    private java.util.Optional<List<Long>> choose(List<FormsViewModel.Choice> choices) {
        Dialog<ButtonType> ask = new Dialog<>();
        ask.initOwner(getDialogPane().getScene().getWindow());
        ask.setTitle(m.get("forms.form." + FormKind.ADMISSION_LIST.name()));
        ask.setHeaderText(m.get("forms.window.choose"));
        VBox boxes = new VBox(6);
        List<CheckBox> checks = new ArrayList<>();
        for (FormsViewModel.Choice c : choices) {
            CheckBox box = new CheckBox(c.name());
            box.setSelected(c.proposed());
            box.setId("choosePerson" + checks.size());
            checks.add(box);
            boxes.getChildren().add(box);
        }
        ScrollPane scroll = new ScrollPane(boxes);
        scroll.setPrefViewportHeight(Math.min(320, 30 * choices.size() + 10));
        ask.getDialogPane().setContent(scroll);
        ButtonType make = new ButtonType(m.get("forms.window.make"), ButtonType.OK.getButtonData());
        ask.getDialogPane().getButtonTypes().addAll(make,
                new ButtonType(m.get("button.cancel"), ButtonType.CANCEL.getButtonData()));
        return ask.showAndWait().filter(b -> b == make).map(b -> {
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < checks.size(); i++) {
                if (checks.get(i).isSelected()) {
                    ids.add(choices.get(i).id());
                }
            }
            return ids;
        });
    }
}
