package vn.ptdv.domain.rules;

import static vn.ptdv.domain.DisplayDates.format;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ptdv.domain.PersonRole;
import vn.ptdv.domain.Step;
import vn.ptdv.domain.StepCode;
import vn.ptdv.domain.StepPerson;

/**
 * The conditions for admission, checked on the cell's vote when it has been held, and ahead of it
 * (with the dates that matter) while the file is still being prepared. Once the committee above has
 * decided, these are history and no longer reported.
 */
final class AdmissionChecks {
    private static final Pattern GRADE = Pattern.compile("^\\s*(\\d{1,2})\\s*/\\s*(1[02])");

    private AdmissionChecks() {
    }

    static void run(CheckContext c) {
        if (!DocumentValidity.judgedFor(c.status)) {
            return;
        }
        Optional<LocalDate> vote = c.date(StepCode.CELL_RESOLUTION);
        age(c, vote);
        education(c);
        certificate(c, vote);
        freshness(c, vote, StepCode.INTRODUCTION);
        freshness(c, vote, StepCode.COMMENTS);
        c.latest(StepCode.INTRODUCTION).ifPresent(intro -> introducers(c, intro));
        c.latest(StepCode.CELL_RESOLUTION).ifPresent(v -> VoteCheck.check(c, v));
    }

    private static void age(CheckContext c, Optional<LocalDate> vote) {
        LocalDate eligible = c.reaches(c.value(RuleCode.AGE_MIN));
        if (vote.isPresent()) {
            if (vote.get().isBefore(eligible)) {
                c.add(RuleCode.AGE_MIN, Severity.ERROR, Optional.empty(), "atVote", format(vote.get()),
                        c.value(RuleCode.AGE_MIN), format(eligible));
            }
        } else if (c.today.isBefore(eligible)) {
            c.add(RuleCode.AGE_MIN, Severity.INFO, Optional.empty(), "notYet", c.value(RuleCode.AGE_MIN),
                    format(eligible));
        }
        LocalDate day = vote.orElse(c.today);
        if (c.ageInMonths(day) > 12L * c.value(RuleCode.AGE_MAX)) {
            c.add(RuleCode.AGE_MAX, Severity.WARNING, Optional.empty(), "over", c.value(RuleCode.AGE_MAX));
        }
    }

    private static void education(CheckContext c) {
        Matcher m = GRADE.matcher(c.candidate.education());
        if (!m.find()) {
            return;
        }
        int grade = Integer.parseInt(m.group(1));
        // The old 10-year system (before 1981 in the North) ended lower secondary at 7/10: count
        // n/10 as n + 2 of today's twelve grades from grade 5 on.
        if (m.group(2).equals("10") && grade >= 5) {
            grade += 2;
        }
        if (grade < c.value(RuleCode.EDUCATION_MIN)) {
            c.add(RuleCode.EDUCATION_MIN, Severity.WARNING, Optional.empty(), "below", c.candidate.education(),
                    c.value(RuleCode.EDUCATION_MIN));
        }
    }

    /** Valid through the same day of the month, the validity's last month (Civil Code, art. 148). */
    private static void certificate(CheckContext c, Optional<LocalDate> vote) {
        Optional<LocalDate> issued = c.date(StepCode.AWARENESS_CLASS);
        if (issued.isEmpty()) {
            if (vote.isPresent()) {
                c.add(RuleCode.CERT_VALIDITY, Severity.ERROR, Optional.empty(), "missingAtVote", format(vote.get()));
            }
            return;
        }
        LocalDate expiry = DocumentValidity.usableUntil(StepCode.AWARENESS_CLASS, issued.get(), c.settings).orElseThrow();
        if (vote.isPresent()) {
            if (!DocumentValidity.usableOn(expiry, vote.get())) {
                c.add(RuleCode.CERT_VALIDITY, Severity.ERROR, Optional.empty(), "expiredAtVote", format(expiry),
                        format(vote.get()));
            }
        } else if (!DocumentValidity.usableOn(expiry, c.today)) {
            c.add(RuleCode.CERT_VALIDITY, Severity.ERROR, Optional.of(expiry), "expired", format(expiry));
        } else if (!c.today.isBefore(DocumentValidity.warnFrom(StepCode.AWARENESS_CLASS, expiry, c.settings))) {
            c.add(RuleCode.CERT_VALIDITY, Severity.WARNING, Optional.of(expiry), "expiring", format(expiry));
        }
    }

