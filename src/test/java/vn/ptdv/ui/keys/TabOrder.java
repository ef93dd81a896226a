package vn.ptdv.ui.keys;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The order the Tab key goes through a form, and whether it is the reading order: each control below the
 * one before, or beside it to its right on the same line. Positions are taken as if no pane had scrolled
 * (the Tab key scrolls a long form as it goes).
 */
final class TabOrder {
    private TabOrder() {
    }

    /**
     * The controls inside {@code form} that Tab reaches from the focused one, in turn, until it leaves the form
     * or comes back to where it began. A control that Tab does not leave is a trap for the keyboard: it fails.
     */
    static List<Control> walk(FxRobot robot, Scene scene, Node form, int most) {
        List<Control> order = new ArrayList<>();
        for (int i = 0; i < most; i++) {
            Control now = focused(scene);
            if (!order.isEmpty() && now == order.get(order.size() - 1)) {
                throw new AssertionError("Tab does not leave " + name(now));
            }
            if (now == null || !inside(now, form) || order.contains(now)) {
                break;
            }
            order.add(now);
            robot.push(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
        }
        // A dialog may put the focus first on a field below its top, and Tab goes round from its last
        // button to its top: the round is read from the control at the top.
        Control top = order.stream().min(java.util.Comparator.comparingDouble((Control c) -> unscrolled(c).getMinY())
                .thenComparingDouble(c -> unscrolled(c).getMinX())).orElse(null);
        java.util.Collections.rotate(order, -Math.max(0, order.indexOf(top)));
        return order;
    }

    /** The places where the order goes back up or to the left: empty when it follows the reading order. */
    static List<String> outOfReadingOrder(List<Control> order) {
        List<String> wrong = new ArrayList<>();
        for (int i = 1; i < order.size(); i++) {
            Bounds before = unscrolled(order.get(i - 1));
            Bounds after = unscrolled(order.get(i));
            boolean sameLine = Math.abs(before.getCenterY() - after.getCenterY()) < Math.min(before.getHeight(),
                    after.getHeight()) / 2;
            boolean ok = sameLine ? after.getMinX() > before.getMinX() : after.getCenterY() > before.getCenterY();
            if (!ok) {
                wrong.add(name(order.get(i - 1)) + " then " + name(order.get(i)));
            }
        }
        return wrong;
    }

    private static String name(Control c) {
        return c.getClass().getSimpleName() + "#" + c.getId();
    }

    private static Control focused(Scene scene) {
        for (Node n = scene.getFocusOwner(); n != null; n = n.getParent()) {
            // A date picker's or a combo box's own text field stands for the control.
            if (n instanceof Control c && !(n.getParent() instanceof javafx.scene.control.ComboBoxBase<?>)
                    && !(n.getParent() != null && n.getParent().getParent() instanceof javafx.scene.control.Spinner<?>)) {
                return c;
            }
        }
        return null;
    }

    private static boolean inside(Node node, Node form) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == form) {
                return true;
            }
        }
        return false;
    }

    /** The node's bounds in the scene, with every scrolling pane above it back at its top left. */
    private static Bounds unscrolled(Node node) {
        Bounds b = node.localToScene(node.getLayoutBounds());
        double dx = 0;
        double dy = 0;
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane pane && pane.getContent() != null) {
                Point2D shown = pane.getContent().localToScene(0, 0);
                Point2D viewport = pane.localToScene(0, 0);
                dx += viewport.getX() - shown.getX();
                dy += viewport.getY() - shown.getY();
            }
        }
        return new javafx.geometry.BoundingBox(b.getMinX() + dx, b.getMinY() + dy, b.getWidth(), b.getHeight());
    }
}
