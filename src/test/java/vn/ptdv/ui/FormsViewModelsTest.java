package vn.ptdv.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ptdv.TestData;
import vn.ptdv.report.forms.FormKind;
import vn.ptdv.report.forms.FormService;
import vn.ptdv.service.Services;
import vn.ptdv.ui.candidate.FormsViewModel;
import vn.ptdv.ui.common.CurrentThreadTaskRunner;
import vn.ptdv.ui.settings.FormTemplatesViewModel;

/** "Hồ sơ giấy tờ" and Cài đặt → Mẫu giấy tờ, without JavaFX. */
class FormsViewModelsTest {
    @TempDir
    Path folder;

    private Services services;
    private FormService forms;
    private final FakeDialogs dialogs = new FakeDialogs();
    private final List<Path> opened = new ArrayList<>();

    @BeforeEach
    void open() {
        services = TestData.services(folder);
        services.demo().fill();
        forms = new FormService(services);
    }

    @AfterEach
    void close() {
        services.close();
    }

    private long id(String name) {
        return services.candidates().listSummaries().stream().filter(c -> c.fullName().equals(name))
                .findFirst().orElseThrow().id();
    }

    private FormsViewModel vm() {
        return new FormsViewModel(forms, services.candidates(), new CurrentThreadTaskRunner(), dialogs, opened::add,
                TestData.CLOCK);
    }

    @Test
    void aDocumentIsMadeInTheCandidatesFolderAndOpenedFromThere() {
        FormsViewModel vm = vm();
        vm.load(id("Hoàng Văn Đức"), () -> { });
        FormsViewModel.Row resolution = vm.rows().stream()
                .filter(r -> r.entry().kind() == FormKind.ADMISSION_RESOLUTION).findFirst().orElseThrow();
        assertThat(resolution.fileProperty().get()).as("not made yet").isNull();
        vm.make(resolution);
        Path file = resolution.fileProperty().get();
        assertThat(file).exists().hasParent(forms.candidateFolder(id("Hoàng Văn Đức")));
        assertThat(vm.statusProperty().get()).isEqualTo("Đã tạo tệp “6-KND Hoàng Văn Đức.docx”.");
        vm.open(resolution);
        assertThat(opened).containsExactly(file);

        FormsViewModel again = vm();
        again.load(id("Hoàng Văn Đức"), () -> { });
        assertThat(again.rows().stream().filter(r -> r.entry().kind() == FormKind.ADMISSION_RESOLUTION)
                .findFirst().orElseThrow().fileProperty().get()).as("a file made before can be opened").isEqualTo(file);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void theListForTheCommitteeAboveOffersThoseProposedAndIsMadeForThoseChosen() throws Exception {
        FormsViewModel vm = vm();
        vm.load(id("Hoàng Văn Đức"), () -> { });
        List<FormsViewModel.Choice> choices = new ArrayList<>();
        vm.choices(choices::addAll);
        assertThat(choices).extracting(FormsViewModel.Choice::name).startsWith("Hoàng Văn Đức")
                .contains("Trần Thị Mai Anh").doesNotContain("Lê Văn Hoàng", "Lý Thị Hà");
        assertThat(choices).filteredOn(FormsViewModel.Choice::proposed).extracting(FormsViewModel.Choice::name)
                .containsExactly("Hoàng Văn Đức");
        FormsViewModel.Row list = vm.rows().stream().filter(r -> r.entry().kind() == FormKind.ADMISSION_LIST)
                .findFirst().orElseThrow();
        vm.makeList(list, List.of(id("Hoàng Văn Đức"), id("Trần Thị Mai Anh")));
        Path file = list.fileProperty().get();
        assertThat(file).exists().hasParent(forms.listFolder());
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(file))) {
            assertThat(doc.getTables().get(doc.getTables().size() - 2).getRows()).as("heading and two people").hasSize(3);
        }
        assertThat(dialogs.infos).singleElement().asString().contains("Trần Thị Mai Anh: người giới thiệu");
        vm.makeList(list, List.of());
        assertThat(dialogs.errors).containsExactly("Chưa chọn ai để đưa vào danh sách.");
    }

    @Test
    void aFileBeforeTheApplicationHasNoDocumentsAndSaysWhy() {
        FormsViewModel vm = vm();
        vm.load(id("Lý Thị Hà"), () -> { });
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.emptyProperty().get()).startsWith("Hồ sơ chưa đến bước làm giấy tờ");
    }

    @Test
    void aCellsOwnTemplateIsPutInPlaceFromSettingsAndTakenBackAfterAsking() throws Exception {
        FormTemplatesViewModel vm = new FormTemplatesViewModel(forms, new CurrentThreadTaskRunner(), dialogs);
        vm.load();
        FormTemplatesViewModel.Row minutes = vm.rows().stream().filter(r -> r.kind() == FormKind.ADMISSION_MINUTES)
                .findFirst().orElseThrow();
        assertThat(minutes.ownProperty().get()).isFalse();
        Path copy = folder.resolve("bien-ban.docx");
        dialogs.saveFile = java.util.Optional.of(copy);
        vm.saveBuiltIn(minutes);
        assertThat(copy).exists();
        dialogs.openFile = java.util.Optional.of(copy);
        vm.useOwn(minutes);
        assertThat(minutes.ownProperty().get()).isTrue();
        assertThat(forms.templates().custom(FormKind.ADMISSION_MINUTES)).isPresent();

        dialogs.answer = false;
        vm.useBuiltIn(minutes);
        assertThat(minutes.ownProperty().get()).as("kept when not confirmed").isTrue();
        dialogs.answer = true;
        vm.useBuiltIn(minutes);
        assertThat(minutes.ownProperty().get()).isFalse();
        assertThat(forms.templates().custom(FormKind.ADMISSION_MINUTES)).isEmpty();
        assertThat(dialogs.errors).isEmpty();
    }
}
