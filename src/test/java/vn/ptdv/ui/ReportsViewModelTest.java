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
import vn.ptdv.report.ImportService;
import vn.ptdv.report.ReportService;
import vn.ptdv.service.Services;
import vn.ptdv.ui.common.CurrentThreadTaskRunner;
import vn.ptdv.ui.report.ReportsViewModel;

class ReportsViewModelTest {
    @TempDir
    Path folder;

    @Test
    void theReportIsWrittenWhereChosenAndCanBeOpened() throws Exception {
        Services services = TestData.services(folder);
        services.demo().fill();
        FakeDialogs dialogs = new FakeDialogs();
        Path file = folder.resolve("bao-cao.xlsx");
        dialogs.saveFile = Optional.of(file);
        List<Path> opened = new ArrayList<>();
        ReportsViewModel vm = new ReportsViewModel(new ReportService(services), new ImportService(services),
                new CurrentThreadTaskRunner(), dialogs, opened::add, TestData.CLOCK);
        assertThat(vm.reportDateProperty().get()).isEqualTo("27/11/2026");
        vm.load();
        assertThat(vm.placeProperty().get()).isEqualTo("Phố Lu");
        vm.placeProperty().set("Xã Phố Lu");

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
        try (var in = Files.newInputStream(file); var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            assertThat(wb.getSheetAt(0).getRow(1).getCell(3).getStringCellValue())
                    .isEqualTo("Xã Phố Lu, ngày 15 tháng 12 năm 2026");
        }
    }

    @Test
    void theTemplateIsMadeAndABadFileIsRefusedWithAMessage() throws Exception {
        Services services = TestData.services(folder);
        FakeDialogs dialogs = new FakeDialogs();
        ReportsViewModel vm = new ReportsViewModel(new ReportService(services), new ImportService(services),
                new CurrentThreadTaskRunner(), dialogs, p -> { }, TestData.CLOCK);
        Path template = folder.resolve("mau.xlsx");
        dialogs.saveFile = Optional.of(template);
        vm.makeTemplate();
        assertThat(template).exists();

        dialogs.openFile = Optional.of(template);
        dialogs.answer = true;
        vm.importFile();
        assertThat(dialogs.questions).singleElement().asString().contains("Thêm mới 0 người");
        // Under the import's buttons, not on the report's line.
        assertThat(vm.importStatusProperty().get()).startsWith("Đã nhập");
        assertThat(vm.statusProperty().get()).isEmpty();

        Path csv = folder.resolve("csv.xlsx");
        Files.writeString(csv, "a;b\n");
        dialogs.openFile = Optional.of(csv);
        vm.importFile();
        assertThat(dialogs.errors).singleElement().asString().contains("không phải là tệp Excel .xlsx")
                .contains("Tệp csv.xlsx không phải");
        assertThat(vm.runningProperty().get()).isFalse();
    }
}
