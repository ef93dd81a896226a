package vn.ptdv.domain;

import java.util.List;

/** The 54 ethnic groups of Vietnam, as named in the official list (Kinh first). */
public final class Ethnicities {
    public static final String KINH = "Kinh";

    public static final List<String> ALL = List.of(
            "Kinh", "Tày", "Thái", "Mường", "Khmer", "Hoa", "Nùng", "Mông", "Dao", "Gia Rai",
            "Ê Đê", "Ba Na", "Sán Chay", "Chăm", "Cơ Ho", "Xơ Đăng", "Sán Dìu", "Hrê", "Ra Glai",
            "Mnông", "Thổ", "Xtiêng", "Khơ Mú", "Bru - Vân Kiều", "Cơ Tu", "Giáy", "Tà Ôi", "Mạ",
            "Giẻ Triêng", "Co", "Chơ Ro", "Xinh Mun", "Hà Nhì", "Chu Ru", "Lào", "La Chí", "Kháng",
            "Phù Lá", "La Hủ", "La Ha", "Pà Thẻn", "Lự", "Ngái", "Chứt", "Lô Lô", "Mảng", "Cơ Lao",
            "Bố Y", "Cống", "Si La", "Pu Péo", "Rơ Măm", "Brâu", "Ơ Đu");

    private static final OfficialSpelling SPELLING = new OfficialSpelling(ALL);

    private Ethnicities() {
    }

    /**
     * The official spelling of an ethnicity written in another case or spacing ("kinh", "THÁI", "Bru-Vân
     * Kiều"), so that it is counted with its group; any other text as it was written, stripped.
     */
    public static String canonical(String ethnicity) {
        return SPELLING.of(ethnicity);
    }
}
