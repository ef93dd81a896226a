package vn.ptdv.service;

import static vn.ptdv.domain.StepCode.APPLICATION;
import static vn.ptdv.domain.StepCode.AWARENESS_CLASS;
import static vn.ptdv.domain.StepCode.BIOGRAPHY;
import static vn.ptdv.domain.StepCode.CEREMONY;
import static vn.ptdv.domain.StepCode.CELL_RESOLUTION;
import static vn.ptdv.domain.StepCode.COMMENTS;
import static vn.ptdv.domain.StepCode.COMMITTEE_RESOLUTION;
import static vn.ptdv.domain.StepCode.MOVED_AWAY;
import static vn.ptdv.domain.StepCode.NEW_MEMBER_CLASS;
import static vn.ptdv.domain.StepCode.OFFICIAL_DECISION;
import static vn.ptdv.domain.StepCode.OFFICIAL_RESOLUTION;
import static vn.ptdv.domain.StepCode.PROBATION_REVIEW;
import static vn.ptdv.domain.StepCode.SOURCE_LISTED;
import static vn.ptdv.domain.StepCode.STOPPED;
import static vn.ptdv.service.DemoDataService.person;

import java.time.LocalDate;
import java.util.List;
import vn.ptdv.domain.Gender;
import vn.ptdv.domain.PersonRole;
import vn.ptdv.service.DemoDataService.DemoCandidate;
import vn.ptdv.service.DemoDataService.FileBuilder;

/**
 * The sample cell's candidates over 2024–2026: one full member, three admitted in 2026, one proposed,
 * several being cultivated, two in the pool, one stopped and one moved away.
 */
final class DemoCandidates {
    private static final String CENTRE = "Trung tâm Chính trị huyện Bảo Thắng";
    private static final String COMMUNE_CENTRE = "Trung tâm Chính trị xã Phố Lu";
    private static final String DISTRICT = "Ban Thường vụ Huyện ủy Bảo Thắng";
    private static final String COMMUNE = "Ban Thường vụ Đảng ủy xã Phố Lu";
    private static final String YOUTH_UNION = "Ban Chấp hành Đoàn xã Phố Lu";

    private DemoCandidates() {
    }

