package vn.ptdv.app;

import javafx.geometry.Rectangle2D;

/**
 * The main window's sizes on a screen: it never asks for more than the screen's room (the task bar
 * taken off), so that it fits the smallest screen supported, 1366×768 at 125 % (1093×582 logical pixels).
 */
record WindowSize(double width, double height, double minWidth, double minHeight) {
    /** Below this the screens no longer hold their list and a candidate's page side by side. */
    static final double MIN_WIDTH = 880;
    /** Below this the list shows too few people to work with. */
    static final double MIN_HEIGHT = 520;

    /** Most of the screen at first (where the window manager ignores "maximized"), all within it. */
    static WindowSize on(Rectangle2D screen) {
        double minWidth = Math.min(MIN_WIDTH, screen.getWidth());
        double minHeight = Math.min(MIN_HEIGHT, screen.getHeight());
        return new WindowSize(Math.max(minWidth, screen.getWidth() * 0.96), Math.max(minHeight, screen.getHeight() * 0.94),
                minWidth, minHeight);
    }
}
