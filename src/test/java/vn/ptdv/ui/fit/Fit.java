package vn.ptdv.ui.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TabPane;
import javafx.stage.Window;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a person cannot read or reach on a window at a given screen size: cut texts ({@link Truncations}),
 * a window larger than the screen, and buttons drawn beyond the window's edge (not in a scrolling pane).
 * Writes the window's picture beside.
 */
final class Fit {
    private Fit() {
    }

    /** A dialog's title bar at 125 % on Windows, in logical pixels. */
    private static final double DIALOG_TITLE_BAR = 32;

    private static Window mainWindow(Window window) {
        Window w = window;
        while (w instanceof javafx.stage.Stage stage && stage.getOwner() != null) {
            w = stage.getOwner();
        }
        return w;
    }

    /** The window's problems at {@code size}, its picture written as {@code name}. */
    static List<String> check(Window window, Sizes.Size size, String name, Predicate<TableCell<?, ?>> cellChecked)
            throws Exception {
        // A layout can take a few pulses to settle after a resize on a loaded machine (a wrapped title's
        // height is first asked at another width): what is still wrong after two seconds is reported.
        List<String> found = checkNow(window, size, name, cellChecked);
        for (int i = 0; i < 10 && !found.isEmpty(); i++) {
            WaitForAsyncUtils.sleep(200, java.util.concurrent.TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            found = checkNow(window, size, name, cellChecked);
        }
        return found;
    }

    private static List<String> checkNow(Window window, Sizes.Size size, String name,
                                         Predicate<TableCell<?, ?>> cellChecked) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Scene scene = window.getScene();
            ScreenShots.write(scene, size.scale(), name);
            List<String> found = new ArrayList<>(Truncations.in(scene.getRoot(), cellChecked));
            // A dialog's title bar is not drawn by Monocle: its room is taken off the screen's.
            double room = size.screenHeight() - (window == mainWindow(window) ? 0 : DIALOG_TITLE_BAR);
            if (window.getWidth() > size.screenWidth() + 0.5 || window.getHeight() > room + 0.5) {
                found.add("window " + Math.round(window.getWidth()) + "×" + Math.round(window.getHeight())
                        + " larger than the screen's room " + size.screenWidth() + "×" + room);
            }
            if (window.getX() < -0.5 || window.getY() < -0.5) {
                found.add("window at " + window.getX() + "," + window.getY() + ", above or left of the screen");
            }
            outside(scene.getRoot(), scene, found);
            return found.stream().map(p -> name + ": " + p).toList();
        }).get(20, TimeUnit.SECONDS);
    }

    /** Buttons beyond the scene's edges: out of reach. A scrolling pane's content may be out of view. */
    private static void outside(Node node, Scene scene, List<String> found) {
        if (!node.isVisible() || node instanceof ScrollPane || node instanceof javafx.scene.control.skin.VirtualFlow<?>
                || node.getStyleClass().contains("tab-header-area")) {
            return;
        }
        if (node instanceof ButtonBase button) {
            Bounds b = button.localToScene(button.getLayoutBounds());
            if (b.getMinX() < -0.5 || b.getMinY() < -0.5 || b.getMaxX() > scene.getWidth() + 0.5
                    || b.getMaxY() > scene.getHeight() + 0.5) {
                found.add("button \"" + button.getText() + "\" (" + button.getId() + ") at " + round(b)
                        + " beyond the window " + Math.round(scene.getWidth()) + "×" + Math.round(scene.getHeight()));
            } else {
                clippedAway(button).ifPresent(found::add);
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                outside(child, scene, found);
            }
        }
    }

    /** A button that its pane cuts off (a tab's content taller than the tab): on the window, yet not seen. */
    private static java.util.Optional<String> clippedAway(ButtonBase button) {
        for (Node n = button.getParent(); n != null; n = n.getParent()) {
            if (n.getClip() != null) {
                Bounds b = n.sceneToLocal(button.localToScene(button.getLayoutBounds()));
                Bounds room = n.getClip().getBoundsInParent();
                if (b.getMaxX() > room.getMaxX() + 0.5 || b.getMaxY() > room.getMaxY() + 0.5
                        || b.getMinX() < room.getMinX() - 0.5 || b.getMinY() < room.getMinY() - 0.5) {
                    return java.util.Optional.of("button \"" + button.getText() + "\" (" + button.getId()
                            + ") cut off by " + n.getClass().getSimpleName());
                }
            }
        }
        return java.util.Optional.empty();
    }

    private static String round(Bounds b) {
        return Math.round(b.getMinX()) + "," + Math.round(b.getMinY()) + "–" + Math.round(b.getMaxX()) + ","
                + Math.round(b.getMaxY());
    }

    /** Each tab of {@code tabs} chosen in turn, and {@code each} told its id. */
    static void everyTab(org.testfx.api.FxRobot robot, TabPane tabs, ThrowingConsumer each) throws Exception {
        for (int i = 0; i < tabs.getTabs().size(); i++) {
            int index = i;
            robot.interact(() -> tabs.getSelectionModel().select(index));
            WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            String id = tabs.getTabs().get(i).getId();
            each.accept(id == null ? "tab" + i : id);
        }
    }

    interface ThrowingConsumer {
        void accept(String tabId) throws Exception;
    }
}
