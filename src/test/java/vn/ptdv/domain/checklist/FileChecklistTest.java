package vn.ptdv.domain.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ptdv.domain.checklist.DocumentStatus.EXPIRED;
import static vn.ptdv.domain.checklist.DocumentStatus.MISSING;
import static vn.ptdv.domain.checklist.DocumentStatus.NOT_NEEDED;
import static vn.ptdv.domain.checklist.DocumentStatus.NOT_YET_NEEDED;
import static vn.ptdv.domain.checklist.DocumentStatus.PRESENT;
import static vn.ptdv.domain.checklist.DocumentStatus.STALE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ptdv.domain.CandidateStatus;
import vn.ptdv.domain.Step;
import vn.ptdv.domain.StepCode;
import vn.ptdv.domain.rules.RuleCode;
import vn.ptdv.domain.rules.RuleSettings;

/** The file checklist at every step of the procedure, with its time limits at their edges. */
class FileChecklistTest {
    /** A sound file: each step on its day, the cell's vote on 20/10/2024, full member on 10/02/2026. */
    private static final List<Step> WHOLE_FILE = List.of(
            step(StepCode.SOURCE_LISTED, "2024-01-10"),
            step(StepCode.HELPER_ASSIGNED, "2024-01-15"),
            step(StepCode.AWARENESS_CLASS, "2024-04-20"),
            step(StepCode.APPLICATION, "2024-08-01"),
            step(StepCode.BIOGRAPHY, "2024-08-10"),
            step(StepCode.VERIFICATION, "2024-09-30"),
            step(StepCode.INTRODUCTION, "2024-10-05"),
            step(StepCode.COMMENTS, "2024-10-10"),
            step(StepCode.CELL_RESOLUTION, "2024-10-20"),
            step(StepCode.COMMITTEE_RESOLUTION, "2024-11-05"),
            step(StepCode.ADMISSION_DECISION, "2024-12-10"),
            step(StepCode.CEREMONY, "2024-12-28"),
            step(StepCode.NEW_MEMBER_CLASS, "2025-04-10"),
            step(StepCode.PROBATION_REVIEW, "2025-12-15"),
            step(StepCode.OFFICIAL_RESOLUTION, "2026-01-08"),
            step(StepCode.OFFICIAL_DECISION, "2026-02-10"));

    private final List<Step> steps = new ArrayList<>();

    private static Step step(StepCode code, String date) {
        return Step.simple(1, code, LocalDate.parse(date));
    }

    private FileChecklistTest with(StepCode code, String date) {
        steps.add(step(code, date));
        return this;
    }

    /** The file up to and including the step. */
    private FileChecklistTest upTo(StepCode last) {
        WHOLE_FILE.stream().filter(s -> s.code().order() <= last.order()).forEach(steps::add);
        return this;
    }

    private FileChecklist checklist(String today) {
        return FileChecklist.of(steps, RuleSettings.defaults(), LocalDate.parse(today));
    }

    /** "PEEEMMNNN…" – one letter per document kind, in order: the statuses at a glance. */
    private static String letters(FileChecklist c) {
        return c.items().stream().map(i -> switch (i.status()) {
            case PRESENT -> "P";
            case MISSING -> "M";
            case EXPIRED -> "E";
            case STALE -> "S";
            case NOT_YET_NEEDED -> "-";
            case NOT_NEEDED -> "x";
        }).collect(Collectors.joining());
    }

