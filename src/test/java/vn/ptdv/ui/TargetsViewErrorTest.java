package vn.ptdv.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.ptdv.TestData;
import vn.ptdv.service.Services;
import vn.ptdv.ui.common.CurrentThreadTaskRunner;
import vn.ptdv.ui.target.TargetsView;
import vn.ptdv.ui.target.TargetsViewModel;

/** A target's error comes and goes without moving the fields: it is told in the row's last column. */
@ExtendWith(ApplicationExtension.class)
class TargetsViewErrorTest {
    @TempDir
    static Path folder;

    private TargetsViewModel vm;

    @Start
    void start(Stage stage) {
        Services services = TestData.services(folder);
        services.demo().fill();
        vm = new TargetsViewModel(services.targets(), new CurrentThreadTaskRunner(), new FakeDialogs(), TestData.CLOCK);
        TargetsView view = new TargetsView(vm);
        stage.setScene(new Scene((javafx.scene.Parent) view.node(), 1200, 700));
        stage.show();
        view.onShow();
    }

    @Test
    void anErrorMovesNoFieldAndIsToldBesideTheRow(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Bounds maxBefore = bounds(robot, "#target_cultivatedMax");
        Bounds belowBefore = bounds(robot, "#target_admittedMin");

        robot.interact(() -> {
            vm.number("cultivatedMax").set("1");
            vm.save();
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(vm.errors()).containsKey("cultivatedMax");
        assertThat(robot.lookup("#target_cultivatedMax").query().getPseudoClassStates().toString()).contains("danger");
        assertThat(robot.lookup("#targetReached_cultivated").queryAs(Label.class).getText())
                .contains("Tối đa (1) nhỏ hơn tối thiểu (3)");
        assertThat(bounds(robot, "#target_cultivatedMax")).isEqualTo(maxBefore);
        assertThat(bounds(robot, "#target_admittedMin")).isEqualTo(belowBefore);

        robot.interact(() -> vm.number("cultivatedMax").set("5"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#targetReached_cultivated").queryAs(Label.class).getText()).doesNotContain("Tối đa");
        assertThat(bounds(robot, "#target_admittedMin")).isEqualTo(belowBefore);
    }

    private static Bounds bounds(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return node.localToScene(node.getBoundsInLocal());
    }
}
