package vn.ptdv.ui.common;

import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Tab (and Shift+Tab) leave a text area for the next (previous) field, as in every other field of a form,
 * instead of typing a tab into it: a person going through a form with the keyboard would otherwise be stuck
 * in it, and the tab typed would count as a change to save or to discard.
 */
public final class TabLeavesTextArea {
    private TabLeavesTextArea() {
    }

    public static TextArea on(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown()) {
                e.consume();
                // The text area's own keys move the focus on Ctrl+Tab (Ctrl+Shift+Tab back).
                area.fireEvent(new KeyEvent(e.getSource(), e.getTarget(), KeyEvent.KEY_PRESSED, e.getCharacter(),
                        e.getText(), KeyCode.TAB, e.isShiftDown(), true, false, false));
            }
        });
        return area;
    }
}