    /**
     * The day after each step, the file as it stands: which documents are there, which are missing,
     * which only a later decision needs, and the progress toward the next decision.
     */
    @ParameterizedTest(name = "up to {0}: {1}, next {2}, {3}/{4}")
    @CsvSource(textBlock = """
            SOURCE_LISTED,        MMMMMM------, CELL_VOTE,       0,  6
            HELPER_ASSIGNED,      MMMMMM------, CELL_VOTE,       0,  6
            AWARENESS_CLASS,      PMMMMM------, CELL_VOTE,       1,  6
            APPLICATION,          PPMMMM------, CELL_VOTE,       2,  6
            BIOGRAPHY,            PPPMMM------, CELL_VOTE,       3,  6
            VERIFICATION,         PPPPMM------, CELL_VOTE,       4,  6
            INTRODUCTION,         PPPPPM------, CELL_VOTE,       5,  6
            COMMENTS,             PPPPPP------, CELL_VOTE,       6,  6
            CELL_RESOLUTION,      PPPPPPPM----, ADMISSION,       7,  8
            COMMITTEE_RESOLUTION, PPPPPPPP----, ADMISSION,       8,  8
            ADMISSION_DECISION,   PPPPPPPPPMMM, FULL_MEMBERSHIP, 9,  12
            CEREMONY,             PPPPPPPPPMMM, FULL_MEMBERSHIP, 9,  12
            NEW_MEMBER_CLASS,     PPPPPPPPPPMM, FULL_MEMBERSHIP, 10, 12
            PROBATION_REVIEW,     PPPPPPPPPPPM, FULL_MEMBERSHIP, 11, 12
            OFFICIAL_RESOLUTION,  PPPPPPPPPPPP, FULL_MEMBERSHIP, 12, 12
            OFFICIAL_DECISION,    PPPPPPPPPPPP, ,                12, 12
            """)
    void eachStepOfASoundFileFillsTheChecklist(StepCode last, String expected, Decision next, int present,
                                               int needed) {
        upTo(last);
        LocalDate dayAfter = WHOLE_FILE.stream().filter(s -> s.code() == last).findFirst().orElseThrow().date().plusDays(1);
        FileChecklist c = checklist(dayAfter.toString());
        assertThat(letters(c)).isEqualTo(expected);
        assertThat(c.next()).isEqualTo(Optional.ofNullable(next));
        assertThat(c.progress()).isEqualTo(new FileProgress(present, needed, last == StepCode.COMMENTS));
        assertThat(c.lacking()).hasSize(needed - present);
    }

    @Test
    void aFileWithoutStepsNeedsEverythingForTheCellsVote() {
        FileChecklist c = checklist("2026-11-27");
        assertThat(c.status()).isEqualTo(CandidateStatus.NO_STEPS);
        assertThat(letters(c)).isEqualTo("MMMMMM------");
        assertThat(c.progress()).isEqualTo(new FileProgress(0, 6, false));
    }

    @Test
    void eachDocumentCarriesItsStepsDateAndNumber() {
        steps.add(new Step(0, 1, StepCode.AWARENESS_CLASS, LocalDate.of(2025, 6, 12), "77/GCN-TTCT", "Trung tâm",
                Optional.empty(), "", Optional.empty(), Optional.empty(), Optional.empty(), "", List.of()));
        ChecklistItem certificate = checklist("2026-11-27").item(DocumentKind.AWARENESS_CERTIFICATE);
        assertThat(certificate.date()).contains(LocalDate.of(2025, 6, 12));
        assertThat(certificate.documentNumber()).isEqualTo("77/GCN-TTCT");
        assertThat(certificate.usableUntil()).contains(LocalDate.of(2030, 6, 12));
        assertThat(checklist("2026-11-27").item(DocumentKind.APPLICATION).documentNumber()).isEmpty();
    }

    /** 60 months from 12/03/2021: usable through 12/03/2026; from 90 days before, it is running out. */
    @ParameterizedTest(name = "today {0}: {1}, running out {2}")
    @CsvSource(textBlock = """
            2025-12-11, PRESENT, false
            2025-12-12, PRESENT, true
            2026-03-12, PRESENT, true
            2026-03-13, EXPIRED, false
            """)
    void aCertificateIsUsableThroughTheDayItExpires(String today, DocumentStatus status, boolean runningOut) {
        with(StepCode.SOURCE_LISTED, "2021-01-05").with(StepCode.AWARENESS_CLASS, "2021-03-12");
        ChecklistItem certificate = checklist(today).item(DocumentKind.AWARENESS_CERTIFICATE);
        assertThat(certificate.status()).isEqualTo(status);
        assertThat(certificate.runningOut()).isEqualTo(runningOut);
        assertThat(certificate.usableUntil()).contains(LocalDate.of(2026, 3, 12));
    }

    @Test
    void anExpiredCertificateIsLackingAndTheFileIsNotReady() {
        upTo(StepCode.COMMENTS);
        FileChecklist c = checklist("2029-04-21");
        assertThat(c.item(DocumentKind.AWARENESS_CERTIFICATE).status()).isEqualTo(EXPIRED);
        assertThat(c.lacking()).extracting(ChecklistItem::kind).contains(DocumentKind.AWARENESS_CERTIFICATE);
        assertThat(c.readyForCellVote()).isFalse();
        assertThat(c.progress().present()).isLessThan(6);
    }

