package vn.ptdv.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ptdv.TestData;
import vn.ptdv.domain.Candidate;
import vn.ptdv.domain.Step;
import vn.ptdv.domain.StepCode;
import vn.ptdv.domain.audit.AuditQuery;

/** The official members present at the cell's vote: an old file, the checks, the audit trail. */
class MembersPresentTest {
    @TempDir
    Path folder;

    private static Step vote(long candidate, StepCode code, Integer members, Integer present, Integer votes) {
        return new Step(0, candidate, code, LocalDate.of(2026, 3, 1), "04-NQ/CB", "", Optional.empty(), "",
                Optional.ofNullable(members), Optional.ofNullable(present), Optional.ofNullable(votes), "", List.of());
    }

    @Test
    void aFileMadeBeforeTheFieldOpensWithItsVoteAndNoNumberPresent() throws Exception {
        Path file = folder.resolve("v8.db");
        org.sqlite.SQLiteDataSource source = TestData.databaseAtVersion(file, "8");
        try (Connection c = source.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO candidate (id, full_name, gender, birth_date) "
                    + "VALUES (1, 'Nguyễn Văn Cũ', 'MALE', '1990-01-01')");
            st.executeUpdate("INSERT INTO step (candidate_id, code, step_date, document_number, official_members, "
                    + "votes_for) VALUES (1, 'CELL_RESOLUTION', '2026-03-01', '04-NQ/CB', 31, 28)");
        }

        try (Services upgraded = Services.open(file, TestData.CLOCK)) {
            Step old = upgraded.candidates().steps(1).get(0);
            assertThat(old.officialMembers()).contains(31);
            assertThat(old.votesFor()).contains(28);
            assertThat(old.membersPresent()).isEmpty();
            assertThat(upgraded.candidates().listWithSteps().get(0).steps().get(0).membersPresent()).isEmpty();

            Step completed = new Step(old.id(), 1, old.code(), old.date(), old.documentNumber(), "", Optional.empty(),
                    "", old.officialMembers(), Optional.of(29), old.votesFor(), "", List.of());
            assertThat(upgraded.candidates().saveStep(completed).membersPresent()).contains(29);
            assertThat(upgraded.candidates().steps(1).get(0).membersPresent()).contains(29);
        }
    }

    @ParameterizedTest(name = "{0} official, {1} present, {2} for: {3}")
    @CsvSource(nullValues = "-", textBlock = """
            31, 32, 28, validation.step.presentAboveMembers, Số đảng viên chính thức có mặt (32) lớn hơn số đảng viên chính thức của chi bộ (31).
            31, 27, 28, validation.step.votesAbovePresent,   Số tán thành (28) lớn hơn số đảng viên chính thức có mặt (27): chỉ đảng viên chính thức có mặt mới biểu quyết.
            31,  0, 0,  validation.step.present,             Số đảng viên chính thức có mặt phải lớn hơn 0.
             -, 20, 21, validation.step.votesAbovePresent,   Số tán thành (21) lớn hơn số đảng viên chính thức có mặt (20): chỉ đảng viên chính thức có mặt mới biểu quyết.
            """)
    void aNumberPresentThatCannotBeIsRefusedWithAMessageNamingTheField(Integer members, Integer present,
                                                                       Integer votes, String key, String text) {
        try (Services services = TestData.services(folder)) {
            Candidate c = services.candidates().save(TestData.candidate("Nguyễn Văn A").build(), PhotoUpdate.keep());
            assertThatThrownBy(() -> services.candidates().saveStep(vote(c.id(), StepCode.OFFICIAL_RESOLUTION,
                    members, present, votes)))
                    .isInstanceOfSatisfying(ValidationException.class, e -> {
                        assertThat(e.errors()).hasSize(1);
                        FieldError error = e.errors().get(0);
                        assertThat(error.messageKey()).isEqualTo(key);
                        assertThat(TestData.VI.get(key, error.args().toArray())).isEqualTo(text);
                    });
            assertThat(services.candidates().steps(c.id())).isEmpty();
        }
    }

    @Test
    void allPresentVotingInFavourIsAccepted() {
        try (Services services = TestData.services(folder)) {
            Candidate c = services.candidates().save(TestData.candidate("Nguyễn Văn A").build(), PhotoUpdate.keep());
            Step saved = services.candidates().saveStep(vote(c.id(), StepCode.CELL_RESOLUTION, 31, 29, 29));
            assertThat(saved.membersPresent()).contains(29);
        }
    }

    @Test
    void aStepThatRecordsNoVoteKeepsNoNumberPresent() {
        try (Services services = TestData.services(folder)) {
            Candidate c = services.candidates().save(TestData.candidate("Nguyễn Văn A").build(), PhotoUpdate.keep());
            Step saved = services.candidates().saveStep(vote(c.id(), StepCode.COMMITTEE_RESOLUTION, 31, 29, 28));
            assertThat(saved.membersPresent()).isEmpty();
            assertThat(saved.officialMembers()).isEmpty();
        }
    }

    @Test
    void theAuditTrailNamesTheNumberPresentAsTheFormDoes() {
        try (Services services = TestData.services(folder)) {
            Candidate c = services.candidates().save(TestData.candidate("Nguyễn Văn A").build(), PhotoUpdate.keep());
            Step saved = services.candidates().saveStep(vote(c.id(), StepCode.CELL_RESOLUTION, 31, null, 28));
            services.candidates().saveStep(new Step(saved.id(), c.id(), saved.code(), saved.date(),
                    saved.documentNumber(), "", Optional.empty(), "", saved.officialMembers(), Optional.of(30),
                    saved.votesFor(), "", List.of()));

            List<AuditLine> history = services.audit().find(AuditQuery.forCandidate(c.id()), TestData.VI).lines();
            assertThat(history.get(0).what()).startsWith("Sửa bước");
            assertThat(history.get(0).changes()).containsExactly("Số đảng viên chính thức có mặt: (trống) → 30");
            assertThat(history.get(1).changes()).contains("Số đảng viên chính thức: 31", "Số tán thành: 28");
        }
    }
}
