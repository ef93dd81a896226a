package vn.ptdv.ui.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.ptdv.TestData;
import vn.ptdv.app.DesktopWindow;
import vn.ptdv.domain.CandidateSummary;
import vn.ptdv.ui.common.LayoutMemory;

/**
 * Without the mouse: the list's actions have keys, each named in its button's tooltip, and the Tab key goes
 * through the candidate's form, the step and journal editors and the cell's settings in reading order.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardTest {

    @TempDir
    static Path folder;
    private Stage stage;

    @BeforeAll
    static void data() throws Exception {
        LayoutMemory.forUser("candidates").forget();
        TestData.demoCell(folder.resolve("keys.db")).close();
    }

    @AfterAll
    static void forget() throws Exception {
        LayoutMemory.forUser("candidates").forget();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        new DesktopWindow(folder.resolve("keys.db"), false, TestData.CLOCK, path -> { }).open(stage);
    }

    @Test
    void everyShortcutIsNamedInItsTooltipAndTabGoesThroughEachFormInReadingOrder(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#candidateTable").tryQuery().isPresent());
        TableView<CandidateSummary> table = robot.lookup("#candidateTable").queryTableView();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        // Someone in cultivation, whose file takes new steps.
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(c -> c.fullName().equals("Trần Thị Mai Anh")).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#saveCandidateButton").tryQuery().isPresent()
                && robot.lookup("#addCandidateButton").queryAs(Control.class).getTooltip() != null);
        Scene scene = stage.getScene();

        // Each key is bound, and its button says which it is.
        KeyCombination newKey = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
        KeyCombination saveKey = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
        KeyCombination findKey = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
        assertThat(scene.getAccelerators()).containsKeys(newKey, saveKey, findKey);
        assertThat(tooltip(robot, "#addCandidateButton")).contains("(" + newKey.getDisplayText() + ")");
        assertThat(tooltip(robot, "#saveCandidateButton")).contains("(" + saveKey.getDisplayText() + ")");
        assertThat(tooltip(robot, "#candidateSearchField")).contains("(" + findKey.getDisplayText() + ")");
        assertThat(tooltip(robot, "#detailToggle")).contains("(F9)");
        robot.interact(() -> scene.getAccelerators().get(findKey).run());
        assertThat(scene.getFocusOwner().getId()).isEqualTo("candidateSearchField");
        // Down in the search field goes to the results, keeping the one chosen.
        robot.type(KeyCode.DOWN);
        assertThat(scene.getFocusOwner().getId()).isEqualTo("candidateTable");
        assertThat(table.getSelectionModel().getSelectedItem().fullName()).isEqualTo("Trần Thị Mai Anh");
        SplitPane split = robot.lookup("#candidatesSplit").queryAs(SplitPane.class);
        robot.type(KeyCode.F9);
        assertThat(split.getItems()).hasSize(1);
        robot.type(KeyCode.F9);
        assertThat(split.getItems()).hasSize(2);

        // The candidate's form, from its first field.
        Node fullName = robot.lookup("#candidateField_fullName").query();
        Node grid = ancestor(fullName, "form-grid");
        focus(robot, fullName);
        List<Control> form = TabOrder.walk(robot, scene, grid, 80);
        assertThat(form).hasSizeGreaterThan(15);
        assertThat(TabOrder.outOfReadingOrder(form)).isEmpty();

        // Ctrl+Tab from a field of the page goes to the next tab, Ctrl+Shift+Tab back.
        TabPane tabs = robot.lookup("#candidateTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(0));
        focus(robot, fullName);
        robot.press(KeyCode.CONTROL).type(KeyCode.TAB).release(KeyCode.CONTROL);
        assertThat(tabs.getSelectionModel().getSelectedIndex()).isEqualTo(1);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(tabs.getSelectionModel().getSelectedIndex()).isZero();

        // The step editor and the journal's editor, from where their focus is when they open.
        robot.interact(() -> tabs.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        press(robot, "#addStepButton");
        checkDialog(robot, "#saveStepButton");
        robot.interact(() -> tabs.getSelectionModel().select(2));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.MenuButton add = robot.lookup("#addJournalMenu").queryAs(javafx.scene.control.MenuButton.class);
        // Not waited for: the dialog it opens waits for the person.
        javafx.application.Platform.runLater(() -> add.getItems().stream()
                .filter(i -> "addJournal_REVIEW".equals(i.getId())).findFirst().orElseThrow().fire());
        checkDialog(robot, "#saveJournalButton");

        // The cell's settings, from their first field.
        press(robot, "#navSettings");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#saveCellButton").tryQuery().isPresent());
        TabPane settings = robot.lookup("#settingsScreen").queryAs(TabPane.class);
        Node cellTab = settings.getSelectionModel().getSelectedItem().getContent();
        Node first = robot.from(cellTab).lookup(".text-field").query();
        focus(robot, first);
        List<Control> cell = TabOrder.walk(robot, scene, cellTab, 40);
        assertThat(cell).hasSizeGreaterThan(3);
        assertThat(TabOrder.outOfReadingOrder(cell)).isEmpty();
    }

    /**
     * The button pressed from the keyboard (the space bar on it). Not clicked: the count of overdue work pops
     * up over the window's corner after the start, and a click there lands on it.
     */
    private static void press(FxRobot robot, String query) {
        focus(robot, robot.lookup(query).query());
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void focus(FxRobot robot, Node node) {
        robot.interact(node::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String tooltip(FxRobot robot, String query) {
        Control control = robot.lookup(query).queryAs(Control.class);
        assertThat(control.getTooltip()).as(query + "'s tooltip").isNotNull();
        return control.getTooltip().getText();
    }

    private static Node ancestor(Node node, String styleClass) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getStyleClass().contains(styleClass)) {
                return n;
            }
        }
        throw new AssertionError("no ." + styleClass + " above " + node);
    }

    /** The dialog holding {@code query}: Tab from its first focus through it in reading order; then cancelled. */
    static void checkDialog(FxRobot robot, String query) throws Exception {
        Window dialog = vn.ptdv.ui.OpenDialogs.holding(robot, query);
        Scene scene = dialog.getScene();
        assertThat(scene.getFocusOwner()).as(query + "'s dialog has the focus on opening").isNotNull();
        List<Control> order = TabOrder.walk(robot, scene, scene.getRoot(), 60);
        assertThat(order).as(query + "'s dialog").hasSizeGreaterThan(2);
        assertThat(TabOrder.outOfReadingOrder(order)).as(query + "'s dialog").isEmpty();
        // Closed at once: going through the fields changed nothing, so there is nothing to confirm.
        vn.ptdv.ui.OpenDialogs.cancel(robot, dialog);
    }
}
