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
        Tally tally = new Tally(year);
        files.forEach(tally::add);
        return tally.result();
    }

    /** Counts files handed to it one at a time, for work that goes over the cell without keeping it. */
    public static final class Tally {
        private final int year;
        private final List<Candidate> cultivated = new ArrayList<>();
        private final List<Candidate> admitted = new ArrayList<>();
        private final List<Candidate> recognised = new ArrayList<>();

        public Tally(int year) {
            this.year = year;
        }

        public void add(File f) {
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

        /** Who counted, each list in Vietnamese name order. */
        public YearProgress result() {
            return new YearProgress(year, sorted(cultivated), sorted(admitted), sorted(recognised));
        }

        private static List<Candidate> sorted(List<Candidate> list) {
            List<Candidate> copy = new ArrayList<>(list);
            VietnameseNames.sort(copy, Candidate::fullName);
            return List.copyOf(copy);
        }
    }

    private static boolean hasIn(File f, StepCode code, int year) {
        for (Step s : f.steps()) {
            if (s.code() == code && s.date().getYear() == year) {
                return true;
            }
        }
        return false;
    }

    /** The admission decision's date of an admitted candidate in this year (for the age bands). */
    public static LocalDate admissionDate(File f, int year) {
        return f.steps().stream().filter(s -> s.code() == StepCode.ADMISSION_DECISION && s.date().getYear() == year)
                .map(Step::date).findFirst().orElseThrow();
    }
}
