package vn.ptdv.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ptdv.TestData;
import vn.ptdv.report.ReportService;
import vn.ptdv.service.Services;
import vn.ptdv.ui.common.CurrentThreadTaskRunner;
import vn.ptdv.ui.report.ReportsViewModel;

class ReportsViewModelTest {
    @TempDir
    Path folder;

    @Test
    void theReportIsWrittenWhereChosenAndCanBeOpened() {
        Services services = TestData.services(folder);
        services.demo().fill();
        FakeDialogs dialogs = new FakeDialogs();
        Path file = folder.resolve("bao-cao.xlsx");
        dialogs.saveFile = Optional.of(file);
        List<Path> opened = new ArrayList<>();
        ReportsViewModel vm = new ReportsViewModel(new ReportService(services), new CurrentThreadTaskRunner(), dialogs,
                opened::add, TestData.CLOCK);
        assertThat(vm.reportDateProperty().get()).isEqualTo("27/11/2026");

        vm.reportDateProperty().set("31/11/2026");
        vm.export();
        assertThat(vm.errors()).containsKey("reportDate");
        assertThat(file).doesNotExist();

        vm.reportDateProperty().set("15/12/2026");
        vm.export();
        assertThat(file).exists();
        assertThat(vm.statusProperty().get()).contains("2026").contains(file.toString());
        assertThat(vm.runningProperty().get()).isFalse();
        vm.openFile();
        vm.openFolder();
        assertThat(opened).containsExactly(file, folder);
        assertThat(dialogs.errors).isEmpty();
        assertThat(Files.isRegularFile(file)).isTrue();
    }
}
