package vn.ptdv.ui;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The dialog a UI test opened: found once shown, and left with its cancel (or close) button. */
public final class OpenDialogs {
    private OpenDialogs() {
    }

    /** The dialog window holding {@code query}, once it is shown and has fitted its content. */
    public static Window holding(FxRobot robot, String query) throws Exception {
        Window main = robot.listTargetWindows().get(0);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery()
                .filter(n -> n.getScene() != null && n.getScene().getWindow() != main
                        && n.getScene().getWindow().isShowing())
                .isPresent());
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS); // the dialogs fit their window once shown
        WaitForAsyncUtils.waitForFxEvents();
        Node inside = robot.lookup(query).match(n -> n.getScene().getWindow() != main).query();
        return inside.getScene().getWindow();
    }

    /** Clicks the dialog's cancel (or close) button and waits until it is gone. */
    public static void cancel(FxRobot robot, Window dialog) throws Exception {
        DialogPane pane = (DialogPane) dialog.getScene().getRoot();
        ButtonType leave = pane.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == ButtonBar.ButtonData.CANCEL_CLOSE).findFirst().orElseThrow();
        robot.clickOn(pane.lookupButton(leave));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialog.isShowing());
    }
}
