package vn.ptdv.report.forms;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.ptdv.domain.Candidate;
import vn.ptdv.domain.CandidateFile;
import vn.ptdv.domain.Cell;
import vn.ptdv.domain.PersonRole;
import vn.ptdv.domain.Step;
import vn.ptdv.domain.StepCode;
import vn.ptdv.domain.StepPerson;
import vn.ptdv.i18n.Messages;
import vn.ptdv.report.AdminDate;

/**
 * What the forms say about one candidate, read from their file: the steps of the file's latest attempt
 * (a file reopened after a failed vote starts again), the latest record of each step.
 */
final class FormFacts {
    private static final Locale VI = Locale.forLanguageTag("vi");

    private final Cell cell;
    private final Candidate candidate;
    private final List<Step> steps;
    private final int probationMonths;
    private final Messages m;

    FormFacts(Cell cell, Candidate candidate, List<Step> allSteps, int probationMonths, Messages m) {
        this.cell = cell;
        this.candidate = candidate;
        this.steps = CandidateFile.latestAttempt(allSteps);
        this.probationMonths = probationMonths;
        this.m = m;
    }

    /** The introducers who are party members, in the order recorded: each writes a statement (mẫu 3-KNĐ). */
    List<StepPerson> memberIntroducers() {
        return introducers().stream().filter(p -> p.role() == PersonRole.INTRODUCER).toList();
    }

    private List<StepPerson> introducers() {
        return latest(StepCode.INTRODUCTION).map(Step::people).orElse(List.of());
    }

    /** The facts of a document about this candidate; {@code introducer} counts from 0 (mẫu 3-KNĐ only). */
    FactSheet sheet(FormKind kind, int introducer) {
        FactSheet s = new FactSheet(m);
        cellFacts(cell, s);
        person(s);
        switch (kind) {
            case INTRODUCER_STATEMENT -> introducerFacts(s, introducer);
            case COMMENTS_SUMMARY -> {
                documentDate(s, latest(StepCode.COMMENTS).map(Step::date), StepCode.COMMENTS);
                s.text("associations", candidate.massAssociations(), "MASS_ASSOCIATIONS");
            }
            case ADMISSION_RESOLUTION, ADMISSION_MINUTES -> {
                Optional<Step> vote = latest(StepCode.CELL_RESOLUTION);
                documentDate(s, vote.map(Step::date), StepCode.CELL_RESOLUTION);
                voteFacts(s, vote, StepCode.CELL_RESOLUTION);
                s.put("introductions", introductions(s));
                s.text("certificate", latest(StepCode.AWARENESS_CLASS).map(this::documentWithDate).orElse(""),
                        "CERTIFICATE");
            }
            case SELF_REVIEW -> {
                documentDate(s, latest(StepCode.PROBATION_REVIEW).map(Step::date), StepCode.PROBATION_REVIEW);
                admissionFacts(s);
            }
            case OFFICIAL_RESOLUTION -> {
                Optional<Step> vote = latest(StepCode.OFFICIAL_RESOLUTION);
                documentDate(s, vote.map(Step::date), StepCode.OFFICIAL_RESOLUTION);
                voteFacts(s, vote, StepCode.OFFICIAL_RESOLUTION);
                admissionFacts(s);
            }
            case ADMISSION_LIST -> throw new IllegalArgumentException("The list is about several people");
        }
        return s;
    }

    /** The header and the signature: the cell's settings. */
    static void cellFacts(Cell cell, FactSheet s) {
        String superior = s.text("superiorUpper", cell.superiorCommittee().toUpperCase(VI), "SUPERIOR_COMMITTEE");
        s.put("superiorExec", superior.equals(FactSheet.BLANK) ? FactSheet.BLANK : executive(cell.superiorCommittee()));
        s.text("cellUpper", cell.name().toUpperCase(VI), "CELL_NAME");
        s.text("cell", cell.name(), "CELL_NAME");
        s.text("place", cell.placeName(), "PLACE_NAME");
        s.text("secretary", cell.secretaryName(), "SECRETARY_NAME");
    }

