package vn.ptdv.ui.candidate;

import javafx.scene.AccessibleRole;
import javafx.scene.layout.Region;

/**
 * The bar of the "Hồ sơ" column: a track and its filled part, two plain regions. A JavaFX
 * ProgressBar per row (a skin, its animation, a dozen styled parts) cost the list's first frame a
 * sixth of its time for a bar that never moves by itself.
 */
final class FileBar extends Region {
    private final Region fill = new Region();
    private double progress;

    FileBar() {
        getStyleClass().add("file-progress");
        fill.getStyleClass().add("fill");
        fill.setManaged(false);
        getChildren().add(fill);
        setAccessibleRole(AccessibleRole.PROGRESS_INDICATOR);
    }

    /** The filled part, from 0 (nothing) to 1 (all). */
    void setProgress(double value) {
        progress = Math.max(0, Math.min(1, value));
        requestLayout();
    }

    double progress() {
        return progress;
    }

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double width = getWidth() - x - snappedRightInset();
        double height = getHeight() - y - snappedBottomInset();
        fill.resizeRelocate(x, y, snapSizeX(width * progress), height);
    }

    @Override
    protected double computePrefWidth(double height) {
        return 40;
    }
}
