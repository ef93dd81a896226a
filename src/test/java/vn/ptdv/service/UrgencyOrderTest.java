package vn.ptdv.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ptdv.TestData;
import vn.ptdv.bench.BenchDataGenerator;
import vn.ptdv.domain.rules.Finding;
import vn.ptdv.domain.rules.RuleEngine;

/** The written-out urgency order is the one the chained comparators gave. */
class UrgencyOrderTest {
    @TempDir
    Path folder;

    @Test
    void theFindingsOfAGeneratedCellSortAsSeverityDueNameRuleThenMessage() {
        try (Services s = Services.open(folder.resolve("a.db"), TestData.CLOCK)) {
            new BenchDataGenerator(s.candidates()).generate(400, 9, TestData.TODAY);
            List<Finding> findings = new ArrayList<>(s.checks().checkAll(TestData.TODAY));
            assertThat(findings).hasSizeGreaterThan(100);
            Comparator<Finding> chained = Comparator.comparing(Finding::severity)
                    .thenComparing(f -> f.due().orElse(LocalDate.MAX)).thenComparing(Finding::candidateName)
                    .thenComparing(Finding::rule).thenComparing(Finding::messageKey);
            Collections.shuffle(findings, new java.util.Random(1));
            List<Finding> expected = new ArrayList<>(findings);
            expected.sort(chained);
            findings.sort(RuleEngine.URGENCY);
            assertThat(findings).containsExactlyElementsOf(expected);
        }
    }
}