    /**
     * Who the documents are addressed to: the executive of the superior committee ("Đảng bộ xã Phố Lu"
     * decides through "Đảng ủy xã Phố Lu"); another name is used as the cell wrote it.
     */
    static String executive(String superiorCommittee) {
        String name = superiorCommittee.strip();
        if (name.regionMatches(true, 0, "Đảng bộ ", 0, 8)) {
            return "Đảng ủy " + name.substring(8);
        }
        return name;
    }

    /** The place-and-date line and the meeting's day: the step's date, blank when the step is not recorded. */
    static void documentDate(FactSheet s, Optional<LocalDate> date, StepCode step) {
        if (date.isEmpty()) {
            s.miss("day", "STEP_DATE", Messages.text("step." + step.name() + ".short"));
        }
        s.put("day", date.map(AdminDate::day).orElse(FactSheet.BLANK));
        s.put("month", date.map(AdminDate::month).orElse(FactSheet.BLANK));
        s.put("year", date.map(d -> String.valueOf(d.getYear())).orElse(FactSheet.BLANK));
    }

    private void person(FactSheet s) {
        s.put("name", candidate.fullName());
        s.put("gender", m.get("gender." + candidate.gender().name()));
        s.put("birthDate", vn.ptdv.domain.DisplayDates.format(candidate.birthDate()));
        s.text("homeTown", candidate.homeTown(), "HOME_TOWN");
        s.text("residence", residence(candidate), "RESIDENCE");
        s.text("ethnicity", candidate.ethnicity(), "ETHNICITY");
        s.text("religion", candidate.religion(), "RELIGION");
        s.text("education", candidate.education(), "EDUCATION");
        s.text("work", work(candidate), "OCCUPATION");
    }

    static String residence(Candidate c) {
        return c.permanentResidence().isEmpty() ? c.temporaryResidence() : c.permanentResidence();
    }

    static String work(Candidate c) {
        if (c.occupation().isEmpty()) {
            return "";
        }
        return c.workplace().isEmpty() ? c.occupation() : c.occupation() + ", " + c.workplace();
    }

    private void introducerFacts(FactSheet s, int index) {
        Optional<Step> introduction = latest(StepCode.INTRODUCTION);
        documentDate(s, introduction.map(Step::date), StepCode.INTRODUCTION);
        List<StepPerson> members = memberIntroducers();
        Optional<StepPerson> who = index >= 0 && index < members.size() ? Optional.of(members.get(index))
                : Optional.empty();
        s.text("introducer", who.map(StepPerson::name), "INTRODUCER");
        if (who.isPresent()) {
            s.date("knownSince", who.get().knownSince(), "KNOWN_SINCE", who.get().name());
        } else {
            s.put("knownSince", FactSheet.BLANK); // told once, as the missing introducer
        }
    }

    /**
     * Who introduced the candidate, as the resolution and the minutes name the papers: the Youth
     * Union's resolution and each member's statement.
     */
    private String introductions(FactSheet s) {
        List<String> parts = new ArrayList<>();
        for (StepPerson p : introducers()) {
            parts.add(p.role() == PersonRole.YOUTH_UNION_INTRODUCER
                    ? "nghị quyết giới thiệu của " + p.name() : "giấy giới thiệu của đồng chí " + p.name());
        }
        if (parts.isEmpty()) {
            s.miss("introductions", "INTRODUCERS");
            return "giấy giới thiệu của người giới thiệu " + FactSheet.BLANK;
        }
        return String.join(", ", parts);
    }

    /** Names for a table cell: the Youth Union's executive as written, members as "đ/c …". */
    String introducerNames(FactSheet s) {
        List<String> names = introducers().stream()
                .map(p -> p.role() == PersonRole.YOUTH_UNION_INTRODUCER ? p.name() : "đ/c " + p.name()).toList();
        if (names.isEmpty()) {
            s.miss("introducers", "INTRODUCERS");
            s.put("introducers", FactSheet.BLANK);
            return FactSheet.BLANK;
        }
        String joined = String.join("; ", names);
        s.put("introducers", joined);
        return joined;
    }

