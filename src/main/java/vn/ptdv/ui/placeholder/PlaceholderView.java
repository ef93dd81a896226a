package vn.ptdv.ui.placeholder;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import vn.ptdv.i18n.Messages;
import vn.ptdv.ui.common.Screen;

/** A screen that is not built yet, and says so plainly: no invented numbers. */
public final class PlaceholderView implements Screen {
    private final VBox root;

    /** {@code key} names the screen: screen.KEY.title and screen.KEY.coming in the bundle. */
    public PlaceholderView(String key) {
        Messages m = Messages.current();
        Label title = new Label(m.get("screen." + key + ".title"));
        title.getStyleClass().add("title-2");
        Label notYet = new Label(m.get("placeholder.notBuilt"));
        notYet.getStyleClass().add("text-warning");
        Label coming = new Label(m.get("screen." + key + ".coming"));
        coming.setWrapText(true);
        coming.setMaxWidth(640);
        root = new VBox(14, title, notYet, coming);
        root.setAlignment(Pos.TOP_LEFT);
        root.getStyleClass().add("pane-padding");
        root.setId(key + "Screen");
    }

    @Override
    public Node node() {
        return root;
    }
}
