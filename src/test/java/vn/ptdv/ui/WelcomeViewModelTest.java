package vn.ptdv.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ptdv.TestData;
import vn.ptdv.domain.Cell;
import vn.ptdv.report.ImportService;
import vn.ptdv.service.Services;
import vn.ptdv.ui.common.CurrentThreadTaskRunner;
import vn.ptdv.ui.report.ExcelFlows;
import vn.ptdv.ui.settings.WelcomeViewModel;
import vn.ptdv.ui.settings.WelcomeViewModel.Start;

/** The first-start welcome without JavaFX: what is saved for each way to begin, and when nothing is. */
class WelcomeViewModelTest {
    @TempDir
    Path folder;

    private Services services;
    private FakeDialogs dialogs;
    private WelcomeViewModel vm;

    @BeforeEach
    void open() {
        services = TestData.services(folder);
        dialogs = new FakeDialogs();
        CurrentThreadTaskRunner tasks = new CurrentThreadTaskRunner();
        vm = new WelcomeViewModel(services.cell(), services.candidates(), services.demo(),
                new ExcelFlows(new ImportService(services), tasks, dialogs), tasks, dialogs);
    }

    private void typeTheCell() {
        vm.cell().nameProperty().set("Chi bộ Tổ dân phố số 3");
        vm.cell().superiorCommitteeProperty().set("Đảng bộ phường Bắc Lệnh");
        vm.cell().secretaryNameProperty().set("Hoàng Văn Nam");
    }

    @Test
    void withoutTheCellsNameNothingIsSavedAndTheFieldSaysWhy() {
        vm.startProperty().set(Start.SAMPLE);
        vm.begin();
        assertThat(vm.cell().errors()).containsEntry("cellName", "Chưa nhập tên chi bộ.");
        assertThat(vm.outcomeProperty().get()).isNull();
        assertThat(services.cell().cell()).isEmpty();
        assertThat(services.candidates().count()).isZero();
    }

    @Test
    void theDefaultIsAnEmptyListAndItSavesTheThreeDetailsOnly() {
        assertThat(vm.startProperty().get()).isEqualTo(Start.EMPTY);
        assertThat(vm.startLabelProperty().get()).isEqualTo("Bắt đầu");
        typeTheCell();
        vm.begin();
        assertThat(services.cell().cell()).contains(new Cell("Chi bộ Tổ dân phố số 3", "Đảng bộ phường Bắc Lệnh", "",
                "Hoàng Văn Nam", 0));
        assertThat(services.candidates().count()).isZero();
        assertThat(vm.outcomeProperty().get()).isEqualTo(new WelcomeViewModel.Outcome(Start.EMPTY, ""));
        assertThat(vm.runningProperty().get()).isFalse();
    }

    @Test
    void sampleDataFillsTheListUnderTheCellAsTyped() {
        typeTheCell();
        vm.startProperty().set(Start.SAMPLE);
        vm.begin();
        assertThat(services.candidates().count()).isEqualTo(13);
        assertThat(services.cell().cell()).hasValueSatisfying(c -> assertThat(c.name()).isEqualTo("Chi bộ Tổ dân phố số 3"));
        assertThat(vm.outcomeProperty().get().summary()).isEqualTo("Đã thêm 13 quần chúng mẫu.");
    }

    @Test
    void sampleDataIsRefusedWhenTheFileAlreadyHasPeopleAndNothingIsSaved() {
        services.candidates().save(TestData.candidate("Lò Thị Mai").build(), vn.ptdv.service.PhotoUpdate.keep());
        typeTheCell();
        vm.startProperty().set(Start.SAMPLE);
        vm.begin();
        assertThat(dialogs.errors).singleElement().asString().isEqualTo("Tệp dữ liệu này đã có quần chúng nên không thêm dữ liệu mẫu. Xin chọn cách bắt đầu khác.");
        assertThat(services.cell().cell()).isEmpty();
        assertThat(services.candidates().count()).isEqualTo(1);
        assertThat(vm.outcomeProperty().get()).isNull();
        assertThat(vm.runningProperty().get()).isFalse();
    }

