package vn.ptdv.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseNamesTest {

    @Test
    void listsSortByGivenNameThenMiddleThenFamilyName() {
        List<String> names = new ArrayList<>(List.of("Đỗ Anh Vinh", "Nguyễn Thị Thảo", "Trần Văn An", "Lê Thị Ánh",
                "Nguyễn Văn An", "Phạm Thị Ân", "Hoàng Văn Đức", "Lê Văn Dũng", "Bùi Thị Ăn", "Nguyễn Thảo"));
        names.sort(VietnameseNames.nameOrder());
        // a < á (tone) < ă < â; d < đ; a name without a middle name first.
        assertThat(names).containsExactly("Nguyễn Văn An", "Trần Văn An", "Lê Thị Ánh", "Bùi Thị Ăn", "Phạm Thị Ân",
                "Lê Văn Dũng", "Hoàng Văn Đức", "Nguyễn Thảo", "Nguyễn Thị Thảo", "Đỗ Anh Vinh");
    }

    @Test
    void doAnhVinhSortsUnderV() {
        List<String> names = new ArrayList<>(List.of("Đỗ Anh Vinh", "Trần Thị Uyên", "Lê Văn Xuân"));
        names.sort(VietnameseNames.nameOrder());
        assertThat(names).containsExactly("Trần Thị Uyên", "Đỗ Anh Vinh", "Lê Văn Xuân");
    }

    @Test
    void toneMarksComeAfterTheBaseLetter() {
        List<String> names = new ArrayList<>(List.of("Lê Thị Thạo", "Lê Thị Thảo", "Lê Thị Tháo", "Lê Thị Thão",
                "Lê Thị Thào", "Lê Thị Thao"));
        names.sort(VietnameseNames.nameOrder());
        // ngang, huyền, hỏi, ngã, sắc, nặng
        assertThat(names).containsExactly("Lê Thị Thao", "Lê Thị Thào", "Lê Thị Thảo", "Lê Thị Thão", "Lê Thị Tháo",
                "Lê Thị Thạo");
    }

    @ParameterizedTest(name = "\"{1}\" finds \"{0}\": {2}")
    @CsvSource(textBlock = """
            Nguyễn Thị Thảo, nguyen thi thao, true
            Nguyễn Thị Thảo, NGUYEN, true
            Nguyễn Thị Thảo, thao nguyen, true
            Nguyễn Thị Thảo, thảo, true
            Nguyễn Thị Thảo, '', true
            Đỗ Anh Vinh, do anh, true
            Đỗ Anh Vinh, d, true
            Đỗ Anh Vinh, đỗ vinh, true
            Đỗ Anh Vinh, nguyen, false
            Nguyễn Thị Thảo, thanh, false
            """)
    void searchIgnoresDiacriticsAndCase(String name, String query, boolean found) {
        assertThat(VietnameseNames.matches(name, query)).isEqualTo(found);
    }

    @Test
    void foldingTurnsDToDAndDropsMarks() {
        assertThat(VietnameseNames.fold("  Đặng  Thị Ngọc Ánh ")).isEqualTo("dang thi ngoc anh");
    }

    @Test
    void theListOfEthnicGroupsHasAllFiftyFour() {
        assertThat(Ethnicities.ALL).hasSize(54).doesNotHaveDuplicates().startsWith("Kinh");
    }

    /**
     * The one-string sort key orders names exactly as comparing their parts' collation keys one by one
     * does (given name, middle names, family name; fewer parts first when the others are equal), on
     * random names from Vietnamese letters with every tone, single words, empty middles, shared starts.
     */
    @Test
    void theSortKeyOrdersAsThePartsCollationDoes() {
        java.text.Collator collator = java.text.Collator.getInstance(VietnameseNames.VIETNAMESE);
        collator.setStrength(java.text.Collator.TERTIARY);
        java.util.Comparator<String> partByPart = (x, y) -> {
            List<String> a = VietnameseNames.sortParts(x);
            List<String> b = VietnameseNames.sortParts(y);
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                int c = collator.compare(a.get(i), b.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(a.size(), b.size());
        };
        String[] syllables = {"An", "Ân", "Ăn", "Ấn", "Anh", "Ánh", "Đức", "Dũng", "Thảo", "Thao", "Thạo", "Thị", "Văn",
                "Nguyễn", "Nguyên", "Lê", "Lệ", "Y", "Ý", "Ỷ", "Hoà", "Hòa", "Tú", "Tu", "Đỗ", "Do", "Ngọc", "Ngoc"};
        java.util.Random random = new java.util.Random(20261128);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            int words = 1 + random.nextInt(4);
            StringBuilder name = new StringBuilder();
            for (int w = 0; w < words; w++) {
                name.append(w == 0 ? "" : " ").append(syllables[random.nextInt(syllables.length)]);
            }
            names.add(name.toString());
        }
        for (int i = 0; i < 20_000; i++) {
            String x = names.get(random.nextInt(names.size()));
            String y = names.get(random.nextInt(names.size()));
            assertThat(Integer.signum(VietnameseNames.nameOrder().compare(x, y)))
                    .as(x + " / " + y).isEqualTo(Integer.signum(partByPart.compare(x, y)));
        }
        List<String> sorted = new ArrayList<>(names);
        VietnameseNames.sort(sorted, n -> n);
        List<String> expected = new ArrayList<>(names);
        expected.sort(partByPart);
        assertThat(sorted).isEqualTo(expected);
    }
}
