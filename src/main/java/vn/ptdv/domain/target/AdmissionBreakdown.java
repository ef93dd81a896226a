package vn.ptdv.domain.target;

import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.ptdv.domain.Candidate;
import vn.ptdv.domain.Gender;

/**
 * The year's new admissions by gender, ethnicity, religion, age band (on the admission decision's
 * date), general education, Youth Union membership and source (domain.md, "Yearly report", item 2).
 * The category names are those the report and {@code stats --json} print.
 */
public final class AdmissionBreakdown {
    /** Categories in Vietnamese alphabetical order (Đoàn viên after Dân tộc, not after Z). */
    private static final java.text.Collator VIETNAMESE_ORDER =
            java.text.Collator.getInstance(vn.ptdv.domain.VietnameseNames.VIETNAMESE);

    /** What a blank field is counted as. */
    public static final String NOT_RECORDED = "(chưa ghi)";

    private AdmissionBreakdown() {
    }

    public static Map<String, Map<String, Integer>> of(int year, List<YearProgress.File> files,
                                                       Map<Long, String> sourceNames) {
        Map<String, Map<String, Integer>> by = new LinkedHashMap<>();
        for (String dimension : List.of("gender", "ethnicity", "religion", "ageBand", "education", "youthUnion",
                "source")) {
            by.put(dimension, new TreeMap<String, Integer>(VIETNAMESE_ORDER::compare));
        }
        for (YearProgress.File f : files) {
            if (f.steps().stream().noneMatch(s -> s.code() == vn.ptdv.domain.StepCode.ADMISSION_DECISION
                    && s.date().getYear() == year)) {
                continue;
            }
            Candidate c = f.candidate();
            count(by, "gender", c.gender() == Gender.MALE ? "Nam" : "Nữ");
            count(by, "ethnicity", orBlank(c.ethnicity()));
            count(by, "religion", orBlank(c.religion()));
            count(by, "ageBand", ageBand(c.birthDate(), YearProgress.admissionDate(f, year)));
            count(by, "education", orBlank(c.education()));
            count(by, "youthUnion", c.youthUnionMember() ? "Có" : "Không");
            count(by, "source", c.sourceCategoryId().map(sourceNames::get).map(AdmissionBreakdown::orBlank)
                    .orElse(NOT_RECORDED));
        }
        return by;
    }

    /** "18-30", "31-40", "41-50" or "51+": whole years of age on the day. */
    public static String ageBand(LocalDate birth, LocalDate on) {
        int age = Period.between(birth, on).getYears();
        return age <= 30 ? "18-30" : age <= 40 ? "31-40" : age <= 50 ? "41-50" : "51+";
    }

    private static String orBlank(String value) {
        return value == null || value.isBlank() ? NOT_RECORDED : value;
    }

    private static void count(Map<String, Map<String, Integer>> by, String dimension, String key) {
        by.get(dimension).merge(key, 1, Integer::sum);
    }
}
