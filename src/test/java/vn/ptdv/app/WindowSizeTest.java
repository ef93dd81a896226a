package vn.ptdv.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WindowSizeTest {
    @ParameterizedTest(name = "{2}×{3} at {0},{1}")
    @CsvSource(textBlock = """
            # the screen's room (task bar off), logical pixels, and where it starts
            0, 0, 1093, 582
            0, 0, 1280, 693
            0, 0, 1366, 728
            0, 0, 1920, 1040
            0, 0, 800, 450
            0, 40, 1366, 728
            60, 0, 1306, 768
            1366, 0, 1280, 1024
            """)
    void theWindowItsTitleBarAndItsMinimumAreWithinTheScreensRoom(double x, double y, double width, double height) {
        Rectangle2D room = new Rectangle2D(x, y, width, height);
        WindowSize size = WindowSize.on(room);

        assertThat(size.x()).isGreaterThanOrEqualTo(room.getMinX());
        assertThat(size.y()).isGreaterThanOrEqualTo(room.getMinY());
        assertThat(size.x() + size.width()).isLessThanOrEqualTo(room.getMaxX());
        assertThat(size.y() + WindowSize.TITLE_BAR + size.height()).isLessThanOrEqualTo(room.getMaxY());
        assertThat(size.minWidth()).isLessThanOrEqualTo(width);
        assertThat(size.minHeight()).isLessThanOrEqualTo(height);
        assertThat(size.width()).isGreaterThanOrEqualTo(size.minWidth());
        assertThat(size.height() + WindowSize.TITLE_BAR).isGreaterThanOrEqualTo(Math.min(size.minHeight(), height));
    }

    @org.junit.jupiter.api.Test
    void onTheSmallestScreenSupportedTheMinimumLeavesRoomForTheTitleBarAndTheListBesideThePage() {
        // 1366×768 at 125 %: 1093×614 logical, the task bar 32 of them.
        WindowSize size = WindowSize.on(new Rectangle2D(0, 0, 1093, 582));

        assertThat(size.minWidth()).isEqualTo(WindowSize.MIN_WIDTH);
        assertThat(size.minHeight()).isEqualTo(WindowSize.MIN_HEIGHT).isLessThan(582 - WindowSize.TITLE_BAR);
    }

    @org.junit.jupiter.api.Test
    void onAScreenSmallerThanTheMinimumTheMinimumIsTheScreensRoom() {
        WindowSize size = WindowSize.on(new Rectangle2D(0, 0, 800, 450));

        assertThat(size.minWidth()).isEqualTo(800);
        assertThat(size.minHeight()).isEqualTo(450);
        assertThat(size.height()).isEqualTo(450 - WindowSize.TITLE_BAR);
    }
}
