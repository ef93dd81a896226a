package vn.ptdv.ui.common;

import java.util.List;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import vn.ptdv.i18n.Messages;

/**
 * A long list shown a page at a time, with a button for the next page. A ward's to-do list or its
 * helpers run to thousands of lines: a node for each at once kept the screen from appearing at all,
 * for JavaFX styles and lays out every node, shown or scrolled away.
 */
public final class ShowMore {
    private ShowMore() {
    }

    /** The first {@code page} items as rows, then "Xem thêm" for the next page while any is left. */
    public static <T> VBox of(List<T> items, int page, double spacing, Function<T, Node> row) {
        VBox box = new VBox(spacing);
        addPage(box, items, 0, page, row);
        return box;
    }

    private static <T> void addPage(VBox box, List<T> items, int from, int page, Function<T, Node> row) {
        int to = Math.min(items.size(), from + page);
        for (T item : items.subList(from, to)) {
            box.getChildren().add(row.apply(item));
        }
        if (to < items.size()) {
            int left = items.size() - to;
            Button more = new Button(Messages.text("common.showMore", Math.min(page, left), left));
            more.getStyleClass().add("flat");
            more.setOnAction(e -> {
                box.getChildren().remove(more);
                addPage(box, items, to, page, row);
            });
            box.getChildren().add(more);
        }
    }
}
