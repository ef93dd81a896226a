package vn.ptdv.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CandidateFileTest {

    private static Step step(StepCode code, String date) {
        return Step.simple(1, code, LocalDate.parse(date));
    }

    @ParameterizedTest(name = "furthest step {0} means {1}")
    @CsvSource(textBlock = """
            SOURCE_LISTED,        IN_POOL
            HELPER_ASSIGNED,      IN_POOL
            AWARENESS_CLASS,      CULTIVATED
            COMMENTS,             CULTIVATED
            CELL_RESOLUTION,      PROPOSED
            COMMITTEE_RESOLUTION, PROPOSED
            ADMISSION_DECISION,   ADMITTED
            CEREMONY,             PROBATIONARY
            OFFICIAL_RESOLUTION,  PROBATIONARY
            OFFICIAL_DECISION,    FULL_MEMBER
            STOPPED,              STOPPED
            MOVED_AWAY,           MOVED_AWAY
            """)
    void statusFollowsTheFurthestStep(StepCode furthest, CandidateStatus expected) {
        List<Step> steps = new ArrayList<>();
        steps.add(step(StepCode.SOURCE_LISTED, "2024-01-10"));
        steps.add(step(furthest, "2025-06-01"));
        assertThat(CandidateFile.status(steps)).isEqualTo(expected);
    }

    @Test
    void aFileWithoutStepsSaysSo() {
        assertThat(CandidateFile.status(List.of())).isEqualTo(CandidateStatus.NO_STEPS);
        assertThat(CandidateFile.latestStep(List.of())).isEmpty();
    }

    @Test
    void aStepEnteredLateDoesNotMoveTheCandidateBack() {
        List<Step> steps = List.of(step(StepCode.CELL_RESOLUTION, "2025-06-01"), step(StepCode.BIOGRAPHY, "2025-07-01"));
        assertThat(CandidateFile.status(steps)).isEqualTo(CandidateStatus.PROPOSED);
        assertThat(CandidateFile.latestStep(steps).orElseThrow().code()).isEqualTo(StepCode.BIOGRAPHY);
        assertThat(CandidateFile.currentStep(steps).orElseThrow().code()).isEqualTo(StepCode.CELL_RESOLUTION);
    }

    @Test
    void theCurrentStepOfAClosedFileIsTheClosingStep() {
        List<Step> steps = List.of(step(StepCode.AWARENESS_CLASS, "2024-06-01"), step(StepCode.STOPPED, "2025-01-01"));
        assertThat(CandidateFile.currentStep(steps).orElseThrow().code()).isEqualTo(StepCode.STOPPED);
    }

    @Test
    void aFileReopenedAfterAFailedVoteStartsAgain() {
        List<Step> steps = List.of(step(StepCode.CELL_RESOLUTION, "2024-06-01"), step(StepCode.STOPPED, "2024-06-01"),
                step(StepCode.SOURCE_LISTED, "2026-03-01"));
        assertThat(CandidateFile.status(steps)).isEqualTo(CandidateStatus.IN_POOL);
    }

    @Test
    void onTheSameDayTheClosingStepIsTheLatest() {
        List<Step> steps = List.of(step(StepCode.AWARENESS_CLASS, "2024-06-01"), step(StepCode.MOVED_AWAY, "2024-06-01"));
        assertThat(CandidateFile.status(steps)).isEqualTo(CandidateStatus.MOVED_AWAY);
    }
}