    /**
     * The resolution's number and the vote: official members at the vote, those present and absent,
     * votes in favour, and the share of the official members in favour (as the forms count it).
     */
    void voteFacts(FactSheet s, Optional<Step> vote, StepCode code) {
        String step = Messages.text("step." + code.name() + ".short");
        s.text("number", vote.map(Step::documentNumber), "RESOLUTION_NUMBER", step);
        Optional<Integer> members = vote.flatMap(Step::officialMembers);
        Optional<Integer> votesFor = vote.flatMap(Step::votesFor);
        s.text("officialMembers", members.map(String::valueOf), "OFFICIAL_MEMBERS", step);
        Optional<Integer> present = vote.flatMap(Step::membersPresent);
        s.text("membersPresent", present.map(String::valueOf), "MEMBERS_PRESENT", step);
        if (members.isPresent() && present.isPresent()) {
            s.put("membersAbsent", String.valueOf(members.get() - present.get()));
        } else {
            s.put("membersAbsent", FactSheet.BLANK);
            s.miss("membersAbsent", present.isPresent() ? "OFFICIAL_MEMBERS" : "MEMBERS_PRESENT", step);
        }
        s.text("votesFor", votesFor.map(String::valueOf), "VOTES_FOR", step);
        if (members.isPresent() && votesFor.isPresent() && members.get() > 0) {
            s.put("percent", percent(votesFor.get(), members.get()));
        } else {
            s.put("percent", FactSheet.BLANK);
            s.miss("percent", votesFor.isPresent() ? "OFFICIAL_MEMBERS" : "VOTES_FOR", step);
        }
    }

    /** The share with a decimal comma, to two places at most ("96,67"). */
    static String percent(int votesFor, int members) {
        DecimalFormat f = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(VI));
        f.setRoundingMode(java.math.RoundingMode.HALF_UP); // 29/32 is 90,63%, as counted by hand
        return f.format(votesFor * 100.0 / members);
    }

    /** The admission decision and the ceremony, and the probation's end that follows from it. */
    private void admissionFacts(FactSheet s) {
        Optional<Step> decision = latest(StepCode.ADMISSION_DECISION);
        s.text("decisionNumber", decision.map(Step::documentNumber), "DECISION_NUMBER");
        s.date("decisionDate", decision.map(Step::date), "DECISION_DATE");
        s.text("decisionIssuer", decision.map(Step::issuingBody), "DECISION_ISSUER");
        Optional<LocalDate> ceremony = latest(StepCode.CEREMONY).map(Step::date);
        s.date("ceremonyDate", ceremony, "CEREMONY_DATE");
        s.date("probationEnd", ceremony.map(d -> d.plusMonths(probationMonths)), "CEREMONY_DATE");
    }

    /** "87/GCN-TTCT ngày 20/04/2024", from a step with a number. */
    private String documentWithDate(Step step) {
        if (step.documentNumber().isEmpty()) {
            return "";
        }
        return step.documentNumber() + " ngày " + vn.ptdv.domain.DisplayDates.format(step.date());
    }

    /** "Số 14-NQ/CB, ngày 20/10/2024" for a table cell. */
    String resolutionCell(FactSheet s) {
        Optional<Step> vote = latest(StepCode.CELL_RESOLUTION);
        String step = Messages.text("step." + StepCode.CELL_RESOLUTION.name() + ".short");
        if (vote.isEmpty()) {
            s.miss("resolution", "STEP_DATE", step);
            return FactSheet.BLANK;
        }
        String number = vote.get().documentNumber();
        if (number.isEmpty()) {
            s.miss("resolution", "RESOLUTION_NUMBER", step);
            number = FactSheet.BLANK;
        }
        return "Số " + number + ", ngày " + vn.ptdv.domain.DisplayDates.format(vote.get().date());
    }

    /** "29/30 (96,67%)" for a table cell. */
    String votesCell(FactSheet s) {
        FactSheet vote = s.sibling();
        voteFacts(vote, latest(StepCode.CELL_RESOLUTION), StepCode.CELL_RESOLUTION);
        s.addMissing("votes", vote.missingFor(List.of("officialMembers", "votesFor", "percent")));
        var v = vote.values();
        return v.get("votesFor") + "/" + v.get("officialMembers") + " (" + v.get("percent") + "%)";
    }

    Candidate candidate() {
        return candidate;
    }

    private Optional<Step> latest(StepCode code) {
        Step found = null;
        for (Step step : steps) {
            if (step.code() == code && (found == null || CandidateFile.CHRONOLOGICAL.compare(step, found) > 0)) {
                found = step;
            }
        }
        return Optional.ofNullable(found);
    }
}
