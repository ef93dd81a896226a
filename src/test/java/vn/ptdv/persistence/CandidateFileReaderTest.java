package vn.ptdv.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ptdv.domain.Candidate;
import vn.ptdv.domain.Gender;
import vn.ptdv.domain.PersonRole;
import vn.ptdv.domain.Step;
import vn.ptdv.domain.StepCode;
import vn.ptdv.domain.StepPerson;

/**
 * The packed read (a row per candidate, the file as JSON made by SQLite) gives exactly what the
 * column-by-column repositories give, whatever was typed: quotes, backslashes, line breaks, control
 * characters, text that looks like JSON, missing optional values.
 */
class CandidateFileReaderTest {
    /** Text a person may type or paste, chosen to break a careless packing or parsing. */
    private static final String AWKWARD = "“Trích” \"dẫn\" \\ gạch ngược\nDòng 2\tTab \u0001\u001f [\"a\",1] null {} , ; 🙂";

    @TempDir
    Path folder;

    private Database database;
    private final CandidateRepository candidates = new CandidateRepository();
    private final StepRepository steps = new StepRepository();
    private final CandidateFileReader reader = new CandidateFileReader();

    @BeforeEach
    void open() {
        database = Database.open(folder.resolve("ptdv.db"));
    }

    private long insert(Candidate candidate, Step... file) {
        return database.inTransaction(c -> {
            long id = candidates.insert(c, candidate);
            for (Step s : file) {
                steps.insert(c, s.withCandidateId(id));
            }
            return id;
        });
    }

    private static Candidate.Builder person(String name) {
        return Candidate.builder().fullName(name).gender(Gender.MALE).birthDate(LocalDate.of(1995, 5, 17));
    }

    private Map<Long, List<Step>> readAll(CandidateFileReader.Filter filter, Map<Long, Candidate> people) {
        Map<Long, List<Step>> files = new LinkedHashMap<>();
        database.inTransaction(c -> {
            reader.forEachPacked(c, filter, file -> {
                Candidate candidate = file.candidate();
                people.put(candidate.id(), candidate);
                files.put(candidate.id(), file.steps());
            });
            return null;
        });
        return files;
    }

    @Test
    void everyFieldAndEveryStepComeBackAsTheRepositoriesReadThem() {
        long full = insert(person("Nguyễn Thị Ngọc Ánh").gender(Gender.FEMALE).birthName(AWKWARD).alias("Ánh")
                        .birthPlace(AWKWARD).homeTown("Thái Bình").permanentResidence("Số 5").temporaryResidence("")
                        .ethnicity("Tày").religion("Phật giáo").citizenId("001300012345").phone("0912 345 678")
                        .occupation("Giáo viên").workplace(AWKWARD).education("12/12").professionalQualification("ĐH")
                        .politicalTheory("Sơ cấp").youthUnionMember(true).youthUnionSince(LocalDate.of(2015, 3, 26))
                        .massAssociations("Hội Phụ nữ").sourceCategoryId(1L).notes(AWKWARD).build(),
                new Step(0, 0, StepCode.INTRODUCTION, LocalDate.of(2025, 11, 15), "", "", Optional.empty(), "",
                        Optional.empty(), Optional.empty(), Optional.empty(), AWKWARD,
                        List.of(new StepPerson(PersonRole.YOUTH_UNION_INTRODUCER, "BCH Đoàn \"xã\"", Optional.empty()),
                                new StepPerson(PersonRole.INTRODUCER, AWKWARD, Optional.of(LocalDate.of(2023, 1, 1))))),
                new Step(0, 0, StepCode.CELL_RESOLUTION, LocalDate.of(2025, 12, 5), "12-NQ/CB", AWKWARD,
                        Optional.of(LocalDate.of(2025, 12, 6)), AWKWARD, Optional.of(32), Optional.of(31), Optional.of(0), "", List.of()),
                Step.simple(0, StepCode.SOURCE_LISTED, LocalDate.of(2025, 11, 15)));
        long bare = insert(person("Lê Văn Tám").build());

        Map<Long, Candidate> people = new LinkedHashMap<>();
        Map<Long, List<Step>> files = readAll(CandidateFileReader.Filter.all(), people);

        assertThat(people.keySet()).containsExactly(full, bare);
        for (long id : List.of(full, bare)) {
            assertThat(people.get(id)).isEqualTo(database.inTransaction(c -> candidates.find(c, id)).orElseThrow());
            assertThat(files.get(id)).isEqualTo(database.inTransaction(c -> steps.forCandidate(c, id)));
        }
        assertThat(files.get(full)).hasSize(3);
        assertThat(people.get(bare).citizenId()).isEmpty();
        assertThat(people.get(bare).sourceCategoryId()).isEmpty();
        assertThat(people.get(bare).youthUnionSince()).isEmpty();
    }

