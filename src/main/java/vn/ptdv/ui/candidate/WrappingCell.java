package vn.ptdv.ui.candidate;

import javafx.scene.control.ListCell;
import javafx.scene.text.Text;

/**
 * A list cell of several lines that wrap within the list's width (the timeline's steps, the journal's
 * entries): Text with a bound wrapping width reports its true height, which a wrapping Label does not.
 */
abstract class WrappingCell<T> extends ListCell<T> {
    WrappingCell() {
        setPrefWidth(0); // wrap long texts instead of widening the cell
    }

    protected Text text(String content, String styleClass) {
        Text text = new Text(content);
        text.getStyleClass().add(styleClass);
        if (getListView() != null) {
            text.wrappingWidthProperty().bind(getListView().widthProperty().subtract(40));
        }
        return text;
    }
}
