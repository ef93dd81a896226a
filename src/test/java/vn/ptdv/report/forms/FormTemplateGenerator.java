package vn.ptdv.report.forms;

import static vn.ptdv.report.forms.DocxBuilder.DOTS;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Makes the built-in templates of src/main/resources/forms from the wording of the forms of Hướng dẫn
 * 12-HD/BTCTW (mẫu 3-, 5-, 6-, 10- and 13-KNĐ), the minutes of the cell's meeting and the list for the
 * committee above. Run {@link #main} after changing a text; {@code FormTemplatesTest} checks that the
 * committed files are what this writes. {@code {{name}}} is a fact the program fills; dots are left to
 * be written by hand.
 */
public final class FormTemplateGenerator {
    private static final String[] TO_COMMITTEE = {"Nơi nhận:", "- {{superiorExec}},", "- Lưu chi bộ."};
    /** Who came to the vote: the official members present and absent are the program's, the rest by hand. */
    private static final String ATTENDANCE = "Có mặt: " + DOTS + " đồng chí (chính thức {{membersPresent}} đồng chí,"
            + " dự bị " + DOTS + " đồng chí); vắng mặt: " + DOTS + " đồng chí (chính thức {{membersAbsent}} đồng chí,"
            + " dự bị " + DOTS + " đồng chí), lý do: " + DOTS + ".";
    private static final String[] CELL_SIGNS = {"T/M CHI BỘ", "BÍ THƯ", "(Ký, ghi rõ họ tên)"};

    private FormTemplateGenerator() {
    }

    public static void main(String[] args) throws IOException {
        writeAll(Path.of(args.length > 0 ? args[0] : "src/main/resources/forms"));
    }

    static void writeAll(Path folder) throws IOException {
        Files.createDirectories(folder);
        for (FormKind kind : FormKind.values()) {
            try (OutputStream out = Files.newOutputStream(folder.resolve(kind.resourceName()))) {
                build(kind).write(out);
            }
        }
    }

    static DocxBuilder build(FormKind kind) {
        return switch (kind) {
            case INTRODUCER_STATEMENT -> introducer();
            case COMMENTS_SUMMARY -> comments();
            case ADMISSION_RESOLUTION -> admissionResolution();
            case ADMISSION_MINUTES -> minutes();
            case ADMISSION_LIST -> list();
            case SELF_REVIEW -> selfReview();
            case OFFICIAL_RESOLUTION -> officialResolution();
        };
    }

    private static DocxBuilder person(DocxBuilder d) {
        return d.para("Họ và tên: {{name}}; giới tính: {{gender}}; sinh ngày: {{birthDate}}.")
                .para("Quê quán: {{homeTown}}.")
                .para("Nơi ở hiện nay: {{residence}}.")
                .para("Dân tộc: {{ethnicity}}; tôn giáo: {{religion}}; trình độ giáo dục phổ thông: {{education}}.")
                .para("Nghề nghiệp, nơi làm việc: {{work}}.");
    }

    private static DocxBuilder introducer() {
        DocxBuilder d = new DocxBuilder(false).header("")
                .title("GIẤY GIỚI THIỆU NGƯỜI VÀO ĐẢNG")
                .centredLine("Kính gửi: {{cell}}", false)
                .para("Tôi là: {{introducer}}; sinh ngày " + DOTS + ".")
                .para("Vào Đảng ngày " + DOTS + "; chính thức ngày " + DOTS + ".")
                .para("Chức vụ, nơi công tác: " + DOTS + ".")
                .para("Hiện sinh hoạt tại {{cell}}.")
                .para("Tôi được biết và cùng công tác (hoặc cùng cư trú) với quần chúng {{name}} từ ngày {{knownSince}}"
                        + " đến nay, tại " + DOTS + ".")
                .para("Tôi xin giới thiệu quần chúng {{name}}, sinh ngày {{birthDate}}, quê quán {{homeTown}},"
                        + " nơi ở hiện nay {{residence}}, vào Đảng Cộng sản Việt Nam. Sau đây là những nhận xét của tôi"
                        + " về quần chúng {{name}}:")
                .lead("1. Lý lịch: ", "").dotLines(2)
                .lead("2. Ưu điểm ", "(về phẩm chất chính trị, đạo đức, lối sống, năng lực công tác, quan hệ quần chúng):")
                .dotLines(3)
                .lead("3. Khuyết điểm: ", "").dotLines(2)
                .para("Tôi xin chịu trách nhiệm trước Đảng về những điều giới thiệu trên và tiếp tục giúp đỡ quần chúng"
                        + " {{name}} phấn đấu trở thành đảng viên.");
        return d.signature(new String[] {""}, true, new String[] {"NGƯỜI GIỚI THIỆU", "(Ký, ghi rõ họ tên)"},
                "{{introducer}}");
    }

    private static DocxBuilder comments() {
        DocxBuilder d = new DocxBuilder(false).header("")
                .title("TỔNG HỢP Ý KIẾN NHẬN XÉT", "của đoàn thể chính trị - xã hội nơi làm việc",
                        "và chi ủy (chi bộ) nơi cư trú đối với người xin vào Đảng")
                .para("Thực hiện quy định về kết nạp đảng viên, chi ủy {{cell}} đã lấy ý kiến nhận xét đối với quần"
                        + " chúng {{name}}, sinh ngày {{birthDate}}, nơi ở hiện nay {{residence}}, nghề nghiệp, nơi làm"
                        + " việc: {{work}}. Kết quả như sau:")
                .lead("1. Ý kiến nhận xét của đoàn thể chính trị - xã hội nơi làm việc ", "({{associations}}):")
                .para("Tổng số đoàn viên (hội viên) được hỏi ý kiến: " + DOTS + "; số tán thành: " + DOTS
                        + "; số không tán thành: " + DOTS + ".")
                .para("Ưu điểm, khuyết điểm chính:").dotLines(3)
                .lead("2. Ý kiến nhận xét của chi ủy (chi bộ) nơi cư trú ", "({{residence}}):")
                .para("Chi ủy (chi bộ) nơi cư trú nhận xét: " + DOTS + ".").dotLines(2)
                .lead("3. Nhận xét chung của chi ủy: ", "").dotLines(3)
                .para("Chi ủy tổng hợp để chi bộ xem xét, đề nghị kết nạp quần chúng {{name}} vào Đảng.");
        return d.signature(TO_COMMITTEE, false, new String[] {"T/M CHI ỦY", "BÍ THƯ", "(Ký, ghi rõ họ tên)"},
                "{{secretary}}");
    }

    private static DocxBuilder admissionResolution() {
        DocxBuilder d = new DocxBuilder(false).header("Số {{number}}")
                .title("NGHỊ QUYẾT", "đề nghị kết nạp đảng viên")
                .para("Ngày {{day}} tháng {{month}} năm {{year}}, {{cell}} đã họp để xét, đề nghị kết nạp quần chúng"
                        + " {{name}} vào Đảng.")
                .para("Tổng số đảng viên của chi bộ: " + DOTS + " đồng chí, trong đó chính thức {{officialMembers}}"
                        + " đồng chí, dự bị " + DOTS + " đồng chí.")
                .para(ATTENDANCE)
                .para("Chủ trì hội nghị: đồng chí " + DOTS + ", chức vụ " + DOTS + ".")
                .para("Thư ký hội nghị: đồng chí " + DOTS + ".")
                .para("Sau khi nghiên cứu đơn xin vào Đảng, lý lịch, {{introductions}}, tổng hợp ý"
                        + " kiến nhận xét của đoàn thể chính trị - xã hội nơi làm việc và chi ủy nơi cư trú, chi bộ"
                        + " thống nhất nhận xét quần chúng {{name}} như sau:");
        person(d)
                .lead("1. Ưu điểm ", "(về phẩm chất chính trị, đạo đức, lối sống, năng lực công tác, quan hệ quần chúng):")
                .dotLines(3)
                .lead("2. Khuyết điểm: ", "").dotLines(2)
                .lead("3. Kết quả biểu quyết: ", "số đảng viên chính thức tán thành việc kết nạp quần chúng {{name}}"
                        + " vào Đảng là {{votesFor}}/{{officialMembers}} đồng chí, đạt {{percent}}% so với tổng số đảng"
                        + " viên chính thức; số không tán thành: " + DOTS + " đồng chí, lý do: " + DOTS + ".")
                .para("Chi bộ đề nghị {{superiorExec}} xem xét, quyết định kết nạp quần chúng {{name}} vào Đảng Cộng"
                        + " sản Việt Nam.");
        return d.signature(TO_COMMITTEE, false, CELL_SIGNS, "{{secretary}}");
    }

    private static DocxBuilder minutes() {
        DocxBuilder d = new DocxBuilder(false).header("")
                .title("BIÊN BẢN", "họp chi bộ xét, đề nghị kết nạp đảng viên")
                .para("Hôm nay, vào hồi " + DOTS + " giờ, ngày {{day}} tháng {{month}} năm {{year}}, tại " + DOTS
                        + ", {{cell}} họp để xét, đề nghị kết nạp quần chúng {{name}} vào Đảng.")
                .lead("I. THÀNH PHẦN", "")
                .para("Tổng số đảng viên của chi bộ: " + DOTS + " đồng chí, trong đó chính thức {{officialMembers}}"
                        + " đồng chí, dự bị " + DOTS + " đồng chí.")
                .para(ATTENDANCE)
                .para("Đại biểu cấp ủy cấp trên (nếu có): " + DOTS + ".")
                .para("Chủ trì: đồng chí " + DOTS + ", chức vụ " + DOTS + ".")
                .para("Thư ký: đồng chí " + DOTS + ".")
                .lead("II. NỘI DUNG", "")
                .para("1. Đồng chí chủ trì nêu mục đích, yêu cầu của cuộc họp; báo cáo tóm tắt quá trình phấn đấu, rèn"
                        + " luyện của quần chúng {{name}}, sinh ngày {{birthDate}}; thông qua đơn xin vào Đảng, lý lịch,"
                        + " giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng số {{certificate}}, kết quả thẩm tra lý"
                        + " lịch, {{introductions}} và tổng hợp ý kiến nhận xét của đoàn thể chính"
                        + " trị - xã hội nơi làm việc, chi ủy nơi cư trú.")
                .para("2. Ý kiến thảo luận của đảng viên:").dotLines(4)
                .para("3. Chi bộ biểu quyết: số đảng viên chính thức tán thành việc kết nạp là {{votesFor}}/"
                        + "{{officialMembers}} đồng chí, đạt {{percent}}% so với tổng số đảng viên chính thức; số không"
                        + " tán thành: " + DOTS + " đồng chí.")
                .para("Chi bộ thống nhất đề nghị {{superiorExec}} xem xét, quyết định kết nạp quần chúng {{name}} vào"
                        + " Đảng Cộng sản Việt Nam.")
                .para("Cuộc họp kết thúc vào hồi " + DOTS + " giờ cùng ngày. Biên bản đã được đọc lại trước chi bộ và"
                        + " được các đồng chí dự họp nhất trí thông qua.");
        return d.signature(new String[] {"THƯ KÝ", "(Ký, ghi rõ họ tên)"}, true, new String[] {"CHỦ TRÌ",
            "T/M CHI BỘ", "BÍ THƯ"}, "{{secretary}}");
    }

    private static DocxBuilder list() {
        DocxBuilder d = new DocxBuilder(true).header("")
                .title("DANH SÁCH", "quần chúng được chi bộ đề nghị kết nạp vào Đảng")
                .centredLine("Kính gửi: {{superiorExec}}", false)
                .para("{{cell}} đề nghị {{superiorExec}} xem xét, quyết định kết nạp vào Đảng Cộng sản Việt Nam"
                        + " {{count}} quần chúng có tên sau đây:")
                .loopTable("{{people}}",
                        new String[] {"TT", "Họ và tên", "Ngày sinh", "Giới tính", "Dân tộc", "Trình độ GDPT",
                            "Nghề nghiệp, nơi làm việc", "Người giới thiệu", "Nghị quyết của chi bộ",
                            "Tán thành / đảng viên chính thức"},
                        new String[] {"[index]", "[name]", "[birthDate]", "[gender]", "[ethnicity]", "[education]",
                            "[work]", "[introducers]", "[resolution]", "[votes]"},
                        new int[] {4, 14, 9, 7, 7, 7, 17, 14, 12, 9})
                .para("(Kèm theo hồ sơ của từng người.)");
        return d.signature(new String[] {"Nơi nhận:", "- Như trên,", "- Lưu chi bộ."}, false, CELL_SIGNS,
                "{{secretary}}");
    }

    private static DocxBuilder selfReview() {
        DocxBuilder d = new DocxBuilder(false).header("")
                .title("BẢN TỰ KIỂM ĐIỂM", "của đảng viên dự bị")
                .centredLine("Kính gửi: {{cell}}", false)
                .para("Họ và tên: {{name}}; sinh ngày: {{birthDate}}.")
                .para("Vào Đảng theo Quyết định kết nạp số {{decisionNumber}} ngày {{decisionDate}} của"
                        + " {{decisionIssuer}}; lễ kết nạp ngày {{ceremonyDate}}.")
                .para("Thời kỳ dự bị: từ ngày {{ceremonyDate}} đến ngày {{probationEnd}}.")
                .para("Nghề nghiệp, nơi làm việc: {{work}}.")
                .para("Sinh hoạt tại {{cell}}.")
                .para("Sau thời gian dự bị, tôi tự kiểm điểm như sau:")
                .lead("1. Ưu điểm: ", "").dotLines(1)
                .lead("- Về nhận thức tư tưởng chính trị: ", "").dotLines(1)
                .lead("- Về phẩm chất đạo đức, lối sống: ", "").dotLines(1)
                .lead("- Về thực hiện nhiệm vụ được giao: ", "").dotLines(1)
                .lead("- Về thực hiện nhiệm vụ đảng viên và quan hệ với quần chúng: ", "").dotLines(1)
                .lead("2. Khuyết điểm và nguyên nhân: ", "").dotLines(2)
                .lead("3. Biện pháp khắc phục khuyết điểm: ", "").dotLines(2)
                .para("Tự nhận thấy đủ tư cách đảng viên, tôi đề nghị chi bộ xem xét, đề nghị cấp ủy có thẩm quyền"
                        + " công nhận tôi là đảng viên chính thức.");
        return d.signature(new String[] {""}, true, new String[] {"NGƯỜI TỰ KIỂM ĐIỂM", "(Ký, ghi rõ họ tên)"},
                "{{name}}");
    }

    private static DocxBuilder officialResolution() {
        DocxBuilder d = new DocxBuilder(false).header("Số {{number}}")
                .title("NGHỊ QUYẾT", "đề nghị công nhận đảng viên chính thức")
                .para("Căn cứ Điều 5 Điều lệ Đảng Cộng sản Việt Nam;")
                .para("Ngày {{day}} tháng {{month}} năm {{year}}, {{cell}} đã họp để xét, đề nghị công nhận đảng viên"
                        + " dự bị {{name}}, sinh ngày {{birthDate}}, được kết nạp vào Đảng theo Quyết định số"
                        + " {{decisionNumber}} ngày {{decisionDate}} của {{decisionIssuer}} (lễ kết nạp ngày"
                        + " {{ceremonyDate}}), trở thành đảng viên chính thức.")
                .para("Tổng số đảng viên của chi bộ: " + DOTS + " đồng chí, trong đó chính thức {{officialMembers}}"
                        + " đồng chí, dự bị " + DOTS + " đồng chí.")
                .para(ATTENDANCE)
                .para("Chủ trì hội nghị: đồng chí " + DOTS + ", chức vụ " + DOTS + ".")
                .para("Thư ký hội nghị: đồng chí " + DOTS + ".")
                .para("Sau khi nghe bản tự kiểm điểm của đảng viên dự bị, nhận xét của đảng viên được phân công giúp"
                        + " đỡ, ý kiến nhận xét của tổ chức đoàn thể nơi làm việc và chi ủy nơi cư trú, chi bộ thống nhất"
                        + " nhận xét đồng chí {{name}} như sau:")
                .lead("1. Ưu điểm: ", "").dotLines(3)
                .lead("2. Khuyết điểm: ", "").dotLines(2)
                .lead("3. Kết quả biểu quyết: ", "số đảng viên chính thức tán thành đề nghị công nhận đồng chí"
                        + " {{name}} là đảng viên chính thức: {{votesFor}}/{{officialMembers}} đồng chí, đạt {{percent}}%"
                        + " so với tổng số đảng viên chính thức; số không tán thành: " + DOTS + " đồng chí.")
                .para("Chi bộ đề nghị {{superiorExec}} xem xét, quyết định công nhận đồng chí {{name}} là đảng viên"
                        + " chính thức từ ngày {{probationEnd}}.");
        return d.signature(TO_COMMITTEE, false, CELL_SIGNS, "{{secretary}}");
    }
}
