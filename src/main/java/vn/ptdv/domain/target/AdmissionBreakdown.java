package vn.ptdv.domain.target;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /**
     * Admitted candidates who share every category, and how many they are: what a SQL {@code GROUP BY}
     * gives back, or one candidate with a count of 1. {@code age} is in whole years on the decision's day.
     */
    public record Group(Gender gender, String ethnicity, String religion, int age, String education,
                        boolean youthUnion, Optional<String> source, int count) {
    }

    private AdmissionBreakdown() {
    }

    public static Map<String, Map<String, Integer>> of(int year, List<YearProgress.File> files,
                                                       Map<Long, String> sourceNames) {
        List<Group> groups = new ArrayList<>();
        for (YearProgress.File f : files) {
            if (f.steps().stream().noneMatch(s -> s.code() == vn.ptdv.domain.StepCode.ADMISSION_DECISION
                    && s.date().getYear() == year)) {
                continue;
            }
            Candidate c = f.candidate();
            groups.add(new Group(c.gender(), c.ethnicity(), c.religion(),
                    Period.between(c.birthDate(), YearProgress.admissionDate(f, year)).getYears(), c.education(),
                    c.youthUnionMember(), c.sourceCategoryId().map(sourceNames::get), 1));
        }
        return of(groups);
    }

    /** The breakdown of the groups, each category counted as many times as its group has candidates. */
    public static Map<String, Map<String, Integer>> of(List<Group> groups) {
        Map<String, Map<String, Integer>> by = new LinkedHashMap<>();
        for (String dimension : List.of("gender", "ethnicity", "religion", "ageBand", "education", "youthUnion",
                "source")) {
            // Counted as they come, then ordered once: a collator's comparison, for every group of a ward's
            // year, cost more than the rest of the year's numbers.
            by.put(dimension, new LinkedHashMap<>());
        }
        for (Group g : groups) {
            int n = g.count();
            count(by, "gender", g.gender() == Gender.MALE ? "Nam" : "Nữ", n);
            // As typed, "kinh" would not be counted as Kinh (it would be an ethnic minority in the report).
            count(by, "ethnicity", orBlank(vn.ptdv.domain.Ethnicities.canonical(g.ethnicity())), n);
            count(by, "religion", orBlank(vn.ptdv.domain.Religions.canonical(g.religion())), n);
            count(by, "ageBand", ageBand(g.age()), n);
            count(by, "education", orBlank(g.education()), n);
            count(by, "youthUnion", g.youthUnion() ? "Có" : "Không", n);
            count(by, "source", g.source().map(AdmissionBreakdown::orBlank).orElse(NOT_RECORDED), n);
        }
        // In the order first seen, so that of two spellings the collator takes as one, the first is kept.
        by.replaceAll((dimension, counts) -> {
            Map<String, Integer> ordered = new TreeMap<>(VIETNAMESE_ORDER::compare);
            counts.forEach((key, n) -> ordered.merge(key, n, Integer::sum));
            return ordered;
        });
        return by;
    }

    /** "18-30", "31-40", "41-50" or "51+": whole years of age on the day. */
    public static String ageBand(LocalDate birth, LocalDate on) {
        return ageBand(Period.between(birth, on).getYears());
    }

    private static String ageBand(int age) {
        return age <= 30 ? "18-30" : age <= 40 ? "31-40" : age <= 50 ? "41-50" : "51+";
    }

    private static String orBlank(String value) {
        return value == null || value.isBlank() ? NOT_RECORDED : value;
    }

    private static void count(Map<String, Map<String, Integer>> by, String dimension, String key, int n) {
        by.get(dimension).merge(key, n, Integer::sum);
    }
}
