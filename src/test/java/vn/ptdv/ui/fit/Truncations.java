package vn.ptdv.ui.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import vn.ptdv.ui.common.TextWidth;

/**
 * Finds what a screen shows cut short: a label, button, heading or chosen table cell whose drawn text is
 * not its whole text (JavaFX ends it with "…"), or a field whose hint is wider than the field.
 */
final class Truncations {
    private Truncations() {
    }

    /** Each cut text as "where: shown ≠ whole". {@code cellChecked} says which table cells must be whole. */
    static List<String> in(Node root, Predicate<TableCell<?, ?>> cellChecked) {
        List<String> found = new ArrayList<>();
        walk(root, cellChecked, found);
        return found;
    }

    private static void walk(Node node, Predicate<TableCell<?, ?>> cellChecked, List<String> found) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()
                && !(node instanceof TableCell<?, ?> cell && !cellChecked.test(cell))) {
            for (Node child : labeled.getChildrenUnmodifiable()) {
                if (child instanceof Text shown && child != labeled.getGraphic() && shown.isVisible() && !labeled.isWrapText()
                        && !shown.getText().equals(labeled.getText())) {
                    found.add(describe(node) + ": \"" + shown.getText() + "\" ≠ \"" + labeled.getText() + "\"");
                } else if (child instanceof Text shown && node instanceof TableCell<?, ?> && beyondClip(shown)) {
                    found.add(describe(node) + ": \"" + shown.getText() + "\" runs past the table's edge");
                }
            }
        }
        if (node instanceof TextField field && field.getPromptText() != null && !field.getPromptText().isEmpty()) {
            double room = field.getWidth() - field.getPadding().getLeft() - field.getPadding().getRight();
            double wanted = TextWidth.of(field.getPromptText(), field.getFont());
            if (wanted > room + 0.5) {
                found.add(describe(node) + ": hint \"" + field.getPromptText() + "\" needs " + wanted + " px, has " + room);
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, cellChecked, found);
            }
        }
    }

    /**
     * Whether the text runs past the right edge of the area that clips it (a table narrower than its
     * columns): drawn without "…", yet not whole on the screen.
     */
    private static boolean beyondClip(Text text) {
        for (Node n = text.getParent(); n != null; n = n.getParent()) {
            if (n.getClip() != null) {
                Bounds shown = n.sceneToLocal(text.localToScene(text.getLayoutBounds()));
                Bounds room = n.getClip().getBoundsInParent();
                return shown.getMinX() < room.getMaxX() && shown.getMaxX() > room.getMaxX() + 0.5;
            }
        }
        return false;
    }

    private static String describe(Node node) {
        StringBuilder path = new StringBuilder();
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getId() != null) {
                path.insert(0, "#" + n.getId() + " ");
                break;
            }
        }
        return path + node.getClass().getSimpleName();
    }
}
