package vn.ptdv.ui.settings;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.collections.MapChangeListener;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import vn.ptdv.i18n.Messages;
import vn.ptdv.ui.common.DialogService;
import vn.ptdv.ui.common.FxDialogService;
import vn.ptdv.ui.settings.WelcomeViewModel.Outcome;
import vn.ptdv.ui.settings.WelcomeViewModel.Start;

/**
 * The welcome on an empty database: the three details of the cell that the report's header and
 * signature need, then how to begin. It stays open while the chosen beginning runs (its file choosers,
 * the import's preview and any error are its own), and closes once it has worked.
 */
public final class FirstStartDialog extends Dialog<Outcome> {
    /** Wide enough that each way to begin is explained on one line: the welcome then fits 1366×768 at 125 %. */
    private static final double WIDTH = vn.ptdv.ui.common.Em.of(57);

    private final Messages m = Messages.current();
    private final WelcomeViewModel vm;

    /**
     * {@code model} makes the view model with the dialogs of this window, so that a file chooser or a
     * message opens over the welcome, not behind it.
     */
    public FirstStartDialog(Window owner, Function<DialogService, WelcomeViewModel> model) {
        this(owner, 0, model);
    }

    /**
     * {@code people}: how many people the file already has (one made by an import on the command line): then the
     * welcome asks only for the cell's details, and offers no way to begin (no sample data into a real list).
     */
    public FirstStartDialog(Window owner, int people, Function<DialogService, WelcomeViewModel> model) {
        initOwner(owner);
        vm = model.apply(new FxDialogService(getDialogPane().getScene().getWindow(), m));
        setTitle(m.get("firstStart.title"));
        setHeaderText(m.get("firstStart.header"));
        getDialogPane().setId("firstStartDialog");
        getDialogPane().getStyleClass().add("welcome");
        setGraphic(new ImageView(new Image(FirstStartDialog.class.getResourceAsStream("/icons/ptdv-48.png"))));

        Label intro = wrapped(people > 0 ? m.get("firstStart.intro.hasPeople", people) : m.get("firstStart.intro"));
        CellFormView form = new CellFormView(vm.cell(), List.of("cellName", "superiorCommittee", "secretaryName"));
        Label later = wrapped(m.get("firstStart.fields.help"));
        later.getStyleClass().add("text-muted");
        Label how = new Label(m.get("firstStart.how"));
        how.getStyleClass().add("welcome-heading");
        ToggleGroup group = new ToggleGroup();
        VBox choices = new VBox(6);
        for (Start start : Start.values()) {
            choices.getChildren().add(choice(start, group));
        }
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.startProperty().set((Start) now.getUserData());
            }
        });
        choices.disableProperty().bind(vm.runningProperty());
        form.disableProperty().bind(vm.runningProperty());

        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("firstStartBusy");
        busy.setPrefSize(20, 20);
        busy.setMaxSize(20, 20);
        busy.visibleProperty().bind(vm.runningProperty());
        Label status = new Label();
        status.setId("firstStartStatus");
        status.textProperty().bind(vm.statusProperty());
        // Its room is kept while idle: the window does not change height under the person's eyes.
        HBox working = new HBox(8, busy, status);
        working.setMinHeight(22);
        working.setAlignment(Pos.CENTER_LEFT);
        working.visibleProperty().bind(vm.runningProperty());

        if (people > 0) {
            vm.startProperty().set(Start.EMPTY); // the details saved, the list kept as it is
            for (Node n : List.of(how, choices)) {
                n.setVisible(false);
                n.setManaged(false);
            }
        }
        VBox content = new VBox(8, intro, form, later, how, choices);
        VBox.setMargin(how, new Insets(6, 0, 0, 0));
        content.setPrefWidth(WIDTH);
        // The theme keeps dialogs to 600 pixels: this one is as wide as its content (it fits every screen).
        getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        getDialogPane().setContent(content);

        ButtonType begin = new ButtonType(m.get("firstStart.start"), ButtonBar.ButtonData.OK_DONE);
        ButtonType notNow = new ButtonType(m.get("firstStart.later"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(begin, notNow);
        Button beginButton = (Button) getDialogPane().lookupButton(begin);
        beginButton.setId("firstStartButton");
        beginButton.textProperty().bind(vm.startLabelProperty());
        // Its label changes with the choice: as wide as its text, not as the button bar first measured it.
        ButtonBar.setButtonUniformSize(beginButton, false);
        beginButton.setMinWidth(Region.USE_PREF_SIZE);
        beginButton.disableProperty().bind(vm.runningProperty());
        // The welcome closes when the beginning has worked, not on the click: a chooser may be cancelled.
        beginButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.begin();
        });
        // Enter starts from a chosen way too: a focused radio button would otherwise take the key itself.
        choices.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                beginButton.fire();
            }
        });
        // The work under way is told on the buttons' line, at their left: no line of its own kept empty, so
        // that the welcome fits 1366×768 at 125 %.
        if (getDialogPane().lookup(".button-bar") instanceof ButtonBar bar) {
            ButtonBar.setButtonData(working, ButtonBar.ButtonData.LEFT);
            ButtonBar.setButtonUniformSize(working, false);
            bar.getButtons().add(working);
        }
        Button laterButton = (Button) getDialogPane().lookupButton(notNow);
        laterButton.setId("firstStartLater");
        laterButton.disableProperty().bind(vm.runningProperty());
        setResultConverter(button -> null);
        setOnCloseRequest(e -> {
            if (vm.runningProperty().get()) {
                e.consume();
            }
        });
        vm.outcomeProperty().addListener((o, was, done) -> setResult(done));
        // While the way chosen works, both buttons are disabled and the focus falls to "Để sau"; when it did not
        // work (an import refused, a chooser cancelled) the focus goes back to the start, so Enter tries again
        // instead of closing the welcome with what was typed.
        vm.runningProperty().addListener((o, was, now) -> {
            if (was && !now) {
                Platform.runLater(() -> {
                    if (isShowing() && vm.outcomeProperty().get() == null) {
                        beginButton.requestFocus();
                    }
                });
            }
        });

        TextField name = form.field("cellName");
        // After the dialog's own start, which gives the focus to the default button.
        setOnShown(e -> Platform.runLater(name::requestFocus));
        // A refused start puts the focus where the error is; the window grows by the error's line.
        vm.cell().errors().addListener((MapChangeListener<String, String>) change -> {
            if (change.wasAdded() && "cellName".equals(change.getKey())) {
                name.requestFocus();
            }
            Platform.runLater(() -> getDialogPane().getScene().getWindow().sizeToScene());
        });
        if (owner.getScene() != null) {
            getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
    }

    /** The outcome once the chosen beginning has worked; empty when the person chose "Để sau". */
    public Optional<Outcome> ask() {
        return showAndWait();
    }

    private Node choice(Start start, ToggleGroup group) {
        // Literal keys, so that the check for unused texts sees them.
        String[] keys = switch (start) {
            case EMPTY -> new String[] {"firstStart.choice.empty", "firstStart.choice.empty.help"};
            case IMPORT -> new String[] {"firstStart.choice.import", "firstStart.choice.import.help"};
            case TEMPLATE -> new String[] {"firstStart.choice.template", "firstStart.choice.template.help"};
            case SAMPLE -> new String[] {"firstStart.choice.sample", "firstStart.sample.help"};
        };
        RadioButton button = new RadioButton(m.get(keys[0]));
        button.setId("firstStartChoice_" + start.name());
        button.setUserData(start);
        button.setToggleGroup(group);
        button.setSelected(vm.startProperty().get() == start);
        button.getStyleClass().add("welcome-choice");
        Label help = wrapped(m.get(keys[1]));
        help.getStyleClass().addAll(start == Start.SAMPLE ? "text-warning" : "text-muted", "welcome-choice-help");
        // The explanation is part of the choice: clicking it chooses too.
        help.setOnMouseClicked(e -> button.setSelected(true));
        return new VBox(2, button, help);
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(WIDTH);
        return label;
    }
}
