package vn.ptdv.domain.target;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.ptdv.domain.Candidate;
import vn.ptdv.domain.Step;
import vn.ptdv.domain.StepCode;
import vn.ptdv.domain.VietnameseNames;

/**
 * Who counts toward a year's target (domain.md, "What counts toward the yearly target"): cultivated —
 * an awareness certificate dated in the year; admitted — an admission decision dated in the year;
 * recognised — a full-membership decision dated in the year. A file closed later still counts for the
 * year its step was in.
 */
public record YearProgress(int year, List<Candidate> cultivated, List<Candidate> admitted,
                           List<Candidate> recognised) {

    /** A candidate with their steps, as progress reads them. */
    public record File(Candidate candidate, List<Step> steps) {
    }

    public static YearProgress of(int year, List<File> files) {
        List<Candidate> cultivated = new ArrayList<>();
        List<Candidate> admitted = new ArrayList<>();
        List<Candidate> recognised = new ArrayList<>();
        for (File f : files) {
            if (hasIn(f, StepCode.AWARENESS_CLASS, year)) {
                cultivated.add(f.candidate());
            }
            if (hasIn(f, StepCode.ADMISSION_DECISION, year)) {
                admitted.add(f.candidate());
            }
            if (hasIn(f, StepCode.OFFICIAL_DECISION, year)) {
                recognised.add(f.candidate());
            }
        }
        var order = VietnameseNames.byName(Candidate::fullName);
        cultivated.sort(order);
        admitted.sort(order);
        recognised.sort(order);
        return new YearProgress(year, List.copyOf(cultivated), List.copyOf(admitted), List.copyOf(recognised));
    }

    private static boolean hasIn(File f, StepCode code, int year) {
        return f.steps().stream().anyMatch(s -> s.code() == code && s.date().getYear() == year);
    }

    /** The admission decision's date of an admitted candidate in this year (for the age bands). */
    public static LocalDate admissionDate(File f, int year) {
        return f.steps().stream().filter(s -> s.code() == StepCode.ADMISSION_DECISION && s.date().getYear() == year)
                .map(Step::date).findFirst().orElseThrow();
    }
}
