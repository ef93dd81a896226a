package vn.ptdv.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import vn.ptdv.TestData;
import vn.ptdv.domain.Candidate;
import vn.ptdv.domain.VietnameseNames;

/**
 * The import's lookup of "the same person" finds exactly whom comparing with everyone finds, in the
 * same order: the same citizen ID, or, when either has none, the same name (ignoring case and
 * diacritics) and date of birth. A failure prints jqwik's seed.
 */
class SamePersonIndexProperties {
    /** The rule, as the import first wrote it: each row compared with every candidate. */
    private static boolean samePerson(Candidate stored, Candidate imported) {
        if (!imported.citizenId().isEmpty() && imported.citizenId().equals(stored.citizenId())) {
            return true;
        }
        return (imported.citizenId().isEmpty() || stored.citizenId().isEmpty())
                && VietnameseNames.fold(stored.fullName()).equals(VietnameseNames.fold(imported.fullName()))
                && stored.birthDate().equals(imported.birthDate());
    }

    @Provide
    Arbitrary<List<Candidate>> people() {
        // Few names, days and IDs, so that people often share them.
        Arbitrary<String> name = Arbitraries.of("Nguyễn Thị Thảo", "nguyen thi thao", "NGUYỄN THỊ THẢO", "Nguyễn  Thị Thảo",
                "Đỗ Anh Vinh", "Do Anh Vinh", "Lò Thị Mai", "Nguyễn Thị Thao");
        Arbitrary<LocalDate> birth = Arbitraries.of(LocalDate.of(1990, 1, 1), LocalDate.of(1995, 5, 5));
        Arbitrary<String> citizenId = Arbitraries.of("", "", "001190000001", "001190000002", "001195000003");
        Arbitrary<Candidate> person = Combinators.combine(name, birth, citizenId)
                .as((n, b, id) -> TestData.candidate(n).birthDate(b).citizenId(id).build());
        return person.list().ofMaxSize(30);
    }

    @Property(tries = 200)
    void findsWhomComparingWithEveryoneFindsInTheSameOrder(@ForAll("people") List<Candidate> stored,
                                                           @ForAll("people") List<Candidate> rows) {
        SamePersonIndex<Candidate> index = new SamePersonIndex<>(Candidate::citizenId, Candidate::fullName,
                Candidate::birthDate);
        List<Candidate> added = new ArrayList<>();
        for (Candidate c : stored) {
            index.add(c);
            added.add(c);
        }
        for (Candidate row : rows) {
            assertThat(index.matches(row)).isEqualTo(added.stream().filter(s -> samePerson(s, row)).toList());
            // Added after the lookups, as the rows of the file are, and after the index by name was made.
            index.add(row);
            added.add(row);
        }
    }
}
