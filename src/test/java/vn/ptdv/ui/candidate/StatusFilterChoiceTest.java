package vn.ptdv.ui.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.ptdv.domain.CandidateStatus;

class StatusFilterChoiceTest {

    @Test
    void choicesAreEqualWhenTheyFilterAlike() {
        for (CandidateStatus s : CandidateStatus.values()) {
            assertThat(StatusFilterBox.Choice.of(s)).isEqualTo(StatusFilterBox.Choice.of(s))
                    .hasSameHashCodeAs(StatusFilterBox.Choice.of(s))
                    .isNotEqualTo(StatusFilterBox.Choice.ALL).isNotEqualTo(StatusFilterBox.Choice.READY);
        }
        assertThat(StatusFilterBox.Choice.of(null)).isEqualTo(StatusFilterBox.Choice.ALL);
        assertThat(StatusFilterBox.Choice.ALL).isNotEqualTo(StatusFilterBox.Choice.READY).isNotEqualTo(null)
                .isNotEqualTo("ALL");
        assertThat(StatusFilterBox.Choice.of(CandidateStatus.values()[0]))
                .isNotEqualTo(StatusFilterBox.Choice.of(CandidateStatus.values()[1]));
    }
}
