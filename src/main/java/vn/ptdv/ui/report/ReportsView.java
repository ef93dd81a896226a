package vn.ptdv.ui.report;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import vn.ptdv.i18n.Messages;
import vn.ptdv.ui.common.FieldErrors;
import vn.ptdv.ui.common.Screen;

/** Báo cáo: the year, the date on the report, where to save it; then open it. */
public final class ReportsView implements Screen {
    private final VBox root;
    private final ReportsViewModel vm;

    public ReportsView(ReportsViewModel vm) {
        this.vm = vm;
        Messages m = Messages.current();
        Label title = new Label(m.get("screen.reports.title"));
        title.getStyleClass().add("title-2");
        Label help = new Label(m.get("reports.help"));
        help.setWrapText(true);
        help.setMaxWidth(760);
        Spinner<Integer> year = new Spinner<>(2000, 2100, vm.yearProperty().get());
        year.setId("reportYear");

        year.getValueFactory().valueProperty().addListener((o, a, b) -> vm.yearProperty().set(b));
        TextField date = new TextField();
        date.setId("reportDate");
        date.setPrefColumnCount(10);
        date.textProperty().bindBidirectional(vm.reportDateProperty());
        TextField place = new TextField();
        place.setId("reportPlace");
        place.setPrefColumnCount(14);
        place.textProperty().bindBidirectional(vm.placeProperty());
        HBox fields = new HBox(10, new Label(m.get("holidays.year")), year, new Label(m.get("reports.place")), place,
                new Label(m.get("reports.date")), FieldErrors.withError(date, "reportDate", vm.errors()));
        fields.setAlignment(Pos.CENTER_LEFT);
        Button export = new Button(m.get("reports.export"));
        export.setId("exportReportButton");
        export.getStyleClass().add("accent");
        export.disableProperty().bind(vm.runningProperty());
        export.setOnAction(e -> vm.export());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(vm.runningProperty());
        Label status = new Label();
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        Button open = new Button(m.get("reports.openFile"));
        open.disableProperty().bind(vm.writtenProperty().isNull());
        open.setOnAction(e -> vm.openFile());
        Button folder = new Button(m.get("reports.openFolder"));
        folder.disableProperty().bind(vm.writtenProperty().isNull());
        folder.setOnAction(e -> vm.openFolder());
        Label importTitle = new Label(m.get("reports.import.heading"));
        importTitle.getStyleClass().add("title-3");
        Label importHelp = new Label(m.get("reports.import.help"));
        importHelp.setWrapText(true);
        importHelp.setMaxWidth(760);
        importHelp.getStyleClass().add("text-muted");
        Button template = new Button(m.get("reports.template"));
        template.setId("templateButton");
        template.disableProperty().bind(vm.runningProperty());
        template.setOnAction(e -> vm.makeTemplate());
        Button importButton = new Button(m.get("reports.import"));
        importButton.setId("importButton");
        importButton.disableProperty().bind(vm.runningProperty());
        importButton.setOnAction(e -> vm.importFile());
        HBox actions = new HBox(10, export, busy, status);
        actions.setAlignment(Pos.CENTER_LEFT);
        Label importStatus = new Label();
        importStatus.setId("importStatus");
        importStatus.setWrapText(true);
        importStatus.textProperty().bind(vm.importStatusProperty());
        HBox importActions = new HBox(10, template, importButton, importStatus);
        importActions.setAlignment(Pos.CENTER_LEFT);
        root = new VBox(14, title, help, fields, actions, new HBox(10, open, folder), importTitle, importHelp,
                importActions);
        root.getStyleClass().add("pane-padding");
        root.setId("reportsScreen");
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShow() {
        vm.load();
    }
}
