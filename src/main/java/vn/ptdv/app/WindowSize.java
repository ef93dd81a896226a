package vn.ptdv.app;

import javafx.geometry.Rectangle2D;

/**
 * The main window's place and sizes on a screen: it never asks for more than the screen's room (the task
 * bar taken off, wherever it is), so that it fits the smallest screen supported, 1366×768 at 125 %
 * (1093×582 logical pixels). {@code width}×{@code height} is the inside (the scene); the system adds
 * its title bar above it, which the first size leaves room for. The minimum is the whole window's.
 */
record WindowSize(double x, double y, double width, double height, double minWidth, double minHeight) {
    /** Below this the screens no longer hold their list and a candidate's page side by side. */
    static final double MIN_WIDTH = 880;
    /** Below this the list shows too few people to work with. */
    static final double MIN_HEIGHT = 520;
    /** A title bar at 150 % on Windows, in logical pixels: room kept for it above the inside. */
    static final double TITLE_BAR = 32;

    /** Most of the screen at first (where the window manager ignores "maximized"), centred, all within it. */
    static WindowSize on(Rectangle2D screen) {
        double minWidth = Math.min(MIN_WIDTH, screen.getWidth());
        double minHeight = Math.min(MIN_HEIGHT, screen.getHeight());
        double width = Math.max(minWidth, screen.getWidth() * 0.96);
        double insideRoom = Math.max(0, screen.getHeight() - TITLE_BAR);
        double height = Math.min(insideRoom, Math.max(minHeight - TITLE_BAR, screen.getHeight() * 0.94));
        double x = screen.getMinX() + (screen.getWidth() - width) / 2;
        double y = screen.getMinY() + (screen.getHeight() - TITLE_BAR - height) / 2;
        return new WindowSize(x, Math.max(screen.getMinY(), y), width, height, minWidth, minHeight);
    }
}