    private static void freshness(CheckContext c, Optional<LocalDate> vote, StepCode code) {
        Optional<LocalDate> done = c.date(code);
        if (done.isEmpty()) {
            return;
        }
        LocalDate stale = DocumentValidity.usableUntil(code, done.get(), c.settings).orElseThrow();
        String what = code.name();
        if (vote.isPresent()) {
            if (!DocumentValidity.usableOn(stale, vote.get())) {
                c.add(RuleCode.FILE_FRESHNESS, Severity.ERROR, Optional.empty(), "staleAtVote." + what,
                        format(done.get()), format(vote.get()), c.value(RuleCode.FILE_FRESHNESS));
            }
        } else if (!DocumentValidity.usableOn(stale, c.today)) {
            c.add(RuleCode.FILE_FRESHNESS, Severity.ERROR, Optional.of(stale), "stale." + what, format(done.get()),
                    c.value(RuleCode.FILE_FRESHNESS));
        } else if (!c.today.isBefore(DocumentValidity.warnFrom(code, stale, c.settings))) {
            c.add(RuleCode.FILE_FRESHNESS, Severity.WARNING, Optional.of(stale), "staleSoon." + what,
                    format(stale));
        }
    }

    /**
     * Two official members, or for a Youth Union member the Union's executive and one official
     * member; each official member has known the candidate long enough.
     */
    private static void introducers(CheckContext c, Step intro) {
        long members = intro.people().stream().filter(p -> p.role() == PersonRole.INTRODUCER).count();
        boolean union = intro.people().stream().anyMatch(p -> p.role() == PersonRole.YOUTH_UNION_INTRODUCER);
        int required = c.value(RuleCode.INTRODUCERS);
        boolean enough = union ? members >= Math.max(1, required - 1) : members >= required;
        if (!enough) {
            c.add(RuleCode.INTRODUCERS, Severity.ERROR, Optional.empty(), union ? "tooFewWithUnion" : "tooFew",
                    members, union ? Math.max(1, required - 1) : required);
        }
        if (union && !c.candidate.youthUnionMember()) {
            c.add(RuleCode.INTRODUCERS, Severity.WARNING, Optional.empty(), "unionButNotMember");
        }
        if (union && intro.date().isAfter(c.reaches(c.value(RuleCode.YOUTH_AGE_MAX) + 1).minusDays(1))) {
            // Past youth age the Youth Union no longer introduces: two official members must.
            c.add(RuleCode.INTRODUCERS, Severity.ERROR, Optional.empty(), "unionPastYouthAge",
                    c.value(RuleCode.YOUTH_AGE_MAX), format(intro.date()));
        }
        int months = c.value(RuleCode.INTRODUCER_ACQUAINTANCE);
        for (StepPerson p : intro.people()) {
            if (p.role() != PersonRole.INTRODUCER) {
                continue;
            }
            if (p.knownSince().isEmpty()) {
                c.add(RuleCode.INTRODUCER_ACQUAINTANCE, Severity.INFO, Optional.empty(), "unknown", p.name());
            } else if (p.knownSince().get().plusMonths(months).isAfter(intro.date())) {
                c.add(RuleCode.INTRODUCER_ACQUAINTANCE, Severity.ERROR, Optional.empty(), "tooShort", p.name(),
                        format(p.knownSince().get()), months);
            }
        }
    }
}
