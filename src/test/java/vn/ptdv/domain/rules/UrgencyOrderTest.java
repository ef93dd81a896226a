package vn.ptdv.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class UrgencyOrderTest {
    private static final String[] NAMES = {"Nguyễn Văn An", "Lê Thị Bình", "Trần Minh Châu", "Đỗ Anh Hùng"};

    @Test
    void sortsExactlyAsTheComparatorDoes() {
        Random random = new Random(7);
        RuleCode[] rules = RuleCode.values();
        Severity[] severities = Severity.values();
        LocalDate[] edges = {LocalDate.MIN, LocalDate.MAX, LocalDate.of(1970, 1, 1), LocalDate.of(1969, 12, 31)};
        for (int round = 0; round < 50; round++) {
            List<Finding> findings = new ArrayList<>();
            int n = random.nextInt(400);
            for (int i = 0; i < n; i++) {
                Optional<LocalDate> due = switch (random.nextInt(6)) {
                    case 0 -> Optional.empty();
                    case 1 -> Optional.of(edges[random.nextInt(edges.length)]);
                    default -> Optional.of(LocalDate.of(2024, 1, 1).plusDays(random.nextInt(40) - 20));
                };
                // Few values of each field, so that many findings tie on the severity and the date and
                // some on every field (those must keep their order: the sort is stable).
                findings.add(new Finding(i, NAMES[random.nextInt(NAMES.length)], rules[random.nextInt(3)],
                        severities[random.nextInt(severities.length)], due, "rule.k" + random.nextInt(2),
                        List.of("x", i)));
            }
            List<Finding> expected = new ArrayList<>(findings);
            expected.sort(RuleEngine.URGENCY);

            assertThat(UrgencyOrder.sorted(findings)).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void noDueDateComesAfterEveryDateOfTheSameSeverityAndBeforeTheNextSeverity() {
        Finding errorLate = finding(Severity.ERROR, Optional.empty());
        Finding errorEarly = finding(Severity.ERROR, Optional.of(LocalDate.of(2026, 1, 2)));
        Finding warningEarliest = finding(Severity.WARNING, Optional.of(LocalDate.MIN));

        assertThat(UrgencyOrder.sorted(List.of(warningEarliest, errorLate, errorEarly)))
                .containsExactly(errorEarly, errorLate, warningEarliest);
    }

    private static Finding finding(Severity severity, Optional<LocalDate> due) {
        return new Finding(1, "Nguyễn Văn An", RuleCode.values()[0], severity, due, "rule.k", List.of("x"));
    }
}
