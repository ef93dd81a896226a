package vn.ptdv.ui.common;

/**
 * Sizes set in code, counted in the window's font size (ptdv.css sets it on the root) rather than in
 * pixels: a box made for some words keeps room for them whatever the font, and JavaFX scales it with the
 * screen (125 %, 150 %) as it does the text.
 */
public final class Em {
    /** The root font size of ptdv.css, in pixels; a test holds the two together. */
    public static final double ROOT_PX = 13;

    private Em() {
    }

    /** {@code count} em in pixels. */
    public static double of(double count) {
        return count * ROOT_PX;
    }
}
