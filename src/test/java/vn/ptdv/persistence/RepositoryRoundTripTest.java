package vn.ptdv.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ptdv.domain.Candidate;
import vn.ptdv.domain.Cell;
import vn.ptdv.domain.Gender;
import vn.ptdv.domain.PersonRole;
import vn.ptdv.domain.Step;
import vn.ptdv.domain.StepCode;
import vn.ptdv.domain.StepPerson;

/** Real SQLite files after the real migrations: what goes in comes out, Vietnamese intact. */
class RepositoryRoundTripTest {
    @TempDir
    Path folder;

    private Database database;
    private final CandidateRepository candidates = new CandidateRepository();
    private final StepRepository steps = new StepRepository();
    private final SourceCategoryRepository sources = new SourceCategoryRepository();

    @BeforeEach
    void open() {
        database = Database.open(folder.resolve("sub folder/ptdv.db"));
    }

    private Candidate everyField(long sourceId) {
        return Candidate.builder()
                .fullName("Nguyễn Thị Ngọc Ánh").birthName("Nguyễn Thị Ánh").alias("Ánh Ngọc")
                .gender(Gender.FEMALE).birthDate(LocalDate.of(2000, 2, 29))
                .birthPlace("Xã Gia Phú, tỉnh Lào Cai").homeTown("Phường Đông Hưng, tỉnh Thái Bình")
                .permanentResidence("Tổ dân phố số 5, xã Phố Lu").temporaryResidence("Số 12 đường Hoàng Liên")
                .ethnicity("Tày").religion("Phật giáo").citizenId("001300012345").phone("0912 345 678")
                .occupation("Giáo viên").workplace("Trường THCS Phố Lu").education("12/12")
                .professionalQualification("Đại học Sư phạm").politicalTheory("Sơ cấp")
                .youthUnionMember(true).youthUnionSince(LocalDate.of(2015, 3, 26))
                .massAssociations("Hội Liên hiệp Phụ nữ, Công đoàn").sourceCategoryId(sourceId)
                .notes("Gia đình có công với cách mạng.\nDòng thứ hai: “trích dẫn” đặc biệt.")
                .build();
    }

    @Test
    void everyCandidateFieldSurvives() {
        long sourceId = database.inTransaction(c -> sources.findAll(c).get(0).id());
        Candidate original = everyField(sourceId);
        long id = database.inTransaction(c -> candidates.insert(c, original));
        Candidate read = database.inTransaction(c -> candidates.find(c, id)).orElseThrow();
        assertThat(read).isEqualTo(original.withId(id));
    }

    @Test
    void citizenIdKeepsItsLeadingZerosAndAnEmptyOneIsNotUnique() {
        long a = database.inTransaction(c -> candidates.insert(c, everyField(1).toBuilder().citizenId("").build()));
        long b = database.inTransaction(c -> candidates.insert(c, everyField(1).toBuilder().citizenId("").build()));
        assertThat(database.inTransaction(c -> candidates.find(c, a)).orElseThrow().citizenId()).isEmpty();
        assertThat(b).isNotEqualTo(a);
        long z = database.inTransaction(c -> candidates.insert(c, everyField(1).toBuilder().citizenId("000000000001").build()));
        assertThat(database.inTransaction(c -> candidates.findByCitizenId(c, "000000000001")).orElseThrow().id()).isEqualTo(z);
    }

    @Test
    void stepsKeepTheirFieldsAndPeopleInOrder() {
        long id = database.inTransaction(c -> candidates.insert(c, everyField(1)));
        Step introduction = new Step(0, id, StepCode.INTRODUCTION, LocalDate.of(2025, 11, 15), "", "",
                Optional.empty(), "", Optional.empty(), Optional.empty(), Optional.empty(), "Giới thiệu lần đầu",
                List.of(new StepPerson(PersonRole.YOUTH_UNION_INTRODUCER, "Ban Chấp hành Đoàn xã Phố Lu", Optional.empty()),
                        new StepPerson(PersonRole.INTRODUCER, "Trần Văn Bình", Optional.of(LocalDate.of(2023, 1, 1)))));
        Step decision = new Step(0, id, StepCode.ADMISSION_DECISION, LocalDate.of(2026, 1, 15), "245-QĐ/ĐU",
                "Ban Thường vụ Đảng ủy xã Phố Lu", Optional.of(LocalDate.of(2026, 1, 20)), "", Optional.empty(), Optional.empty(),
                Optional.empty(), "", List.of());
        Step vote = new Step(0, id, StepCode.CELL_RESOLUTION, LocalDate.of(2025, 12, 5), "12-NQ/CB", "",
                Optional.empty(), "", Optional.of(32), Optional.of(31), Optional.of(30), "", List.of());
        long introId = database.inTransaction(c -> steps.insert(c, introduction));
        long decisionId = database.inTransaction(c -> steps.insert(c, decision));
        long voteId = database.inTransaction(c -> steps.insert(c, vote));

        List<Step> file = database.inTransaction(c -> steps.forCandidate(c, id));
        assertThat(file).containsExactly(introduction.withId(introId), vote.withId(voteId), decision.withId(decisionId));
    }

