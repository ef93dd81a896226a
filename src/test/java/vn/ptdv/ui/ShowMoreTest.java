package vn.ptdv.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.ptdv.ui.common.ShowMore;

/** A long list shows a page, then the next page at each "Xem thêm", until all are shown. */
@ExtendWith(ApplicationExtension.class)
class ShowMoreTest {
    @Start
    void start(Stage stage) {
        // Only the toolkit is needed.
    }

    @Test
    void aPageAtATimeUntilAllAreShown() {
        List<Integer> items = IntStream.rangeClosed(1, 120).boxed().toList();
        VBox box = ShowMore.of(items, 50, 2, i -> new Label("Dòng " + i));
        assertThat(box.getChildren()).hasSize(51);
        Button more = (Button) box.getChildren().get(50);
        assertThat(more.getText()).isEqualTo("Xem thêm 50 (còn 70)");

        more.fire();
        assertThat(box.getChildren()).hasSize(101);
        Button last = (Button) box.getChildren().get(100);
        assertThat(last.getText()).isEqualTo("Xem thêm 20 (còn 20)");

        last.fire();
        assertThat(box.getChildren()).hasSize(120).allSatisfy(n -> assertThat(n).isInstanceOf(Label.class));
        assertThat(((Label) box.getChildren().get(119)).getText()).isEqualTo("Dòng 120");
    }
}
