package vn.ptdv.ui.shell;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import vn.ptdv.i18n.Messages;
import vn.ptdv.ui.common.AppIcon;
import vn.ptdv.ui.common.Screen;

/**
 * The main window's frame: navigation on the left, the current screen in the middle, a status line
 * at the bottom. Screens are added once the database is open; until then it says it is opening.
 */
public final class MainWindow {
    private static final javafx.util.Duration SPINNER_DELAY = javafx.util.Duration.millis(400);
    private static final javafx.css.PseudoClass BUSY = javafx.css.PseudoClass.getPseudoClass("busy");
    private final Messages m = Messages.current();
    private final BorderPane root = new BorderPane();
    /** The frame, and above it the locked screen when the program is locked. */
    private final StackPane layers = new StackPane(root);
    private final VBox nav = new VBox(4);
    private final StackPane content = new StackPane();
    private final ToggleGroup group = new ToggleGroup();
    /** How each screen is built: the start-up builds only the screen it shows, the others on their first visit. */
    private final Map<String, java.util.function.Supplier<Screen>> builders = new LinkedHashMap<>();
    private final Map<String, Screen> screens = new LinkedHashMap<>();
    private final Map<String, ToggleButton> buttons = new LinkedHashMap<>();
    private final Label status = new Label();
    /** Whether background work is running; the status bar has the pseudo-class {@code busy} meanwhile. */
    private final javafx.beans.property.BooleanProperty busy = new javafx.beans.property.SimpleBooleanProperty(this, "busy");
    /**
     * The spinning sign, made and shown only once work has lasted {@link #SPINNER_DELAY}: most work
     * ends sooner, and a sign that flashes for a moment only distracts (the first frame of the window
     * also had to style and lay out one, a tenth of its time).
     */
    private ProgressIndicator spinner;
    private final javafx.animation.PauseTransition spinnerDelay = new javafx.animation.PauseTransition(SPINNER_DELAY);
    private final HBox statusBar = new HBox(8);
    private String current = "";

    public MainWindow() {
        // Decoded on JavaFX's own loading thread: the FX thread builds the rest of the window meanwhile.
        ImageView logo = new ImageView(new Image(MainWindow.class.getResource("/icons/ptdv-48.png").toExternalForm(), true));
        Label appName = new Label(m.get("app.shortName"), logo);
        appName.getStyleClass().add("nav-title");
        nav.getChildren().add(appName);
        nav.getStyleClass().add("nav");
        nav.setId("navigation");
        content.setId("content");
        Label opening = new Label(m.get("main.opening"));
        opening.getStyleClass().add("title-3");
        content.getChildren().add(opening);
        status.setId("statusLine");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        statusBar.getChildren().addAll(status, spacer);
        statusBar.getStyleClass().add("status-bar");
        statusBar.setId("statusBar");
        spinnerDelay.setOnFinished(e -> showSpinner());
        busy.addListener((o, was, now) -> {
            statusBar.pseudoClassStateChanged(BUSY, now);
            if (now) {
                spinnerDelay.playFromStart();
            } else {
                spinnerDelay.stop();
                if (spinner != null) {
                    spinner.setVisible(false);
                }
            }
        });
        root.setLeft(nav);
        root.setCenter(content);
        root.setBottom(statusBar);
        // The selected button decides the screen, however it was selected (mouse, arrow keys, code).
        group.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true); // one screen is always chosen
            } else if (now != null && !now.getUserData().equals(current)) {
                show((String) now.getUserData());
            }
        });
    }

    public StackPane root() {
        return layers;
    }

    /**
     * Puts the locked screen above the frame once {@code locked}; while locked, the frame is hidden
     * (nothing of the data shows, and no key reaches it).
     */
    public void setLockScreen(java.util.function.Supplier<javafx.scene.Node> lockScreen,
                              javafx.beans.value.ObservableBooleanValue locked) {
        root.visibleProperty().bind(javafx.beans.binding.Bindings.not(locked));
        // Built the first time the program locks: most starts never show it, and it would be styled
        // before the first frame all the same.
        javafx.beans.value.ChangeListener<Boolean> build = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (now) {
                    o.removeListener(this);
                    layers.getChildren().setAll(root, lockScreen.get());
                }
            }
        };
        locked.addListener(build);
        build.changed(locked, false, locked.get());
    }

    /** Adds a screen under the navigation button {@code key} (id nav + Key). */
    public void addScreen(String key, AppIcon icon, Screen screen) {
        addLazyScreen(key, icon, () -> screen);
    }

    /**
     * Adds a screen that is built the first time it is shown: building every screen (and styling it)
     * before the first one appears would hold up the start-up for screens the person may not open.
     */
    public void addLazyScreen(String key, AppIcon icon, java.util.function.Supplier<Screen> build) {
        ToggleButton button = new ToggleButton(m.get("nav." + key), icon.node());
        button.setId("nav" + Character.toUpperCase(key.charAt(0)) + key.substring(1));
        button.setToggleGroup(group);
        button.setMaxWidth(Double.MAX_VALUE);
        button.getStyleClass().add("nav-button");
        button.setUserData(key);
        nav.getChildren().add(button);
        builders.put(key, build);
        buttons.put(key, button);
    }

    /** The key of the screen shown now, or empty before the screens are added. */
    public String currentKey() {
        return current;
    }

    public void show(String key) {
        current = key;
        Screen screen = screens.computeIfAbsent(key, k -> builders.get(k).get());
        buttons.get(key).setSelected(true);
        content.getChildren().setAll(screen.node());
        screen.onShow();
    }

    public void setStatus(String text) {
        status.setText(text);
    }

    public void setOpeningFailed(String message) {
        content.getChildren().setAll(failedLabel(message));
    }

    /** The failure, with the one thing that can be done about it (restoring a backup). */
    public void setOpeningFailed(String message, String actionText, Runnable action) {
        javafx.scene.control.Button button = new javafx.scene.control.Button(actionText);
        button.setId("openingFailedAction");
        button.getStyleClass().add("accent");
        button.setOnAction(e -> action.run());
        VBox box = new VBox(16, failedLabel(message), button);
        box.setMaxWidth(720);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        content.getChildren().setAll(box);
    }

    private static Label failedLabel(String message) {
        Label failed = new Label(message);
        failed.setWrapText(true);
        failed.setMaxWidth(720);
        failed.getStyleClass().add("text-danger");
        return failed;
    }

    /** Whether background work is running: bound to the task runner. */
    public javafx.beans.property.BooleanProperty busyProperty() {
        return busy;
    }

    private void showSpinner() {
        if (spinner == null) {
            spinner = new ProgressIndicator();
            spinner.setPrefSize(16, 16);
            spinner.setId("busyIndicator");
            statusBar.getChildren().add(spinner);
        }
        spinner.setVisible(true);
    }
}
