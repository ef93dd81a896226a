package vn.ptdv.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ptdv.TestData;
import vn.ptdv.domain.rules.RuleCode;
import vn.ptdv.service.Services;
import vn.ptdv.ui.common.CurrentThreadTaskRunner;
import vn.ptdv.ui.settings.RulesViewModel;

class RulesViewModelTest {
    @TempDir
    Path folder;

    private Services services;
    private RulesViewModel vm;

    @BeforeEach
    void open() {
        services = TestData.services(folder);
        vm = new RulesViewModel(services.checks(), new CurrentThreadTaskRunner(), new FakeDialogs());
        vm.load();
    }

    private RulesViewModel.Row row(RuleCode code) {
        return vm.rows().stream().filter(r -> r.code() == code).findFirst().orElseThrow();
    }

    @Test
    void everyRuleWithANumberIsListedWithItsDefault() {
        assertThat(vm.rows()).extracting(RulesViewModel.Row::code).doesNotContain(RuleCode.STEP_ORDER)
                .contains(RuleCode.AGE_MIN, RuleCode.VOTE_THRESHOLD, RuleCode.CEREMONY_DEADLINE);
        assertThat(row(RuleCode.VOTE_THRESHOLD).valueProperty().get()).isEqualTo("2/3");
        assertThat(row(RuleCode.CEREMONY_DEADLINE).valueProperty().get()).isEqualTo("30");
    }

    @Test
    void aChangedNumberIsStoredAndCanGoBackToTheDefault() {
        row(RuleCode.CEREMONY_DEADLINE).valueProperty().set(" 45 ");
        vm.save();
        assertThat(services.checks().settings().value(RuleCode.CEREMONY_DEADLINE)).isEqualTo(45);
        assertThat(vm.statusProperty().get()).contains("1");
        vm.reset(row(RuleCode.CEREMONY_DEADLINE));
        assertThat(services.checks().settings().value(RuleCode.CEREMONY_DEADLINE)).isEqualTo(30);
        assertThat(row(RuleCode.CEREMONY_DEADLINE).valueProperty().get()).isEqualTo("30");
        // The message reads as a sentence: the rule, its number and unit.
        assertThat(vm.statusProperty().get()).isEqualTo(
                "Đã đưa về mặc định và lưu: Tổ chức lễ kết nạp sau khi nhận quyết định trong 30 ngày làm việc.");
        // The message reads as a sentence: the rule, its number and unit.
        assertThat(vm.statusProperty().get()).isEqualTo(
                "Đã đưa về mặc định và lưu: Tổ chức lễ kết nạp sau khi nhận quyết định trong 30 ngày làm việc.");
    }

    @Test
    void anInvalidNumberIsMarkedAndNothingIsStored() {
        row(RuleCode.VOTE_THRESHOLD).valueProperty().set("3/2");
        row(RuleCode.AGE_MIN).valueProperty().set("20");
        vm.save();
        assertThat(vm.errors()).containsOnlyKeys("VOTE_THRESHOLD");
        assertThat(services.checks().settings().isDefault(RuleCode.AGE_MIN)).isTrue();
        assertThat(services.checks().settings().isDefault(RuleCode.VOTE_THRESHOLD)).isTrue();
    }
}
