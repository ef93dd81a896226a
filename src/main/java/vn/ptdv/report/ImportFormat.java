package vn.ptdv.report;

import java.util.List;

/**
 * The fixed format of the import workbook (issue 5): cells fill it by hand and by copying from their
 * own sheets, so the sheet names and column headers are an interface: never rename them.
 */
public final class ImportFormat {
    public static final String PEOPLE = "Quần chúng";
    public static final String STEPS = "Các bước";
    public static final String GUIDE = "Hướng dẫn";

    public static final String CODE = "Mã";
    /** Made once: normalise runs for every step of a workbook. */
    private static final java.util.Locale VIETNAMESE = java.util.Locale.forLanguageTag("vi");
    public static final List<String> PEOPLE_COLUMNS = List.of(CODE, "Họ và tên", "Giới tính", "Ngày sinh", "Nơi sinh",
            "Quê quán", "Nơi thường trú", "Dân tộc", "Tôn giáo", "Số CCCD", "Điện thoại", "Nghề nghiệp, nơi làm việc",
            "Trình độ giáo dục phổ thông", "Chuyên môn", "Lý luận chính trị", "Đoàn viên", "Nguồn", "Ghi chú");
    public static final List<String> STEP_COLUMNS = List.of(CODE, "Bước", "Ngày", "Số văn bản", "Cơ quan ban hành",
            "Người liên quan", "Quen biết từ", "Số đảng viên chính thức", "Số tán thành", "Ghi chú");

    /**
     * Optional columns the program's own export adds after the fixed ones, so that an exported list
     * imports back as the same data; the template does not have them, and a sheet may leave them out.
     */
    public static final List<String> PEOPLE_EXTRA = List.of("Nơi làm việc", "Ngày vào Đoàn", "Hội viên các đoàn thể",
            "Họ tên khai sinh", "Bí danh", "Nơi tạm trú");
    /**
     * Official members present at the vote (mẫu 6-KNĐ, 13-KNĐ): added after the extra columns, so that
     * files made before it, without the column, import as they did. The template has it too, at the end.
     */
    public static final String MEMBERS_PRESENT = "Số đảng viên chính thức có mặt";
    public static final List<String> STEP_EXTRA = List.of("Ngày nhận quyết định", "Kết quả", MEMBERS_PRESENT);

    /** The template's step columns: the fixed ones and the number present, which a cell fills by hand. */
    static List<String> templateStepColumns() {
        return concat(STEP_COLUMNS, List.of(MEMBERS_PRESENT));
    }

    static List<String> peopleColumns() {
        return concat(PEOPLE_COLUMNS, PEOPLE_EXTRA);
    }

    static List<String> stepColumns() {
        return concat(STEP_COLUMNS, STEP_EXTRA);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    /** More rows than any cell keeps: a larger sheet is refused rather than read for minutes. */
    public static final int MAX_ROWS = 5000;
    /** A person's whole file has at most eighteen steps: the steps sheet may hold that many times more. */
    public static final int MAX_STEP_ROWS = 18 * MAX_ROWS;

    private ImportFormat() {
    }

    /** Headers match ignoring case and spaces at the ends. */
    static String normalise(String header) {
        return header == null ? "" : header.strip().toLowerCase(VIETNAMESE);
    }
}