    @Test
    void theNumberPresentAtAVoteIsStoredWhenChangedAndClearedAgain() {
        long id = database.inTransaction(c -> candidates.insert(c, everyField(1)));
        Step vote = new Step(0, id, StepCode.OFFICIAL_RESOLUTION, LocalDate.of(2026, 1, 8), "01-NQ/CB", "",
                Optional.empty(), "", Optional.of(31), Optional.empty(), Optional.of(29), "", List.of());
        long voteId = database.inTransaction(c -> steps.insert(c, vote));
        for (Optional<Integer> present : List.of(Optional.of(30), Optional.<Integer>empty())) {
            Step changed = new Step(voteId, id, vote.code(), vote.date(), vote.documentNumber(), "", Optional.empty(),
                    "", vote.officialMembers(), present, vote.votesFor(), "", List.of());
            database.inTransaction(c -> {
                steps.update(c, changed);
                return null;
            });
            Optional<Step> stored = database.inTransaction(c -> steps.find(c, voteId));
            assertThat(stored).contains(changed);
        }
    }

    @Test
    void updatingAStepReplacesItsPeople() {
        long id = database.inTransaction(c -> candidates.insert(c, everyField(1)));
        Step helpers = new Step(0, id, StepCode.HELPER_ASSIGNED, LocalDate.of(2024, 3, 20), "", "", Optional.empty(),
                "", Optional.empty(), Optional.empty(), Optional.empty(), "", List.of(StepPerson.of(PersonRole.HELPER, "Trần Văn Bình")));
        long stepId = database.inTransaction(c -> steps.insert(c, helpers));
        Step changed = new Step(stepId, id, StepCode.HELPER_ASSIGNED, LocalDate.of(2024, 3, 21), "", "",
                Optional.empty(), "", Optional.empty(), Optional.empty(), Optional.empty(), "Đổi người giúp đỡ",
                List.of(StepPerson.of(PersonRole.HELPER, "Lương Văn Sơn"), StepPerson.of(PersonRole.HELPER, "Phạm Văn Tâm")));
        database.inTransaction(c -> {
            steps.update(c, changed);
            return null;
        });
        Optional<Step> found = database.inTransaction(c -> steps.find(c, stepId));
        assertThat(found).contains(changed);
    }

    @Test
    void deletingACandidateDeletesTheirSteps() {
        long id = database.inTransaction(c -> candidates.insert(c, everyField(1)));
        database.inTransaction(c -> steps.insert(c, Step.simple(id, StepCode.SOURCE_LISTED, LocalDate.of(2024, 1, 1))));
        database.inTransaction(c -> {
            candidates.delete(c, id);
            return null;
        });
        List<Step> left = database.inTransaction(c -> steps.forCandidate(c, id));
        assertThat(left).isEmpty();
    }

    @Test
    void photosAreStoredApartFromTheCandidate() {
        long id = database.inTransaction(c -> candidates.insert(c, everyField(1)));
        byte[] photo = {1, 2, 3, (byte) 0xFF};
        database.inTransaction(c -> {
            candidates.setPhoto(c, id, Optional.of(photo));
            return null;
        });
        Optional<byte[]> stored = database.inTransaction(c -> candidates.photo(c, id));
        assertThat(stored).hasValueSatisfying(p -> assertThat(p).isEqualTo(photo));
    }

    @Test
    void aFailedTransactionLeavesTheFileAsItWas() {
        assertThatThrownBy(() -> database.inTransaction(c -> {
            candidates.insert(c, everyField(1));
            steps.insert(c, Step.simple(999_999, StepCode.SOURCE_LISTED, LocalDate.of(2024, 1, 1)));
            return null;
        })).isInstanceOf(DatabaseException.class);
        assertThat(database.inTransaction(candidates::count)).isZero();
    }

    @Test
    void theCellIsSavedAndUpdated() {
        CellRepository cells = new CellRepository();
        assertThat(database.inTransaction(cells::find)).isEmpty();
        Cell cell = new Cell("Chi bộ Tổ dân phố số 5", "Đảng bộ xã Phố Lu", "Phố Lu", "Nguyễn Văn Hùng", 32);
        database.inTransaction(c -> {
            cells.save(c, cell);
            cells.save(c, cell);
            return null;
        });
        assertThat(database.inTransaction(cells::find)).contains(cell);
    }

    @Test
    void reopeningAMigratedFileKeepsTheData() {
        database.inTransaction(c -> candidates.insert(c, everyField(1)));
        database.close();
        Database again = Database.open(database.file());
        assertThat(again.inTransaction(candidates::count)).isEqualTo(1);
        assertThat(again.inTransaction(sources::findAll)).extracting(s -> s.name()).contains("Quân nhân xuất ngũ");
    }
}
