package vn.ptdv.ui.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
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
import vn.ptdv.domain.Candidate;
import vn.ptdv.domain.CandidateSummary;
import vn.ptdv.domain.PersonRole;
import vn.ptdv.domain.Step;
import vn.ptdv.domain.StepCode;
import vn.ptdv.domain.StepPerson;
import vn.ptdv.service.PhotoUpdate;
import vn.ptdv.service.Services;
import vn.ptdv.ui.common.LayoutMemory;

/**
 * A candidate with a 40-character name, opened: the page and each of its tabs at every office screen
 * size, then its dialogs (a step with introducers, a new step, a review in the journal, the file's
 * documents, a confirmation) against every screen's room. Nothing cut, nothing off the screen.
 */
@ExtendWith(ApplicationExtension.class)
class CandidatePageFitTest {

    @TempDir
    static Path folder;
    private Stage stage;

    @BeforeAll
    static void data() throws Exception {
        LayoutMemory.forUser("candidates").forget();
        try (Services services = TestData.demoCell(folder.resolve("page.db"))) {
            Candidate saved = services.candidates().save(TestData.candidate(CandidatesScreenFitTest.LONG_NAME).build(),
                    PhotoUpdate.keep());
            long id = saved.id();
            services.candidates().saveStep(Step.simple(id, StepCode.SOURCE_LISTED, LocalDate.of(2025, 3, 10)));
            services.candidates().saveStep(new Step(0, id, StepCode.HELPER_ASSIGNED, LocalDate.of(2025, 3, 20), "",
                    "", Optional.empty(), "", Optional.empty(), Optional.empty(), Optional.empty(), "",
                    List.of(new StepPerson(PersonRole.HELPER, "Trần Nguyễn Thị Phương Hoa", Optional.empty()))));
            services.candidates().saveStep(new Step(0, id, StepCode.AWARENESS_CLASS, LocalDate.of(2025, 6, 12),
                    "125-GCN/TTCT", "Trung tâm Chính trị huyện Bảo Thắng", Optional.empty(), "", Optional.empty(),
                    Optional.empty(), Optional.empty(), "", List.of()));
            services.candidates().saveStep(Step.simple(id, StepCode.APPLICATION, LocalDate.of(2026, 8, 1)));
            services.candidates().saveStep(new Step(0, id, StepCode.INTRODUCTION, LocalDate.of(2026, 9, 2), "", "",
                    Optional.empty(), "", Optional.empty(), Optional.empty(), Optional.empty(), "", List.of(
                    new StepPerson(PersonRole.INTRODUCER, "Trần Nguyễn Thị Phương Hoa", Optional.of(LocalDate.of(2024, 1, 5))),
                    new StepPerson(PersonRole.YOUTH_UNION_INTRODUCER, "Ban Chấp hành Đoàn xã Phố Lu",
                            Optional.of(LocalDate.of(2023, 5, 1))))));
        }
    }

    @AfterAll
    static void forget() throws Exception {
        LayoutMemory.forUser("candidates").forget();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        new DesktopWindow(folder.resolve("page.db"), false, TestData.CLOCK, path -> { }).open(stage);
    }

    @Test
    void theLongNamedCandidatesPageEveryTabAndEveryDialogOfItAreWholeAndOnTheScreen(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#candidateTable").tryQuery().isPresent());
        TableView<CandidateSummary> table = robot.lookup("#candidateTable").queryTableView();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> table.getItems().size() == 14);
        CandidateSummary longest = table.getItems().stream()
                .filter(c -> c.fullName().equals(CandidatesScreenFitTest.LONG_NAME)).findFirst().orElseThrow();
        robot.interact(() -> {
            table.getSelectionModel().select(longest);
            table.scrollTo(longest);
        });
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#candidateDetailTitle").tryQuery()
                .map(n -> ((javafx.scene.control.Labeled) n).getText().equals(CandidatesScreenFitTest.LONG_NAME))
                .orElse(false));
        List<String> problems = new ArrayList<>();
        TabPane tabs = robot.lookup("#candidateTabs").queryAs(TabPane.class);
        for (Sizes.Size size : Sizes.ALL) {
            Sizes.resize(robot, stage, size);
            Fit.everyTab(robot, tabs, tab -> problems.addAll(Fit.check(stage, size, "page-" + tab + "-" + size.name(),
                    cell -> "nameColumn".equals(cell.getTableColumn().getId()))));
        }

        // Dialogs are sized to their content: each must fit every screen's room (the main window at the
        // smallest, the dialogs drawn at each screen's scale).
        Sizes.resize(robot, stage, Sizes.SCALED_125);
        robot.interact(() -> tabs.getSelectionModel().select(1)); // the steps
        WaitForAsyncUtils.waitForFxEvents();
        ListView<Step> steps = robot.lookup("#stepList").queryListView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> steps.getItems().size() == 5);
        robot.interact(() -> steps.getSelectionModel().select(steps.getItems().stream()
                .filter(s -> s.code() == StepCode.INTRODUCTION).findFirst().orElseThrow()));
        robot.clickOn("#editStepButton");
        problems.addAll(checkAndCancel(robot, "#saveStepButton", Sizes.ALL, "dialog-step-introduction"));
        robot.clickOn("#addStepButton");
        problems.addAll(checkAndCancel(robot, "#saveStepButton", Sizes.ALL, "dialog-step-new"));
        robot.clickOn("#removeStepButton");
        problems.addAll(checkAndCancel(robot, ".dialog-pane", Sizes.ALL, "dialog-confirm-remove-step"));
        robot.clickOn("#formsButton");
        problems.addAll(checkAndCancel(robot, "#openFormsFolderButton", Sizes.ALL, "dialog-forms"));

        robot.interact(() -> tabs.getSelectionModel().select(2)); // the journal
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#addJournalMenu");
        robot.clickOn("#addJournal_REVIEW");
        problems.addAll(checkAndCancel(robot, "#saveJournalButton", Sizes.ALL, "dialog-journal-review"));
        robot.clickOn("#addJournalMenu");
        robot.clickOn("#addJournal_TASK");
        problems.addAll(checkAndCancel(robot, "#saveJournalButton", Sizes.ALL, "dialog-journal-task"));
        assertThat(problems).isEmpty();
    }

    /**
     * Checks the dialog that holds {@code query}, once shown, against each screen of {@code sizes} (its picture
     * named after the screen), then closes it with its cancel (or close) button.
     */
    static List<String> checkAndCancel(FxRobot robot, String query, List<Sizes.Size> sizes, String name)
            throws Exception {
        Window dialog = vn.ptdv.ui.OpenDialogs.holding(robot, query);
        List<String> found = new ArrayList<>();
        for (Sizes.Size size : sizes) {
            found.addAll(Fit.check(dialog, size, name + "-" + size.name(), cell -> false));
        }
        vn.ptdv.ui.OpenDialogs.cancel(robot, dialog);
        return found;
    }
}