    /** Introduction of 05/10/2024 and comments of 10/10/2024: usable for 12 months, through that day. */
    @ParameterizedTest(name = "today {0}: introduction {1}, comments {2}, ready {3}")
    @CsvSource(textBlock = """
            2025-08-05, PRESENT, PRESENT, true
            2025-10-05, PRESENT, PRESENT, true
            2025-10-06, STALE,   PRESENT, false
            2025-10-11, STALE,   STALE,   false
            """)
    void introductionAndCommentsGoStaleAfterTwelveMonths(String today, DocumentStatus introduction,
                                                        DocumentStatus comments, boolean ready) {
        upTo(StepCode.COMMENTS);
        FileChecklist c = checklist(today);
        assertThat(c.item(DocumentKind.INTRODUCTION).status()).isEqualTo(introduction);
        assertThat(c.item(DocumentKind.COMMENTS).status()).isEqualTo(comments);
        assertThat(c.readyForCellVote()).isEqualTo(ready);
    }

    @Test
    void anIntroductionRunsOutSixtyDaysAhead() {
        upTo(StepCode.COMMENTS);
        assertThat(checklist("2025-08-05").item(DocumentKind.INTRODUCTION).runningOut()).isFalse();
        assertThat(checklist("2025-08-06").item(DocumentKind.INTRODUCTION).runningOut()).isTrue();
        assertThat(checklist("2025-08-06").item(DocumentKind.INTRODUCTION).status()).isEqualTo(PRESENT);
    }

    @Test
    void aRedoneIntroductionReplacesTheStaleOne() {
        upTo(StepCode.COMMENTS).with(StepCode.INTRODUCTION, "2025-11-01");
        FileChecklist c = checklist("2025-11-02");
        assertThat(c.item(DocumentKind.INTRODUCTION).status()).isEqualTo(PRESENT);
        assertThat(c.item(DocumentKind.INTRODUCTION).date()).contains(LocalDate.of(2025, 11, 1));
        assertThat(c.item(DocumentKind.COMMENTS).status()).isEqualTo(STALE);
    }

    @Test
    void theCommitteesNumbersApply() {
        upTo(StepCode.AWARENESS_CLASS);
        RuleSettings shorter = RuleSettings.of(Map.of(RuleCode.CERT_VALIDITY, "24"));
        FileChecklist c = FileChecklist.of(steps, shorter, LocalDate.of(2026, 4, 21));
        assertThat(c.item(DocumentKind.AWARENESS_CERTIFICATE).status()).isEqualTo(EXPIRED);
        assertThat(c.item(DocumentKind.AWARENESS_CERTIFICATE).usableUntil()).contains(LocalDate.of(2026, 4, 20));
    }

    /** Once the cell has voted, the limits are judged on the day of the vote, not today. */
    @Test
    void afterTheVoteTheLimitsAreJudgedOnTheDayOfTheVote() {
        upTo(StepCode.CELL_RESOLUTION);
        FileChecklist c = checklist("2026-11-27");
        assertThat(c.cellVote()).contains(LocalDate.of(2024, 10, 20));
        assertThat(c.item(DocumentKind.INTRODUCTION).status()).isEqualTo(PRESENT);
        assertThat(c.item(DocumentKind.INTRODUCTION).runningOut()).isFalse();
        assertThat(c.item(DocumentKind.COMMENTS).status()).isEqualTo(PRESENT);
    }

    @Test
    void aVoteHeldOnAnExpiredCertificateAndAStaleIntroductionShowsThem() {
        with(StepCode.AWARENESS_CLASS, "2019-04-20").with(StepCode.APPLICATION, "2024-08-01")
                .with(StepCode.BIOGRAPHY, "2024-08-10").with(StepCode.VERIFICATION, "2024-09-30")
                .with(StepCode.INTRODUCTION, "2023-10-05").with(StepCode.COMMENTS, "2024-10-10")
                .with(StepCode.CELL_RESOLUTION, "2024-10-20");
        FileChecklist c = checklist("2024-10-21");
        assertThat(letters(c)).isEqualTo("EPPPSPPM----");
        assertThat(c.lacking()).extracting(ChecklistItem::kind).containsExactly(DocumentKind.AWARENESS_CERTIFICATE,
                DocumentKind.INTRODUCTION, DocumentKind.COMMITTEE_RESOLUTION);
        assertThat(c.readyForCellVote()).isFalse();
    }