    static List<DemoCandidate> all() {
        return List.of(
                new FileBuilder(person("Lê Văn Hoàng", Gender.MALE, "1995-08-22", "010095004127")
                        .education("12/12").occupation("Lái xe").workplace("Công ty TNHH Vận tải Phố Lu")
                        .phone("0912 345 678").massAssociations("Hội Cựu chiến binh")
                        .professionalQualification("Trung cấp").politicalTheory("Sơ cấp").build(),
                        "Quân nhân xuất ngũ")
                        .document(SOURCE_LISTED, "2024-01-10", "02-NQ/CB", "")
                        .helper("2024-01-15", "Trần Văn Bình")
                        .document(AWARENESS_CLASS, "2024-04-20", "87/GCN-TTCT", CENTRE)
                        .step(APPLICATION, "2024-08-01").step(BIOGRAPHY, "2024-08-10")
                        .verification("2024-09-30", "Lý lịch rõ ràng, gia đình chấp hành tốt chủ trương, chính sách")
                        .introduction("2024-10-05", PersonRole.INTRODUCER,
                                "Trần Văn Bình", "2022-06-01", "Nguyễn Thị Hương", "2023-01-15")
                        .step(COMMENTS, "2024-10-10")
                        .vote(CELL_RESOLUTION, "2024-10-20", "14-NQ/CB", 30, 30, 29)
                        .document(COMMITTEE_RESOLUTION, "2024-11-05", "56-NQ/ĐU", "")
                        .decision("2024-12-10", "312-QĐ/HU", DISTRICT, "2024-12-13")
                        .step(CEREMONY, "2024-12-28")
                        .document(NEW_MEMBER_CLASS, "2025-04-10", "42/GCN-TTCT", "")
                        .step(PROBATION_REVIEW, "2025-12-15")
                        .vote(OFFICIAL_RESOLUTION, "2026-01-08", "01-NQ/CB", 31, 31, 31)
                        .document(OFFICIAL_DECISION, "2026-02-10", "118-QĐ/ĐU", COMMUNE)
                        .build(),
                new FileBuilder(person("Nguyễn Thị Thảo", Gender.FEMALE, "1998-04-12", "010198004512")
                        .education("12/12").occupation("Giáo viên mầm non").workplace("Trường Mầm non Phố Lu")
                        .professionalQualification("Cao đẳng Sư phạm").phone("0978 112 233")
                        .youthUnionMember(true).youthUnionSince(LocalDate.of(2013, 3, 26))
                        .massAssociations("Hội Liên hiệp Phụ nữ").build(),
                        "Đoàn viên thanh niên")
                        .document(SOURCE_LISTED, "2024-03-15", "05-NQ/CB", "")
                        .helper("2024-03-20", "Trần Văn Bình")
                        .document(AWARENESS_CLASS, "2024-06-10", "112/GCN-TTCT", CENTRE)
                        .step(APPLICATION, "2025-09-05").step(BIOGRAPHY, "2025-09-20")
                        .verification("2025-11-10", "Lý lịch rõ ràng")
                        .introduction("2025-11-15", PersonRole.YOUTH_UNION_INTRODUCER,
                                YOUTH_UNION, "", "Trần Văn Bình", "2023-01-01")
                        .step(COMMENTS, "2025-11-25")
                        .vote(CELL_RESOLUTION, "2025-12-05", "12-NQ/CB", 32, 31, 30)
                        .document(COMMITTEE_RESOLUTION, "2025-12-20", "88-NQ/ĐU", "")
                        .decision("2026-01-15", "245-QĐ/ĐU", COMMUNE, "2026-01-20")
                        .step(CEREMONY, "2026-02-03")
                        .document(NEW_MEMBER_CLASS, "2026-05-15", "19/GCN-TTCT", "")
                        .review("2025-09-15", "Trần Văn Bình", "GGGG", true,
                                "Đủ điều kiện, đề nghị chi bộ xem xét kết nạp.",
                                "Nắm vững đường lối, chủ trương của Đảng", "Gương mẫu", "Được nhà trường khen thưởng",
                                "Gần gũi, được bà con quý mến")
                        .activity("2025-07-20", "Phụ trách sinh hoạt hè cho thiếu nhi tổ dân phố số 5")
                        .build(),
                new FileBuilder(person("Phạm Thị Hồng Nhung", Gender.FEMALE, "2000-11-03", "010300007781")
                        .education("12/12").occupation("Kế toán").workplace("Hợp tác xã Nông nghiệp Phố Lu")
                        .professionalQualification("Đại học Kinh tế").phone("0983 556 677")
                        .youthUnionMember(true).youthUnionSince(LocalDate.of(2015, 3, 26)).build(),
                        "Sinh viên tốt nghiệp về địa phương")
                        .document(SOURCE_LISTED, "2024-09-05", "09-NQ/CB", "")
                        .helper("2024-09-10", "Nguyễn Thị Hương")
                        .document(AWARENESS_CLASS, "2025-03-20", "35/GCN-TTCT", CENTRE)
                        .step(APPLICATION, "2025-12-01").step(BIOGRAPHY, "2025-12-10")
                        .verification("2026-02-20", "Lý lịch rõ ràng")
                        .introduction("2026-03-01", PersonRole.YOUTH_UNION_INTRODUCER,
                                YOUTH_UNION, "", "Nguyễn Thị Hương", "2024-09-10")
                        .step(COMMENTS, "2026-03-05")
                        .vote(CELL_RESOLUTION, "2026-03-15", "04-NQ/CB", 31, 29, 28)
                        .document(COMMITTEE_RESOLUTION, "2026-04-02", "21-NQ/ĐU", "")
                        .decision("2026-05-12", "310-QĐ/ĐU", COMMUNE, "2026-05-14")
                        .step(CEREMONY, "2026-05-30")
                        .build(),
                new FileBuilder(person("Đỗ Anh Vinh", Gender.MALE, "1992-02-29", "010092001359")
                        .education("12/12").occupation("Công nhân cơ khí").workplace("Công ty Cổ phần Apatit Lào Cai")
                        .professionalQualification("Cao đẳng nghề").phone("0396 221 004")
                        .massAssociations("Công đoàn cơ sở").build(),
                        "Người lao động tại doanh nghiệp")
                        .document(SOURCE_LISTED, "2024-05-10", "07-NQ/CB", "")
                        .helper("2024-05-15", "Lương Văn Sơn")
                        .document(AWARENESS_CLASS, "2025-06-12", "77/GCN-TTCT", CENTRE)
                        .step(APPLICATION, "2026-03-10").step(BIOGRAPHY, "2026-03-20")
                        .verification("2026-06-15", "Lý lịch rõ ràng")
                        .introduction("2026-06-20", PersonRole.INTRODUCER,
                                "Lương Văn Sơn", "2024-05-15", "Phạm Văn Tâm", "2021-03-01")
                        .step(COMMENTS, "2026-06-25")
                        .vote(CELL_RESOLUTION, "2026-07-06", "08-NQ/CB", 31, 30, 27)
                        .document(COMMITTEE_RESOLUTION, "2026-07-20", "47-NQ/ĐU", "")
                        .decision("2026-09-08", "402-QĐ/ĐU", COMMUNE, "2026-09-12")
                        .build(),
                new FileBuilder(person("Hoàng Văn Đức", Gender.MALE, "1990-07-15", "010090008842")
                        .education("9/12").occupation("Nông dân").massAssociations("Hội Nông dân")
                        .phone("0915 778 990").build(),
                        "Hội viên các đoàn thể")
                        .document(SOURCE_LISTED, "2025-02-01", "02-NQ/CB", "")
                        .helper("2025-02-10", "Phạm Văn Tâm")
                        .document(AWARENESS_CLASS, "2025-05-20", "51/GCN-TTCT", CENTRE)
                        .step(APPLICATION, "2026-06-01").step(BIOGRAPHY, "2026-06-15")
                        .verification("2026-08-30", "Lý lịch rõ ràng")
                        .introduction("2026-09-05", PersonRole.INTRODUCER,
                                "Phạm Văn Tâm", "2020-01-01", "Trần Văn Bình", "2019-05-01")
                        .step(COMMENTS, "2026-09-10")
                        .vote(CELL_RESOLUTION, "2026-10-12", "11-NQ/CB", 32, 30, 29)
                        .build(),
                new FileBuilder(person("Trần Thị Mai Anh", Gender.FEMALE, "2001-05-19", "010301002268")
                        .education("12/12").occupation("Nhân viên bán hàng").phone("0868 300 412")
                        .youthUnionMember(true).youthUnionSince(LocalDate.of(2016, 3, 26)).build(),
                        "Đoàn viên thanh niên")
                        .document(SOURCE_LISTED, "2025-03-10", "03-NQ/CB", "")
                        .helper("2025-03-15", "Nguyễn Thị Hương")
                        .document(AWARENESS_CLASS, "2025-06-12", "78/GCN-TTCT", CENTRE)
                        .step(APPLICATION, "2026-04-01").step(BIOGRAPHY, "2026-04-10")
                        .review("2026-06-28", "Nguyễn Thị Hương", "FGFG", false,
                                "Tiến bộ; cần tích cực hơn trong sinh hoạt chi đoàn.")
                        .activity("2026-07-15", "Tham gia chiến dịch Thanh niên tình nguyện hè 2026 của Đoàn xã")
                        .task("2026-08-20", "Nguyễn Thị Hương", "Cùng chi đoàn tổ chức Tết Trung thu cho thiếu nhi tổ dân phố",
                                "2026-09-25", "DONE_WELL", "2026-09-26", "Tổ chức chu đáo, được bà con khen")
                        .review("2026-09-28", "Nguyễn Thị Hương", "GGGG", true,
                                "Tích cực trong công tác Đoàn, được nhân dân tổ dân phố tín nhiệm.")
                        .build(),
                new FileBuilder(person("Vũ Minh Tuấn", Gender.MALE, "1997-12-30", "010097005573")
                        .education("12/12").occupation("Thợ điện").phone("0337 450 118").build(),
                        "Quân nhân xuất ngũ")
                        .document(SOURCE_LISTED, "2025-10-01", "10-NQ/CB", "")
                        .helper("2025-10-05", "Lương Văn Sơn")
                        .document(AWARENESS_CLASS, "2026-04-18", "24/GCN-TTCT", COMMUNE_CENTRE)
                        .review("2026-01-10", "Lương Văn Sơn", "FGFF", false, "Mới vào danh sách, cần theo dõi thêm.")
                        .review("2026-07-15", "Lương Văn Sơn", "GGFG", false,
                                "Đã học lớp nhận thức về Đảng; cần hoàn thành nhiệm vụ được giao đúng hạn.")
                        .task("2026-09-15", "Lương Văn Sơn", "Vận động các hộ trong tổ nộp Quỹ phòng, chống thiên tai năm 2026",
                                "2026-10-31", "", "", "")
                        .build(),
                new FileBuilder(person("Bùi Thị Lan", Gender.FEMALE, "1988-09-09", "010188006619")
                        .ethnicity("Tày").education("12/12").occupation("Buôn bán nhỏ")
                        .massAssociations("Hội Liên hiệp Phụ nữ").phone("0947 128 305").build(),
                        "Hội viên các đoàn thể")
                        .document(SOURCE_LISTED, "2025-11-20", "12-NQ/CB", "")
                        .helper("2025-12-01", "Nguyễn Thị Hương")
                        .document(AWARENESS_CLASS, "2026-04-18", "25/GCN-TTCT", COMMUNE_CENTRE)
                        .review("2026-03-05", "Nguyễn Thị Hương", "FGGG", false, "Nhiệt tình trong công tác Hội Phụ nữ.")
                        .review("2026-09-08", "Nguyễn Thị Hương", "GGGG", false,
                                "Cần làm đơn xin vào Đảng và khai lý lịch.")
                        .activity("2026-10-20", "Tham gia Hội thi “Phụ nữ với pháp luật” của Hội Liên hiệp Phụ nữ xã")
                        .build(),
                new FileBuilder(person("Nguyễn Văn Khánh", Gender.MALE, "2002-09-14", "010202003390")
                        .education("12/12").occupation("Kỹ thuật viên tin học").phone("0385 902 117")
                        .youthUnionMember(true).youthUnionSince(LocalDate.of(2017, 3, 26)).build(),
                        "Đoàn viên thanh niên")
                        .document(SOURCE_LISTED, "2025-09-01", "09-NQ/CB", "")
                        .helper("2025-09-10", "Trần Văn Bình", "Phạm Văn Tâm")
                        .document(AWARENESS_CLASS, "2026-04-18", "26/GCN-TTCT", COMMUNE_CENTRE)
                        .step(APPLICATION, "2026-10-15")
                        .review("2026-09-12", "Trần Văn Bình", "GFGF", false,
                                "Cần tham gia sinh hoạt tổ dân phố đều đặn hơn.")
                        .task("2026-10-20", "Phạm Văn Tâm",
                                "Giúp tổ dân phố cập nhật danh sách hộ gia đình trên phần mềm quản lý dân cư",
                                "2026-12-15", "", "", "")
                        .note("2026-10-22", "Gia đình ủng hộ việc phấn đấu vào Đảng.")
                        .build(),
                new FileBuilder(person("Ngô Quang Huy", Gender.MALE, "2003-03-25", "010203004471")
                        .education("12/12").occupation("Kỹ sư xây dựng").professionalQualification("Đại học")
                        .youthUnionMember(true).youthUnionSince(LocalDate.of(2018, 3, 26)).build(),
                        "Sinh viên tốt nghiệp về địa phương")
                        .document(SOURCE_LISTED, "2026-08-15", "07-NQ/CB", "")
                        .helper("2026-08-25", "Phạm Văn Tâm")
                        .activity("2026-10-05", "Học lớp tập huấn kỹ năng tuyên truyền của Đoàn xã")
                        .build(),
                new FileBuilder(person("Lý Thị Hà", Gender.FEMALE, "1999-06-01", "010199007720")
                        .ethnicity("Nùng").education("12/12").occupation("Y sĩ").workplace("Trạm Y tế xã Phố Lu")
                        .build(),
                        "Cán bộ, công chức, viên chức")
                        .document(SOURCE_LISTED, "2026-10-20", "10-NQ/CB", "")
                        .build(),
                new FileBuilder(person("Đặng Văn Long", Gender.MALE, "1985-10-10", "010085009934")
                        .education("9/12").occupation("Lao động tự do").build(),
                        "Người lao động tự do, kinh doanh")
                        .document(SOURCE_LISTED, "2024-04-01", "04-NQ/CB", "")
                        .helper("2024-04-10", "Lương Văn Sơn")
                        .document(AWARENESS_CLASS, "2024-06-10", "113/GCN-TTCT", CENTRE)
                        .closed(STOPPED, "2025-08-01", "Đi làm ăn xa dài ngày, xin rút khỏi danh sách")
                        .build(),
                new FileBuilder(person("Mai Thị Thu Trang", Gender.FEMALE, "1996-01-20", "010196001186")
                        .education("12/12").occupation("Viên chức").workplace("Ủy ban nhân dân xã Phố Lu")
                        .professionalQualification("Đại học Luật").build(),
                        "Cán bộ, công chức, viên chức")
                        .document(SOURCE_LISTED, "2024-02-15", "02-NQ/CB", "")
                        .helper("2024-02-20", "Nguyễn Thị Hương")
                        .document(AWARENESS_CLASS, "2024-06-10", "114/GCN-TTCT", CENTRE)
                        .step(APPLICATION, "2025-01-05")
                        .closed(MOVED_AWAY, "2025-06-30", "Chuyển công tác về phường Cam Đường, tỉnh Lào Cai")
                        .build());
    }
}
