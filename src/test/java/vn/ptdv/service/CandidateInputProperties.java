package vn.ptdv.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import vn.ptdv.Hostile;
import vn.ptdv.TestData;
import vn.ptdv.domain.Candidate;
import vn.ptdv.domain.PersonRole;
import vn.ptdv.domain.Step;
import vn.ptdv.domain.StepCode;
import vn.ptdv.domain.StepPerson;
import vn.ptdv.i18n.Messages;

/**
 * Random and hostile values through the candidate form's and the step editor's saves: each is either
 * stored and read back exactly, or refused with errors that name a field of the form in words the
 * person reads; nothing else is thrown and nothing is half written. A failure prints jqwik's seed;
 * {@code @Property(seed = "…")} repeats it.
 */
class CandidateInputProperties {
    private static final Set<String> CANDIDATE_FIELDS = Set.copyOf(
            vn.ptdv.ui.candidate.CandidateFormViewModel.TEXT_FIELDS);
    private static final Set<String> STEP_FIELDS = Set.of("code", "date", "documentNumber", "issuingBody",
            "receivedDate", "result", "officialMembers", "votesFor", "people", "note");

    private static Path folder;
    private static Services services;
    private static long owner;
    private final Messages messages = Messages.current();

    @BeforeContainer
    static void open() throws IOException {
        folder = Files.createTempDirectory("ptdv-properties");
        services = TestData.services(folder);
        owner = services.candidates().save(TestData.candidate("Chủ Hồ Sơ").birthDate(LocalDate.of(1990, 5, 6)).build(),
                PhotoUpdate.keep()).id();
    }

    @AfterContainer
    static void close() throws IOException {
        services.close();
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Provide
    Arbitrary<String> text() {
        return Hostile.text();
    }

    /** Mostly dates a file can hold (so most tries reach the database), the rest hostile. */
    @Provide
    Arbitrary<LocalDate> date() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, net.jqwik.time.api.Dates.dates()
                        .between(LocalDate.of(1990, 5, 6), TestData.TODAY)),
                net.jqwik.api.Tuple.of(1, Hostile.date()));
    }

    @Provide
    Arbitrary<Optional<Integer>> number() {
        return Hostile.number().optional(0.8);
    }

    @Provide
    Arbitrary<String> citizenId() {
        return Arbitraries.oneOf(Hostile.text(), Arbitraries.strings().numeric().ofMinLength(11).ofMaxLength(13));
    }

    @Property(tries = 100)
    void aCandidateIsStoredExactlyOrRefusedByField(@ForAll("text") String name, @ForAll("text") String birthPlace,
                                                     @ForAll("text") String notes, @ForAll("text") String alias,
                                                     @ForAll("citizenId") String citizenId,
                                                     @ForAll("date") LocalDate birth,
                                                     @ForAll("date") LocalDate youthUnion, @ForAll boolean member) {
        Candidate candidate = TestData.candidate(name).birthPlace(birthPlace).notes(notes).alias(alias)
                .citizenId(citizenId).birthDate(birth).youthUnionMember(member)
                .youthUnionSince(member ? youthUnion : null).build();
        int before = services.candidates().count();
        try {
            Candidate saved = services.candidates().save(candidate, PhotoUpdate.keep());
            assertThat(services.candidates().find(saved.id())).contains(saved);
            assertThat(saved).isEqualTo(candidate.withId(saved.id()));
            assertThat(services.candidates().count()).isEqualTo(before + 1);
            services.candidates().delete(saved.id()); // keeps the next try's citizen ID free
        } catch (ValidationException refused) {
            assertReadable(refused, CANDIDATE_FIELDS);
            assertThat(services.candidates().count()).isEqualTo(before);
        }
    }

    @Property(tries = 100)
    void aStepIsStoredExactlyOrRefusedByField(@ForAll StepCode code, @ForAll("date") LocalDate date,
                                              @ForAll("text") String document, @ForAll("text") String note,
                                              @ForAll("text") String person, @ForAll("date") LocalDate knownSince,
                                              @ForAll("number") Optional<Integer> members,
                                              @ForAll("number") Optional<Integer> votes,
                                              @ForAll("date") LocalDate received) {
        List<StepPerson> people = code.personRole()
                .map(role -> List.of(new StepPerson(role, person, Optional.of(knownSince)),
                        StepPerson.of(role == PersonRole.HELPER ? role : PersonRole.INTRODUCER, "Lương Văn Sơn")))
                .orElse(List.of());
        Step step = new Step(0, owner, code, date, document, document, Optional.of(received), note, members, Optional.empty(), votes,
                note, people);
        int before = services.candidates().steps(owner).size();
        try {
            Step saved = services.candidates().saveStep(step);
            assertThat(services.candidates().steps(owner)).hasSize(before + 1).contains(saved);
            services.candidates().deleteStep(saved.id());
        } catch (ValidationException refused) {
            assertReadable(refused, STEP_FIELDS);
            assertThat(services.candidates().steps(owner)).hasSize(before);
        }
    }

    /** Every error belongs to a field the screen shows, and its message is a real, filled-in text. */
    private void assertReadable(ValidationException refused, Set<String> fields) {
        assertThat(refused.errors()).isNotEmpty().allSatisfy(e -> {
            assertThat(fields).contains(e.field());
            String text = messages.get(e.messageKey(), e.args().toArray());
            assertThat(text).isNotEqualTo(e.messageKey()).doesNotContain("{0}");
        });
    }
}
