package vn.ptdv.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ptdv.TestData;
import vn.ptdv.domain.target.TargetRange;
import vn.ptdv.domain.target.YearTarget;

class TargetServiceTest {
    @TempDir
    Path folder;

    @Test
    void aNewYearStartsFromThePreviousYearsTarget() {
        TargetService targets = TestData.services(folder).targets();
        assertThat(targets.target(2026)).isEqualTo(YearTarget.usual(2026));
        assertThat(targets.origin(2026)).isEqualTo(TargetService.Origin.USUAL);
        YearTarget set = new YearTarget(2026, new TargetRange(4, 6), new TargetRange(2, 3),
                Optional.of(new TargetRange(1, 2)), "Nghị quyết số 01-NQ/CB ngày 10/01/2026");
        targets.save(set);
        assertThat(targets.target(2026)).isEqualTo(set);
        assertThat(targets.target(2027)).isEqualTo(set.forYear(2027));
        assertThat(targets.target(2027).note()).isEmpty();
        assertThat(targets.origin(2027)).isEqualTo(TargetService.Origin.CARRIED);
        assertThat(targets.target(2025)).isEqualTo(YearTarget.usual(2025));
    }
}
