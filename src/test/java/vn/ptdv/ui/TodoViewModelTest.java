package vn.ptdv.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ptdv.TestData;
import vn.ptdv.service.Services;
import vn.ptdv.service.TodoItem;
import vn.ptdv.ui.common.CurrentThreadTaskRunner;
import vn.ptdv.ui.common.DialogService;
import vn.ptdv.ui.dashboard.TodoViewModel;

/** The to-do list of the sample cell on 27/11/2026. */
class TodoViewModelTest {
    @TempDir
    Path folder;

    private Services services;
    private final FakeDialogs dialogs = new FakeDialogs();
    private TodoViewModel vm;

    @BeforeEach
    void open() {
        services = TestData.services(folder);
        services.demo().fill();
        vm = new TodoViewModel(services.checks(), services.cell(), new CurrentThreadTaskRunner(), dialogs, TestData.CLOCK);
        vm.load(() -> { });
    }

    private static String name(TodoItem i) {
        return i.finding().candidateName();
    }

    @Test
    void overdueFirstThenByHowSoonTheyFallDue() {
        // The ceremony (an error) first; then the warnings by due date: Tuấn's review and task, Hà's helper,
        // Huy's first review.
        assertThat(vm.group(TodoItem.Group.OVERDUE)).extracting(TodoViewModelTest::name)
                .containsExactly("Đỗ Anh Vinh", "Vũ Minh Tuấn", "Vũ Minh Tuấn", "Lý Thị Hà", "Ngô Quang Huy");
        // Reviews due within 30 days: Lan's on 08/12, Khánh's on Saturday 12/12 moved to Monday 14/12.
        assertThat(vm.group(TodoItem.Group.WITHIN_30)).extracting(TodoViewModelTest::name)
                .containsExactly("Bùi Thị Lan", "Nguyễn Văn Khánh");
        assertThat(vm.group(TodoItem.Group.WITHIN_60)).extracting(TodoViewModelTest::name).containsExactly("Hoàng Văn Đức");
        assertThat(vm.group(TodoItem.Group.LATER)).hasSize(3);
        assertThat(vm.overdueCount()).isEqualTo(5);
        assertThat(vm.todayText()).isEqualTo("27/11/2026");
    }

    @Test
    void anAcknowledgementIsKeptWithWhoAndWhenAndCanBeWithdrawn() {
        TodoItem vinh = vm.group(TodoItem.Group.OVERDUE).get(0);
        dialogs.acknowledgement = Optional.of(new DialogService.Acknowledgement(
                "Cấp trên đồng ý lùi lễ kết nạp (Công văn 12-CV/ĐU)", "Nguyễn Văn Hùng"));
        vm.acknowledge(vinh);

        assertThat(dialogs.questions).anySatisfy(q -> assertThat(q).contains("Đỗ Anh Vinh"));
        assertThat(vm.group(TodoItem.Group.OVERDUE)).extracting(TodoViewModelTest::name)
                .containsExactly("Vũ Minh Tuấn", "Vũ Minh Tuấn", "Lý Thị Hà", "Ngô Quang Huy");
        TodoItem acknowledged = vm.group(TodoItem.Group.ACKNOWLEDGED).get(0);
        assertThat(acknowledged.acknowledgement()).hasValueSatisfying(a -> {
            assertThat(a.reason()).contains("12-CV/ĐU");
            assertThat(a.acknowledgedBy()).isEqualTo("Nguyễn Văn Hùng");
            assertThat(a.acknowledgedAt().toLocalDate()).isEqualTo(TestData.TODAY);
        });

        dialogs.answer = true;
        vm.withdraw(acknowledged);
        assertThat(vm.group(TodoItem.Group.ACKNOWLEDGED)).isEmpty();
        assertThat(vm.overdueCount()).isEqualTo(5);
    }

    @Test
    void aCancelledAcknowledgementChangesNothing() {
        vm.acknowledge(vm.group(TodoItem.Group.OVERDUE).get(0));
        assertThat(vm.group(TodoItem.Group.ACKNOWLEDGED)).isEmpty();
    }

    @Test
    void everyOpenDeadlineIsExportedToACalendarFile() throws Exception {
        Path ics = folder.resolve("han.ics");
        dialogs.saveFile = Optional.of(ics);
        vm.exportCalendar();
        String text = Files.readString(ics);
        // The overdue ceremony, helper, reviews and task, the reviews due in December and the decision
        // due in January.
        assertThat(text.split("BEGIN:VEVENT", -1)).hasSize(9);
        assertThat(text).contains("DTSTART;VALUE=DATE:20270105", "DTSTART;VALUE=DATE:20261023")
                .contains("SUMMARY:Hoàng Văn Đức: hạn cấp trên quyết định kết nạp").doesNotContain("DECISION_DEADLINE)");
        assertThat(vm.statusProperty().get()).contains("8");
    }
}
