package vn.ptdv.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import vn.ptdv.domain.Candidate;
import vn.ptdv.domain.Gender;
import vn.ptdv.domain.PersonRole;
import vn.ptdv.domain.Step;
import vn.ptdv.domain.StepCode;
import vn.ptdv.domain.StepPerson;
import vn.ptdv.service.CandidateService;

/**
 * Fills a database with many realistic candidates for the benchmark: Vietnamese names from common
 * family, middle and given names, both genders, several ethnicities and religions, files started over
 * the last ten years and stopped at every step, helpers, introducers and votes. The same seed gives
 * the same data. It is not the sample cell: that stays small and hand-written.
 */
public final class BenchDataGenerator {
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
        "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Lương", "Trịnh", "Đoàn"};
    private static final String[] MIDDLE_MALE = {"Văn", "Đức", "Minh", "Quang", "Hữu", "Xuân", "Công", "Thanh",
        "Ngọc", "Anh"};
    private static final String[] MIDDLE_FEMALE = {"Thị", "Thị", "Ngọc", "Thu", "Thanh", "Minh", "Hồng", "Kim",
        "Phương", "Mai"};
    private static final String[] GIVEN_MALE = {"An", "Bình", "Cường", "Dũng", "Đức", "Giang", "Hải", "Hiếu", "Hoàng",
        "Hùng", "Huy", "Khánh", "Khoa", "Long", "Mạnh", "Nam", "Nghĩa", "Phong", "Phúc", "Quân", "Sơn", "Thắng",
        "Thành", "Trung", "Tuấn", "Tùng", "Việt", "Vinh"};
    private static final String[] GIVEN_FEMALE = {"Anh", "Chi", "Dung", "Duyên", "Giang", "Hà", "Hạnh", "Hằng",
        "Hoa", "Hương", "Huyền", "Lan", "Linh", "Loan", "Mai", "My", "Nga", "Ngọc", "Nhung", "Oanh", "Phương",
        "Quỳnh", "Thảo", "Thủy", "Trang", "Uyên", "Vân", "Yến"};
    private static final String[] ETHNICITY = {"Kinh", "Kinh", "Kinh", "Kinh", "Kinh", "Kinh", "Kinh", "Tày", "Thái",
        "Mường", "Nùng", "H'Mông", "Dao"};
    private static final String[] RELIGION = {"Không", "Không", "Không", "Không", "Không", "Không", "Phật giáo",
        "Công giáo"};
    private static final String[] SOURCES = {"Đoàn viên thanh niên", "Quân nhân xuất ngũ",
        "Sinh viên tốt nghiệp về địa phương", "Hội viên các đoàn thể", "Người lao động tại doanh nghiệp",
        "Cán bộ, công chức, viên chức", "Người lao động tự do, kinh doanh"};
    private static final String[] OCCUPATION = {"Công nhân", "Giáo viên", "Nông dân", "Kinh doanh", "Nhân viên văn phòng",
        "Lái xe", "Y tá", "Kỹ sư", "Sinh viên"};
    private static final int BATCH = 1000;

    private final CandidateService candidates;

    public BenchDataGenerator(CandidateService candidates) {
        this.candidates = candidates;
    }

    /** Adds {@code count} candidates as of {@code today}, in transactions of a thousand. */
    public void generate(int count, long seed, LocalDate today) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> members = new ArrayList<>();
        for (int i = 0; i < Math.max(10, count / 20); i++) {
            members.add(name(random, random.nextBoolean() ? Gender.MALE : Gender.FEMALE));
        }
        List<CandidateService.ImportEntry> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            batch.add(entry(i, random, members, today));
            if (batch.size() == BATCH) {
                candidates.applyImport(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            candidates.applyImport(batch);
        }
    }

    private static String pick(SplittableRandom random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String name(SplittableRandom random, Gender gender) {
        boolean male = gender == Gender.MALE;
        return pick(random, FAMILY) + " " + pick(random, male ? MIDDLE_MALE : MIDDLE_FEMALE) + " "
                + pick(random, male ? GIVEN_MALE : GIVEN_FEMALE);
    }

    private CandidateService.ImportEntry entry(int index, SplittableRandom random, List<String> members,
                                               LocalDate today) {
        Gender gender = random.nextBoolean() ? Gender.MALE : Gender.FEMALE;
        LocalDate start = today.minusDays(random.nextInt(10 * 365));
        LocalDate birth = start.minusYears(18 + random.nextInt(22)).minusDays(random.nextInt(365));
        // A CCCD: province, century and gender digit, year of birth, then a serial unique to the index.
        int centuryGender = (birth.getYear() >= 2000 ? 2 : 0) + (gender == Gender.FEMALE ? 1 : 0);
        String citizenId = String.format("%03d%d%02d%06d", 1 + random.nextInt(96), centuryGender,
                birth.getYear() % 100, index % 1_000_000);
        String ethnicity = pick(random, ETHNICITY);
        Candidate candidate = Candidate.builder().fullName(name(random, gender)).gender(gender).birthDate(birth)
                .birthPlace("Xã " + pick(random, GIVEN_MALE) + ", tỉnh Lào Cai").homeTown("Xã " + pick(random, GIVEN_FEMALE))
                .permanentResidence("Tổ dân phố số " + (1 + random.nextInt(20)))
                .ethnicity(ethnicity).religion(pick(random, RELIGION)).citizenId(citizenId)
                .phone(String.format("09%08d", random.nextInt(100_000_000))).occupation(pick(random, OCCUPATION))
                .education(random.nextInt(10) < 8 ? "12/12" : "9/12")
                .youthUnionMember(random.nextInt(3) > 0)
                .build();
        return new CandidateService.ImportEntry(candidate, pick(random, SOURCES), steps(random, members, start, today));
    }

    /** The file up to a random step, each step some weeks after the one before, none after today. */
    private static List<Step> steps(SplittableRandom random, List<String> members, LocalDate start, LocalDate today) {
        List<Step> steps = new ArrayList<>();
        int last = random.nextInt(17); // 0: listed only … 16: recognised as a full member
        LocalDate date = start;
        String helper = members.get(random.nextInt(members.size()));
        for (StepCode code : StepCode.values()) {
            if (code.closesFile() || code.order() > last + 1) {
                break;
            }
            if (date.isAfter(today)) {
                return steps;
            }
            steps.add(step(random, members, code, date, helper, today));
            date = date.plusDays(gapAfter(code, random));
        }
        if (random.nextInt(20) == 0 && !date.isAfter(today)) {
            StepCode closing = random.nextBoolean() ? StepCode.STOPPED : StepCode.MOVED_AWAY;
            steps.add(new Step(0, 0, closing, date, "", "", Optional.empty(), "", Optional.empty(), Optional.empty(), Optional.empty(),
                    closing == StepCode.STOPPED ? "Không còn đủ điều kiện" : "Chuyển công tác", List.of()));
        }
        return steps;
    }

    private static int gapAfter(StepCode code, SplittableRandom random) {
        return switch (code) {
            case SOURCE_LISTED, HELPER_ASSIGNED -> 20 + random.nextInt(120);
            case AWARENESS_CLASS -> 60 + random.nextInt(200);
            case CEREMONY -> 60 + random.nextInt(60);
            case NEW_MEMBER_CLASS -> 200 + random.nextInt(60);
            case PROBATION_REVIEW, OFFICIAL_RESOLUTION -> 10 + random.nextInt(20);
            default -> 5 + random.nextInt(25);
        };
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static Step step(SplittableRandom random, List<String> members, StepCode code, LocalDate date,
                             String helper, LocalDate today) {
        String number = code.records(StepCode.Fields.DOCUMENT) ? (1 + random.nextInt(400)) + "-NQ/CB" : "";
        String issuer = code.records(StepCode.Fields.ISSUER) ? "Ban Thường vụ Đảng ủy" : "";
        // Received a few days after the decision, but not after today: the import refuses a future date,
        // and one such date would make the benchmark's import time a refused import.
        Optional<LocalDate> received = code.records(StepCode.Fields.RECEIVED)
                ? Optional.of(min(date.plusDays(1 + random.nextInt(5)), today)) : Optional.empty();
        String result = code.records(StepCode.Fields.RESULT) ? "Lý lịch rõ ràng" : "";
        Optional<Integer> members1 = Optional.empty();
        Optional<Integer> present = Optional.empty();
        Optional<Integer> votes = Optional.empty();
        if (code.records(StepCode.Fields.VOTES)) {
            int official = 20 + random.nextInt(40);
            members1 = Optional.of(official);
            int inFavour = official - random.nextInt(Math.max(1, official / 4));
            votes = Optional.of(inFavour);
            // Half of those who did not vote in favour were away: no further draw, so the generated
            // files stay the same as before apart from this number.
            present = Optional.of(inFavour + (official - inFavour) / 2);
        }
        List<StepPerson> people = new ArrayList<>();
        if (code.records(StepCode.Fields.HELPERS)) {
            people.add(new StepPerson(PersonRole.HELPER, helper, Optional.empty()));
        }
        if (code.records(StepCode.Fields.INTRODUCERS)) {
            people.add(new StepPerson(PersonRole.INTRODUCER, helper, Optional.of(date.minusYears(2))));
            people.add(new StepPerson(PersonRole.INTRODUCER, members.get(random.nextInt(members.size())),
                    Optional.of(date.minusYears(1).minusDays(random.nextInt(300)))));
        }
        return new Step(0, 0, code, date, number, issuer, received, result, members1, present, votes, "", people);
    }
}
