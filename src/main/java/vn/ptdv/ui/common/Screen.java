package vn.ptdv.ui.common;

import javafx.scene.Node;

/** A screen of the main window. */
public interface Screen {
    Node node();

    /** Called each time the person navigates to the screen: reload what other screens may have changed. */
    default void onShow() {
    }
}