    @Test
    void anImportShowsItsPreviewAndOnlyWhenConfirmedAddsThePeopleAndSavesTheCell() throws Exception {
        Path file = ImportFiles.people(folder.resolve("danh-sach.xlsx"),
                new String[] {"Nguyễn Thị Thảo", "Nữ", "12/04/1998"}, new String[] {"Đỗ Anh Vinh", "Nam", "29/02/1992"});
        typeTheCell();
        vm.startProperty().set(Start.IMPORT);
        assertThat(vm.startLabelProperty().get()).isEqualTo("Chọn tệp Excel…");

        // No file chosen: nothing happens, and the welcome waits for another choice.
        vm.begin();
        assertThat(dialogs.questions).isEmpty();
        assertThat(vm.runningProperty().get()).isFalse();

        // The preview, declined: still nothing.
        dialogs.openFile = Optional.of(file);
        dialogs.answer = false;
        vm.begin();
        assertThat(dialogs.questions).singleElement().asString().contains("Thêm mới 2 người")
                .contains("Nguyễn Thị Thảo").contains("Đỗ Anh Vinh");
        assertThat(services.candidates().count()).isZero();
        assertThat(services.cell().cell()).isEmpty();
        assertThat(vm.outcomeProperty().get()).isNull();

        dialogs.answer = true;
        vm.begin();
        assertThat(services.candidates().count()).isEqualTo(2);
        assertThat(services.cell().cell()).hasValueSatisfying(c -> assertThat(c.secretaryName()).isEqualTo("Hoàng Văn Nam"));
        assertThat(vm.outcomeProperty().get()).isEqualTo(new WelcomeViewModel.Outcome(Start.IMPORT,
                "Đã nhập: thêm 2 người, cập nhật 0 người, thêm 0 bước."));
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aFileWithErrorsIsRefusedWithWhereTheyAreThenAnotherChoiceStillWorks() throws Exception {
        Path file = ImportFiles.people(folder.resolve("thieu-ngay-sinh.xlsx"),
                new String[] {"Nguyễn Thị Thảo", "Nữ", "12/04/1998"}, new String[] {"Đỗ Anh Vinh", "Nam", ""});
        typeTheCell();
        vm.startProperty().set(Start.IMPORT);
        dialogs.openFile = Optional.of(file);
        vm.begin();
        assertThat(dialogs.errors).singleElement().asString().contains("Quần chúng").contains("dòng 3")
                .contains("Ngày sinh").contains("Có lỗi nên chưa nhập gì");
        assertThat(dialogs.questions).isEmpty();
        assertThat(services.candidates().count()).isZero();
        assertThat(services.cell().cell()).isEmpty();
        assertThat(vm.runningProperty().get()).isFalse();

        Path notExcel = Files.writeString(folder.resolve("ghi-chu.xlsx"), "không phải Excel");
        dialogs.openFile = Optional.of(notExcel);
        vm.begin();
        assertThat(dialogs.errors).last().asString().contains("ghi-chu.xlsx");
        assertThat(services.cell().cell()).isEmpty();

        vm.startProperty().set(Start.EMPTY);
        vm.begin();
        assertThat(services.cell().cell()).isPresent();
        assertThat(vm.outcomeProperty().get().start()).isEqualTo(Start.EMPTY);
    }

    @Test
    void theTemplateIsSavedWhereChosenAndTheMessageSaysWhereAndWhatNext() throws Exception {
        typeTheCell();
        vm.startProperty().set(Start.TEMPLATE);
        assertThat(vm.startLabelProperty().get()).isEqualTo("Lưu tệp mẫu…");
        vm.begin();
        assertThat(services.cell().cell()).as("no place chosen: nothing saved").isEmpty();

        Path template = folder.resolve("mau-nhap.xlsx");
        dialogs.saveFile = Optional.of(template);
        vm.begin();
        assertThat(template).isRegularFile();
        assertThat(new ImportService(services).preview(template).canApply()).isTrue();
        assertThat(dialogs.infos).singleElement().asString().contains(template.toString())
                .contains("Báo cáo › Nhập từ Excel").contains("lệnh import");
        assertThat(services.cell().cell()).isPresent();
        assertThat(services.candidates().count()).isZero();
        assertThat(vm.outcomeProperty().get().summary()).contains(template.toString());
    }

    @Test
    void aTemplateThatCannotBeWrittenSavesNothing() throws Exception {
        typeTheCell();
        vm.startProperty().set(Start.TEMPLATE);
        // A "folder" that is a file: no template can be written inside it.
        Path notAFolder = Files.writeString(folder.resolve("tep-thuong"), "");
        dialogs.saveFile = Optional.of(notAFolder.resolve("mau.xlsx"));
        vm.begin();
        assertThat(dialogs.errors).hasSize(1);
        assertThat(services.cell().cell()).isEmpty();
        assertThat(vm.outcomeProperty().get()).isNull();
        assertThat(vm.runningProperty().get()).isFalse();
    }
}
