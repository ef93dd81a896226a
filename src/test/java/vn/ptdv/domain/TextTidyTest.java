package vn.ptdv.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The fast path for text that is already tidy gives what the full tidying gives. */
class TextTidyTest {
    @Test
    void decomposedLettersAreComposedAndTidyTextIsKeptAsItIs() {
        assertThat(TextTidy.tidy("Nguye\u0302\u0303n Thi\u0323 Tha\u0309o")).isEqualTo("Nguyễn Thị Thảo");
        assertThat(TextTidy.tidy("  Nguyễn Thị Thảo ")).isEqualTo("Nguyễn Thị Thảo");
        assertThat(TextTidy.tidy("Điện Biên Phủ")).isEqualTo("Điện Biên Phủ");
    }

    @Test
    void singletonsOutsideTheVietnameseLettersStillGoThroughNormalisation() {
        // U+2126 OHM SIGN has no combining mark, yet its composed form is U+03A9.
        assertThat(TextTidy.tidy("10 \u2126")).isEqualTo("10 \u03A9");
    }

    @Test
    void invisibleAndNonBreakingSpacesAreRemovedOrMadePlain() {
        assertThat(TextTidy.tidy("Lê\u00A0Văn\u200B Hoàng\uFEFF")).isEqualTo("Lê Văn Hoàng");
    }

    @Test
    void runsOfSpacesInNamesAreFoldedButSingleSpacesLeftAlone() {
        Candidate c = Candidate.builder().fullName("Trần  Thị\tMai   Anh").gender(Gender.FEMALE)
                .birthDate(LocalDate.of(2001, 5, 19)).birthPlace("Xã Phố Lu").build();
        assertThat(c.fullName()).isEqualTo("Trần Thị Mai Anh");
        assertThat(c.birthPlace()).isEqualTo("Xã Phố Lu");
    }
}
