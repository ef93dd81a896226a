package vn.ptdv.ui.target;

import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.ptdv.domain.Candidate;
import vn.ptdv.domain.target.TargetRange;
import vn.ptdv.i18n.Messages;
import vn.ptdv.ui.common.FieldErrors;
import vn.ptdv.ui.common.Screen;

/** Chỉ tiêu: the year's target, what it has reached and who, and the last five years. */
public final class TargetsView implements Screen {
    private final Messages m = Messages.current();
    private final TargetsViewModel vm;
    private final ScrollPane root;

    public TargetsView(TargetsViewModel vm) {
        this.vm = vm;
        Label title = new Label(m.get("screen.targets.title"));
        title.getStyleClass().add("title-2");
        Spinner<Integer> year = new Spinner<>(2000, 2100, vm.yearProperty().get());
        year.setId("targetYear");
        year.getValueFactory().valueProperty().addListener((o, a, b) -> vm.yearProperty().set(b));
        HBox top = new HBox(12, title, new Label(m.get("holidays.year")), year);
        top.setAlignment(Pos.CENTER_LEFT);
        Label carried = new Label();
        carried.setWrapText(true);
        carried.getStyleClass().add("text-warning");
        carried.textProperty().bind(Bindings.createStringBinding(() -> vm.setProperty().get() ? ""
                : m.get("targets.origin." + vm.originProperty().get().name(), String.valueOf(vm.yearProperty().get())),
                vm.setProperty(), vm.originProperty(), vm.yearProperty()));
        carried.managedProperty().bind(carried.textProperty().isNotEmpty());

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.add(heading(m.get("targets.column.what")), 0, 0);
        grid.add(heading(m.get("targets.column.min")), 1, 0);
        grid.add(heading(m.get("targets.column.max")), 2, 0);
        grid.add(heading(m.get("targets.column.reached")), 3, 0);
        row(grid, 1, "cultivated", vm.cultivated());
        row(grid, 2, "admitted", vm.admitted());
        row(grid, 3, "recognised", vm.recognised());
        TextField note = new TextField();
        note.setId("targetNote");
        note.setPromptText(m.get("targets.note.prompt"));
        note.textProperty().bindBidirectional(vm.noteProperty());
        HBox.setHgrow(note, Priority.ALWAYS);
        Button save = new Button(m.get("button.save"));
        save.setId("saveTargetButton");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> vm.save());
        Label status = new Label();
        status.textProperty().bind(vm.statusProperty());
        status.getStyleClass().add("text-success");
        Label recognisedHelp = new Label(m.get("targets.recognised.help"));
        recognisedHelp.setWrapText(true);
        recognisedHelp.getStyleClass().add("text-muted");

        HBox who = new HBox(12, names("cultivated", vm.cultivated()), names("admitted", vm.admitted()),
                names("recognised", vm.recognised()));
        Label historyTitle = new Label(m.get("targets.history"));
        historyTitle.getStyleClass().add("title-3");

        VBox content = new VBox(12, top, carried, grid, recognisedHelp, new HBox(8, new Label(m.get("targets.note")), note),
                new HBox(12, save, status), who, historyTitle, history());
        content.getStyleClass().add("pane-padding");
        content.setMaxWidth(1000);
        root = new ScrollPane(content);
        root.setFitToWidth(true);
        root.setId("targetsScreen");
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShow() {
        vm.loadUnlessEdited();
    }

    private void row(GridPane grid, int row, String what, ObservableList<Candidate> reached) {
        Label label = new Label(m.get("target." + what));
        grid.add(label, 0, row);
        grid.add(field(what + "Min"), 1, row);
        grid.add(field(what + "Max"), 2, row);
        Label result = new Label();
        result.setId("targetReached_" + what);
        Runnable update = () -> {
            int count = reached.size();
            String min = vm.number(what + "Min").get().strip();
            String max = vm.number(what + "Max").get().strip();
            result.getStyleClass().removeAll("text-success", "text-danger", "text-accent");
            // The row's errors go in its last column, on one line: under the small fields they widened
            // the column and pushed the rows below down as they came and went.
            String errors = java.util.stream.Stream.of(what + "Min", what + "Max").map(vm.errors()::get)
                    .filter(java.util.Objects::nonNull).distinct().collect(java.util.stream.Collectors.joining(" "));
            if (!errors.isEmpty()) {
                result.setText(m.get("targets.reachedWithError", count, errors));
                result.getStyleClass().add("text-danger");
                return;
            }
            try {
                TargetRange range = new TargetRange(Integer.parseInt(min), Integer.parseInt(max));
                var s = range.status(count);
                result.setText(m.get("targets.reached", count, m.get("target.status." + s.name())));
                result.getStyleClass().add(switch (s) {
                    case BELOW -> "text-danger";
                    case WITHIN -> "text-success";
                    case ABOVE -> "text-accent"; // the dashboard's colour for it
                });
            } catch (IllegalArgumentException e) {
                // No target, or numbers still being typed: the count alone.
                result.setText(min.isEmpty() && max.isEmpty() ? m.get("targets.reachedNoTarget", count)
                        : m.get("targets.reachedOnly", count));
            }
        };
        reached.addListener((ListChangeListener<Candidate>) c -> update.run());
        vm.number(what + "Min").addListener((o, a, b) -> update.run());
        vm.number(what + "Max").addListener((o, a, b) -> update.run());
        vm.errors().addListener((javafx.collections.MapChangeListener<String, String>) c -> {
            if (c.getKey().startsWith(what)) {
                update.run();
            }
        });
        update.run();
        grid.add(result, 3, row);
    }

    private Node field(String name) {
        TextField f = new TextField();
        f.setId("target_" + name);
        f.setPrefColumnCount(4);
        f.textProperty().bindBidirectional(vm.number(name));
        f.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the column does not stretch it
        FieldErrors.marked(f, name, vm.errors());
        return f;
    }

    private VBox names(String what, ObservableList<Candidate> people) {
        Label title = heading(m.get("targets.who." + what));
        ListView<Candidate> list = new ListView<>(people);
        list.setId("targetNames_" + what);
        list.setPrefHeight(150);
        list.setPlaceholder(new Label(m.get("targets.nobody")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Candidate c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.fullName());
            }
        });
        VBox box = new VBox(4, title, list);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    private TableView<TargetsViewModel.YearLine> history() {
        TableView<TargetsViewModel.YearLine> table = new TableView<>(vm.history());
        table.setId("targetHistory");
        table.setPrefHeight(240);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(m.get("holidays.year"), l -> String.valueOf(l.year())));
        table.getColumns().add(column(m.get("target.cultivated"), l -> m.get("targets.versus", l.cultivated(),
                l.target().cultivated().min(), l.target().cultivated().max())));
        table.getColumns().add(column(m.get("target.admitted"), l -> m.get("targets.versus", l.admitted(),
                l.target().admitted().min(), l.target().admitted().max())));
        table.getColumns().add(column(m.get("target.recognised"), l -> l.target().recognised()
                .map(r -> m.get("targets.versus", l.recognised(), r.min(), r.max()))
                .orElse(String.valueOf(l.recognised()))));
        vn.ptdv.ui.common.FittingColumns.headingsWhole(table);
        return table;
    }

    private static TableColumn<TargetsViewModel.YearLine, String> column(String title,
            java.util.function.Function<TargetsViewModel.YearLine, String> value) {
        TableColumn<TargetsViewModel.YearLine, String> c = new TableColumn<>(title);
        c.setCellValueFactory(x -> new SimpleStringProperty(value.apply(x.getValue())));
        c.setSortable(false);
        return c;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("review-heading");
        return l;
    }
}
