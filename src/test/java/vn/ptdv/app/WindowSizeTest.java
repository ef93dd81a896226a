package vn.ptdv.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WindowSizeTest {
    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource(textBlock = """
            # the screen's room (task bar off), logical pixels
            1093, 582
            1280, 693
            1366, 728
            1920, 1040
            800, 450
            """)
    void theWindowAndItsMinimumFitTheScreensRoom(double width, double height) {
        WindowSize size = WindowSize.on(new Rectangle2D(0, 0, width, height));

        assertThat(size.width()).isLessThanOrEqualTo(width).isGreaterThanOrEqualTo(size.minWidth());
        assertThat(size.height()).isLessThanOrEqualTo(height).isGreaterThanOrEqualTo(size.minHeight());
        assertThat(size.minWidth()).isLessThanOrEqualTo(width);
        assertThat(size.minHeight()).isLessThanOrEqualTo(height);
    }

    @org.junit.jupiter.api.Test
    void onTheSmallestScreenSupportedTheMinimumLeavesRoomForTheTitleBarAndTheListBesideThePage() {
        // 1366×768 at 125 %: 1093×614 logical, the task bar 32 of them.
        WindowSize size = WindowSize.on(new Rectangle2D(0, 0, 1093, 582));

        assertThat(size.minWidth()).isEqualTo(WindowSize.MIN_WIDTH);
        assertThat(size.minHeight()).isLessThan(582 - 30);
    }
}
