package vn.ptdv.ui.common;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** The width a text takes in a font, as JavaFX lays it out: to size a column or a field to what it shows. */
public final class TextWidth {
    private TextWidth() {
    }

    public static double of(String text, Font font) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        Text measured = new Text(text);
        measured.setFont(font);
        return Math.ceil(measured.getLayoutBounds().getWidth());
    }
}
