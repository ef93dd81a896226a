package vn.ptdv.ui.fit;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The office screens the program must fit, in logical pixels (JavaFX lays out in those at any scale):
 * the screen less its task bar (what a window may take), and the window's inside less its title bar.
 */
final class Sizes {
    /** 1366×768 at 100 %: a 40-pixel task bar, a 23-pixel title bar. */
    static final Size OFFICE = new Size("1366x768", 1366, 728, 1366, 705, 1);
    /** 1366×768 at 125 %: 1093×614 logical, the task bar 32 of them: the smallest screen supported. */
    static final Size SCALED_125 = new Size("125pc-1366x768", 1093, 582, 1093, 558, 1.25);
    /** 1920×1080 at 150 %: 1280×720 logical, the task bar 27 of them. */
    static final Size SCALED_150 = new Size("150pc-1920x1080", 1280, 693, 1280, 650, 1.5);
    static final List<Size> ALL = List.of(OFFICE, SCALED_125, SCALED_150);

    private Sizes() {
    }

    /** The window sized as that screen gives it, unmaximized (Monocle keeps a maximized stage at its own size). */
    static void resize(FxRobot robot, Stage stage, Size size) {
        // On a loaded machine the window's own maximising at start can land after the first resize:
        // the size is asked again until it holds once the layout has followed.
        for (int attempt = 0; attempt < 3; attempt++) {
            robot.interact(() -> {
                stage.setMaximized(false);
                stage.setMinWidth(0);
                stage.setMinHeight(0);
                stage.setX(0);
                stage.setY(0);
                stage.setWidth(size.windowWidth());
                stage.setHeight(size.windowHeight());
            });
            // Monocle resizes in steps: wait until the scene has the size, then for the layout that follows.
            try {
                WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> hasSize(stage, size));
            } catch (java.util.concurrent.TimeoutException e) {
                throw new AssertionError("the window did not take the size " + size, e);
            }
            WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            if (hasSize(stage, size) && !stage.isMaximized()) {
                return;
            }
        }
        throw new AssertionError("the window did not keep the size " + size);
    }

    private static boolean hasSize(Stage stage, Size size) {
        return stage.getScene().getWidth() == size.windowWidth() && stage.getScene().getHeight() == size.windowHeight();
    }

    /**
     * A screen: {@code screenWidth}×{@code screenHeight} for windows and dialogs (task bar taken off),
     * {@code windowWidth}×{@code windowHeight} inside the main window, drawn at {@code scale}.
     */
    record Size(String name, double screenWidth, double screenHeight, double windowWidth, double windowHeight,
                double scale) {
    }
}