    /** After the admission decision the vote's documents are history, as they are for the rule checks. */
    @Test
    void afterTheAdmissionDecisionOldDocumentsStayPresent() {
        upTo(StepCode.CEREMONY);
        FileChecklist c = checklist("2030-01-01");
        assertThat(c.item(DocumentKind.AWARENESS_CERTIFICATE).status()).isEqualTo(PRESENT);
        assertThat(c.item(DocumentKind.INTRODUCTION).status()).isEqualTo(PRESENT);
    }

    @Test
    void theCellsVoteWithoutACertificateLeavesItMissing() {
        upTo(StepCode.CELL_RESOLUTION);
        steps.removeIf(s -> s.code() == StepCode.AWARENESS_CLASS);
        FileChecklist c = checklist("2024-10-21");
        assertThat(c.item(DocumentKind.AWARENESS_CERTIFICATE).status()).isEqualTo(MISSING);
        assertThat(c.progress()).isEqualTo(new FileProgress(6, 8, false));
    }

    @Test
    void stepsEnteredOutOfOrderStillCount() {
        with(StepCode.COMMENTS, "2026-01-10").with(StepCode.INTRODUCTION, "2026-01-08")
                .with(StepCode.AWARENESS_CLASS, "2025-06-12").with(StepCode.APPLICATION, "2026-01-02");
        assertThat(letters(checklist("2026-02-01"))).isEqualTo("PPMMPP------");
    }

    @Test
    void aProbationaryMembersFileNeedsTheReviewDocumentsForFullMembership() {
        upTo(StepCode.CEREMONY);
        FileChecklist c = checklist("2025-01-10");
        assertThat(c.status()).isEqualTo(CandidateStatus.PROBATIONARY);
        assertThat(c.addedFor(Decision.FULL_MEMBERSHIP)).extracting(ChecklistItem::status)
                .containsExactly(PRESENT, MISSING, MISSING, MISSING);
        assertThat(c.lacking()).extracting(ChecklistItem::kind).containsExactly(DocumentKind.NEW_MEMBER_CERTIFICATE,
                DocumentKind.PROBATION_REVIEW, DocumentKind.OFFICIAL_RESOLUTION);
    }

    @Test
    void aFullMembersFileWithGapsSaysWhatItLacks() {
        with(StepCode.ADMISSION_DECISION, "2020-05-01").with(StepCode.CEREMONY, "2020-05-20")
                .with(StepCode.OFFICIAL_DECISION, "2021-06-01");
        FileChecklist c = checklist("2026-11-27");
        assertThat(c.next()).isEmpty();
        assertThat(c.progress()).isEqualTo(new FileProgress(1, 12, false));
        assertThat(c.lacking()).hasSize(11);
    }

    @ParameterizedTest
    @CsvSource({"STOPPED", "MOVED_AWAY"})
    void aClosedFileNeedsNothingMoreButShowsWhatItHad(StepCode closing) {
        upTo(StepCode.APPLICATION).with(closing, "2025-06-30");
        FileChecklist c = checklist("2030-01-01");
        assertThat(c.closed()).isTrue();
        assertThat(c.next()).isEmpty();
        assertThat(letters(c)).isEqualTo("PPxxxxxxxxxx");
        assertThat(c.progress()).isEqualTo(FileProgress.NONE);
        assertThat(c.lacking()).isEmpty();
        assertThat(c.readyForCellVote()).isFalse();
    }

    @Test
    void aReopenedFileStartsAgain() {
        upTo(StepCode.COMMENTS).with(StepCode.STOPPED, "2025-01-15").with(StepCode.SOURCE_LISTED, "2026-03-01")
                .with(StepCode.APPLICATION, "2026-04-01");
        FileChecklist c = checklist("2026-11-27");
        assertThat(c.status()).isEqualTo(CandidateStatus.CULTIVATED);
        assertThat(letters(c)).isEqualTo("MPMMMM------");
        assertThat(c.item(DocumentKind.APPLICATION).date()).contains(LocalDate.of(2026, 4, 1));
    }

    @Test
    void everyDecisionHasItsDocumentsAndTheyCoverEveryKind() {
        assertThat(Arrays.stream(Decision.values()).flatMap(d -> DocumentKind.addedFor(d).stream()))
                .containsExactly(DocumentKind.values());
        assertThat(DocumentKind.addedFor(Decision.CELL_VOTE)).hasSize(6);
    }

    @Test
    void progressRefusesMorePresentThanNeeded() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new FileProgress(3, 2, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new FileProgress(0, 0, false).fraction()).isZero();
        assertThat(new FileProgress(3, 6, false).fraction()).isEqualTo(0.5);
    }
}
