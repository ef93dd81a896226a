package vn.ptdv.domain.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.ptdv.domain.Candidate;
import vn.ptdv.domain.Gender;
import vn.ptdv.domain.Step;
import vn.ptdv.domain.StepCode;
import vn.ptdv.domain.calendar.WorkingDays;
import vn.ptdv.domain.rules.Finding;
import vn.ptdv.domain.rules.RuleEngine;
import vn.ptdv.domain.rules.RuleSettings;

/**
 * The checklist and the rule checks read the same time limits: week after week over seven years, a
 * document is expired or stale exactly when the rules say so, and running out exactly when they warn.
 */
class ChecklistAgreesWithRulesTest {
    private static final Candidate CANDIDATE = Candidate.builder().id(1).fullName("Nguyễn Văn A").gender(Gender.MALE)
            .birthDate(LocalDate.of(1995, 1, 1)).education("12/12").build();
    private static final RuleSettings SETTINGS = RuleSettings.defaults();
    private static final RuleEngine RULES = new RuleEngine(SETTINGS, new WorkingDays(List.of()));

    /** How far the file has come: the vote (when there is one) is held on the day looked at. */
    enum Stage {
        CERTIFICATE_ONLY, PREPARED, VOTED_THAT_DAY, ADMITTED
    }

    private static List<Step> file(Stage stage, LocalDate day) {
        List<Step> steps = new ArrayList<>();
        steps.add(step(StepCode.SOURCE_LISTED, "2023-09-01"));
        steps.add(step(StepCode.HELPER_ASSIGNED, "2023-09-05"));
        steps.add(step(StepCode.AWARENESS_CLASS, "2024-01-31"));
        if (stage == Stage.CERTIFICATE_ONLY) {
            return steps;
        }
        steps.add(step(StepCode.APPLICATION, "2024-02-10"));
        steps.add(step(StepCode.BIOGRAPHY, "2024-02-12"));
        steps.add(step(StepCode.VERIFICATION, "2024-02-20"));
        steps.add(step(StepCode.INTRODUCTION, "2024-02-29"));
        steps.add(step(StepCode.COMMENTS, "2024-03-15"));
        if (stage == Stage.VOTED_THAT_DAY) {
            steps.add(Step.simple(1, StepCode.CELL_RESOLUTION, day));
        }
        if (stage == Stage.ADMITTED) {
            steps.add(step(StepCode.CELL_RESOLUTION, "2024-04-01"));
            steps.add(step(StepCode.COMMITTEE_RESOLUTION, "2024-04-15"));
            steps.add(step(StepCode.ADMISSION_DECISION, "2024-05-20"));
        }
        return steps;
    }

    private static Step step(StepCode code, String date) {
        return Step.simple(1, code, LocalDate.parse(date));
    }

    @ParameterizedTest
    @EnumSource(Stage.class)
    void expiredStaleAndRunningOutAgreeWithTheFindings(Stage stage) {
        int compared = 0;
        for (LocalDate day = LocalDate.of(2024, 3, 20); day.isBefore(LocalDate.of(2031, 3, 20)); day = day.plusDays(3)) {
            List<Step> steps = file(stage, day);
            Set<String> found = RULES.check(CANDIDATE, steps, day).stream().map(Finding::messageKey)
                    .collect(Collectors.toSet());
            FileChecklist c = FileChecklist.of(steps, SETTINGS, day);
            ChecklistItem certificate = c.item(DocumentKind.AWARENESS_CERTIFICATE);
            assertThat(certificate.status() == DocumentStatus.EXPIRED).as("certificate on " + day)
                    .isEqualTo(found.contains("rule.CERT_VALIDITY.expired")
                            || found.contains("rule.CERT_VALIDITY.expiredAtVote"));
            assertThat(certificate.runningOut()).as("certificate running out on " + day)
                    .isEqualTo(found.contains("rule.CERT_VALIDITY.expiring"));
            for (DocumentKind kind : List.of(DocumentKind.INTRODUCTION, DocumentKind.COMMENTS)) {
                ChecklistItem item = c.item(kind);
                String code = kind.step().name();
                assertThat(item.status() == DocumentStatus.STALE).as(kind + " on " + day)
                        .isEqualTo(found.contains("rule.FILE_FRESHNESS.stale." + code)
                                || found.contains("rule.FILE_FRESHNESS.staleAtVote." + code));
                assertThat(item.runningOut()).as(kind + " running out on " + day)
                        .isEqualTo(found.contains("rule.FILE_FRESHNESS.staleSoon." + code));
            }
            compared++;
        }
        assertThat(compared).isGreaterThan(800);
    }
}
