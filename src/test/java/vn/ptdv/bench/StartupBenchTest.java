package vn.ptdv.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class StartupBenchTest {
    private static StartupBench.Result result(List<Long> window, List<Long> table) {
        return new StartupBench.Result(Path.of("PTDV"), new StartupBench.Series(window), new StartupBench.Series(table));
    }

    @Test
    void theRatioIsTheMedianOfEachTurnsRatioNotOfTheMedians() {
        // Turns' ratios 1.12, 1.00, 1.20, 1.045, 1.154: their median is the first turn's, 1.12. The two
        // medians (1,000 ms each) come from different turns and would say 1.00.
        StartupBench.Result r = result(List.of(560L, 1_000L, 1_200L, 1_150L, 600L),
                List.of(500L, 1_000L, 1_000L, 1_100L, 520L));

        assertThat(r.ratio()).isCloseTo(560.0 / 500.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(r.ratioOfMedians()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(r.ratioWithinBudget()).isTrue();
    }

    @Test
    void aWindowOverTheFloorInMostTurnsIsOverBudget() {
        StartupBench.Result r = result(List.of(700L, 640L, 590L), List.of(500L, 560L, 520L));

        // 1.40, 1.14, 1.13: the median turn is 1.14.
        assertThat(r.ratio()).isCloseTo(640.0 / 560.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(result(List.of(700L, 700L, 590L), List.of(500L, 560L, 520L)).ratioWithinBudget()).isFalse();
    }

    @Test
    void theTimeBudgetIsOnTheWindowsMedian() {
        assertThat(result(List.of(900L, 1_100L, 950L), List.of(850L, 1_000L, 900L)).msWithinBudget()).isTrue();
        assertThat(result(List.of(1_050L, 1_100L, 950L), List.of(1_000L, 1_000L, 900L)).msWithinBudget()).isFalse();
    }
}