    @Test
    void manyFilesEnteredInAnyOrderComeBackAsTheRepositoriesReadThemWithAndWithoutTheYearFilter() {
        // Steps entered out of date order, several on one day, people on some steps and on none of some
        // files: the steps must come back by date then entry, each with its own people in their order.
        java.util.Random random = new java.util.Random(11);
        StepCode[] codes = {StepCode.SOURCE_LISTED, StepCode.HELPER_ASSIGNED, StepCode.INTRODUCTION,
            StepCode.AWARENESS_CLASS, StepCode.APPLICATION};
        List<Long> ids = new ArrayList<>();
        for (int n = 0; n < 80; n++) {
            List<Step> file = new ArrayList<>();
            int count = random.nextInt(6);
            for (int i = 0; i < count; i++) {
                StepCode code = codes[random.nextInt(codes.length)];
                List<StepPerson> people = new ArrayList<>();
                if (code == StepCode.HELPER_ASSIGNED || code == StepCode.INTRODUCTION) {
                    for (int k = random.nextInt(3); k > 0; k--) {
                        people.add(new StepPerson(code == StepCode.HELPER_ASSIGNED ? PersonRole.HELPER
                                : PersonRole.INTRODUCER, "Người " + n + "-" + i + "-" + k,
                                random.nextBoolean() ? Optional.of(LocalDate.of(2020, 1 + k, 1)) : Optional.empty()));
                    }
                }
                file.add(new Step(0, 0, code, LocalDate.of(2023 + random.nextInt(3), 1 + random.nextInt(2), 1), "",
                        "", Optional.empty(), "", Optional.empty(), Optional.empty(), Optional.empty(), "", people));
            }
            ids.add(insert(person("Người thứ " + n).build(), file.toArray(Step[]::new)));
        }
        for (CandidateFileReader.Filter filter : List.of(CandidateFileReader.Filter.all(),
                CandidateFileReader.Filter.withStepBetween(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)))) {
            Map<Long, Candidate> people = new LinkedHashMap<>();
            Map<Long, List<Step>> files = readAll(filter, people);
            assertThat(files).isNotEmpty();
            for (long id : files.keySet()) {
                assertThat(files.get(id)).isEqualTo(database.inTransaction(c -> steps.forCandidate(c, id)));
            }
            assertThat(files.values().stream().mapToLong(f -> f.stream().mapToLong(st -> st.people().size()).sum()).sum())
                    .isPositive();
        }
        assertThat(readAll(CandidateFileReader.Filter.all(), new LinkedHashMap<>()).keySet()).containsExactlyElementsOf(ids);
    }

    @Test
    void theYearFilterReadsExactlyTheFilesWithAStepInTheYears() {
        long in2025 = insert(person("A").build(), Step.simple(0, StepCode.SOURCE_LISTED, LocalDate.of(2025, 12, 31)));
        long in2024 = insert(person("B").build(), Step.simple(0, StepCode.SOURCE_LISTED, LocalDate.of(2024, 1, 1)),
                Step.simple(0, StepCode.HELPER_ASSIGNED, LocalDate.of(2026, 1, 1)));
        insert(person("C").build());
        long spanning = insert(person("D").build(), Step.simple(0, StepCode.SOURCE_LISTED, LocalDate.of(2023, 6, 1)),
                Step.simple(0, StepCode.AWARENESS_CLASS, LocalDate.of(2025, 1, 1)));

        Map<Long, List<Step>> files = readAll(CandidateFileReader.Filter.withStepBetween(LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31)), new LinkedHashMap<>());

        assertThat(files.keySet()).containsExactlyInAnyOrder(in2025, spanning);
        assertThat(files.get(spanning)).hasSize(2); // the whole file, not only the year's steps
        assertThat(files).doesNotContainKey(in2024);
    }

    @Test
    void theListReadsEachStepsCodeDateAndIdAndOnlyTheHelpersOfHelperAssignments() {
        long id = insert(person("Nguyễn Văn An").citizenId("001200000001").phone("0987").sourceCategoryId(1L).build(),
                new Step(0, 0, StepCode.INTRODUCTION, LocalDate.of(2025, 11, 15), "", "", Optional.empty(), "",
                        Optional.empty(), Optional.empty(), Optional.empty(), "",
                        List.of(StepPerson.of(PersonRole.INTRODUCER, "Người giới thiệu"))),
                new Step(0, 0, StepCode.HELPER_ASSIGNED, LocalDate.of(2025, 3, 1), "", "", Optional.empty(), "",
                        Optional.empty(), Optional.empty(), Optional.empty(), "",
                        List.of(StepPerson.of(PersonRole.HELPER, "Trần \"Bình\""), StepPerson.of(PersonRole.HELPER, "Lê Hoa"))),
                Step.simple(0, StepCode.SOURCE_LISTED, LocalDate.of(2024, 2, 2)));
        List<Step> full = database.inTransaction(c -> steps.forCandidate(c, id));

        List<CandidateFileReader.ListRow> rows = new ArrayList<>();
        database.inTransaction(c -> {
            reader.forEachListed(c, rows::add);
            return null;
        });

        assertThat(rows).hasSize(1);
        CandidateFileReader.ListRow row = rows.get(0);
        assertThat(row.fullName()).isEqualTo("Nguyễn Văn An");
        assertThat(row.citizenId()).isEqualTo("001200000001");
        assertThat(row.phone()).isEqualTo("0987");
        assertThat(row.sourceCategoryId()).contains(1L);
        assertThat(row.steps()).extracting(Step::id, Step::code, Step::date)
                .containsExactlyElementsOf(full.stream().map(s -> org.assertj.core.groups.Tuple.tuple(s.id(), s.code(),
                        s.date())).toList());
        assertThat(row.steps()).filteredOn(s -> s.code() == StepCode.HELPER_ASSIGNED).singleElement()
                .extracting(Step::people).isEqualTo(List.of(StepPerson.of(PersonRole.HELPER, "Trần \"Bình\""),
                        StepPerson.of(PersonRole.HELPER, "Lê Hoa")));
        assertThat(row.steps()).filteredOn(s -> s.code() != StepCode.HELPER_ASSIGNED)
                .allSatisfy(s -> assertThat(s.people()).isEmpty());
    }
}
