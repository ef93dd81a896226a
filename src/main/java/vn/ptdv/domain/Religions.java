package vn.ptdv.domain;

import java.util.List;

/**
 * The religions a cell's candidates usually have, as the forms spell them, so that "không" and "Không" are
 * counted as one. A religion not in the list keeps its spelling, with a capital first letter.
 */
public final class Religions {
    public static final String NONE = "Không";

    static final List<String> USUAL = List.of(NONE, "Phật giáo", "Công giáo", "Tin lành", "Cao Đài", "Hòa Hảo",
            "Hồi giáo", "Bà-la-môn", "Tứ Ân Hiếu Nghĩa", "Bửu Sơn Kỳ Hương", "Minh Sư đạo", "Minh Lý đạo",
            "Tịnh độ Cư sĩ Phật hội Việt Nam", "Baha'i", "Mặc môn", "Phật giáo Hiếu Nghĩa Tà Lơn");

    private static final OfficialSpelling SPELLING = new OfficialSpelling(USUAL);

    private Religions() {
    }

    /** The usual spelling of the religion, or the text given with a capital first letter. */
    public static String canonical(String religion) {
        String known = SPELLING.of(religion);
        if (known.isEmpty() || SPELLING.isListed(known)) {
            return known;
        }
        return known.substring(0, 1).toUpperCase(VietnameseNames.VIETNAMESE) + known.substring(1);
    }
}
