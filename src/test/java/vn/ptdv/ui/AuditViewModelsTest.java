package vn.ptdv.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ptdv.TestData;
import vn.ptdv.domain.Candidate;
import vn.ptdv.domain.audit.AuditKind;
import vn.ptdv.report.ReportService;
import vn.ptdv.service.AuditLine;
import vn.ptdv.service.PhotoUpdate;
import vn.ptdv.service.Services;
import vn.ptdv.ui.candidate.CandidateHistoryViewModel;
import vn.ptdv.ui.common.CurrentThreadTaskRunner;
import vn.ptdv.ui.settings.AuditLogViewModel;

/** The history tab and the Nhật ký tab, without JavaFX: they read, filter, page and export; nothing edits. */
class AuditViewModelsTest {
    @TempDir
    Path folder;
    private Services services;
    private final FakeDialogs dialogs = new FakeDialogs();

    @BeforeEach
    void open() {
        services = TestData.services(folder);
        services.demo().fill();
    }

    @Test
    void aCandidatesHistoryShowsTheirOwnEntriesOnly() {
        Candidate a = services.candidates().save(TestData.candidate("Hoàng Thị Mai").build(), PhotoUpdate.keep());
        services.candidates().save(a.toBuilder().phone("0912345678").build(), PhotoUpdate.keep());
        CandidateHistoryViewModel vm = new CandidateHistoryViewModel(services.audit(), new CurrentThreadTaskRunner(),
                dialogs);

        vm.load(a.id());

        assertThat(vm.lines()).extracting(AuditLine::what).containsExactly("Sửa hồ sơ quần chúng", "Thêm quần chúng");
        assertThat(vm.lines().get(0).changes()).containsExactly("Điện thoại: (trống) → •••••••678");
        assertThat(vm.statusProperty().get()).isEqualTo("Đang hiện 2 mục, mới nhất ở trên.");
        vm.clear();
        assertThat(vm.lines()).isEmpty();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void theLogFiltersPagesAndExportsWhatTheFiltersSelect() throws Exception {
        Candidate a = services.candidates().save(TestData.candidate("Hoàng Thị Mai").build(), PhotoUpdate.keep());
        for (int i = 0; i < 80; i++) { // more than a page in all
            a = services.candidates().save(a.toBuilder().phone("09" + i).build(), PhotoUpdate.keep());
        }
        AuditLogViewModel vm = new AuditLogViewModel(services.audit(), new ReportService(services),
                new CurrentThreadTaskRunner(), dialogs, TestData.CLOCK);
        vm.load();
        assertThat(vm.lines()).hasSize(200);
        assertThat(vm.hasMoreProperty().get()).isTrue();
        vm.more();
        assertThat(vm.lines()).hasSizeGreaterThan(200);
        assertThat(vm.lines()).extracting(AuditLine::id).doesNotHaveDuplicates();

        vm.fromProperty().set("31/02/2026");
        vm.load();
        assertThat(vm.errors()).containsKey("from");
        vm.fromProperty().set("");
        assertThat(vm.errors()).isEmpty();

        vm.kindProperty().set(AuditKind.CANDIDATE);
        vm.textProperty().set("nguyen thi thao");
        vm.load();
        assertThat(vm.lines()).extracting(AuditLine::what).containsExactly("Thêm quần chúng");
        assertThat(vm.hasMoreProperty().get()).isFalse();

        Path file = folder.resolve("nhat-ky.xlsx");
        dialogs.saveFile = Optional.of(file);
        vm.export();
        assertThat(Files.isRegularFile(file)).isTrue();
        assertThat(vm.statusProperty().get()).contains("1 mục").contains(file.toString());
        assertThat(dialogs.errors).isEmpty();
    }
}
