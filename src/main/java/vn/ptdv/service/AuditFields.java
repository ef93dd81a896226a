package vn.ptdv.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The audited columns of each table as a person reads them: the label's message key (the form's own
 * label where there is one) and how the value is shown. Columns not listed (added by a later
 * migration) still show, under their column name.
 */
final class AuditFields {
    /** How a stored value is shown. HIDDEN values are said elsewhere in the entry (or are technical). */
    enum Kind {
        TEXT, NUMBER, DATE, DATETIME, BOOL, GENDER, STEP, ROLE, SOURCE, RULE, DAY_OFF, PHOTO, MASKED, PEOPLE, JOURNAL_KIND, RATING, TASK_RESULT, HIDDEN
    }

    record Field(String column, String labelKey, Kind kind) {
    }

    private static final Map<String, Map<String, Field>> BY_ENTITY = new LinkedHashMap<>();

    static {
        table("candidate",
                f("full_name", "candidate.field.fullName", Kind.TEXT),
                f("birth_name", "candidate.field.birthName", Kind.TEXT),
                f("alias", "candidate.field.alias", Kind.TEXT),
                f("gender", "candidate.field.gender", Kind.GENDER),
                f("birth_date", "candidate.field.birthDate", Kind.DATE),
                f("birth_place", "candidate.field.birthPlace", Kind.TEXT),
                f("home_town", "candidate.field.homeTown", Kind.TEXT),
                f("permanent_residence", "candidate.field.permanentResidence", Kind.TEXT),
                f("temporary_residence", "candidate.field.temporaryResidence", Kind.TEXT),
                f("ethnicity", "candidate.field.ethnicity", Kind.TEXT),
                f("religion", "candidate.field.religion", Kind.TEXT),
                f("citizen_id", "candidate.field.citizenId", Kind.MASKED),
                f("phone", "candidate.field.phone", Kind.MASKED),
                f("occupation", "candidate.field.occupation", Kind.TEXT),
                f("workplace", "candidate.field.workplace", Kind.TEXT),
                f("education", "candidate.field.education", Kind.TEXT),
                f("professional_qualification", "candidate.field.professionalQualification", Kind.TEXT),
                f("political_theory", "candidate.field.politicalTheory", Kind.TEXT),
                f("youth_union_member", "candidate.field.youthUnionMember", Kind.BOOL),
                f("youth_union_since", "candidate.field.youthUnionSince", Kind.DATE),
                f("mass_associations", "candidate.field.massAssociations", Kind.TEXT),
                f("source_category_id", "candidate.field.source", Kind.SOURCE),
                f("notes", "candidate.field.notes", Kind.TEXT),
                f("photo", "candidate.field.photo", Kind.PHOTO));
        table("step",
                f("candidate_id", "", Kind.HIDDEN),
                f("code", "step.field.code", Kind.STEP),
                f("step_date", "step.field.date", Kind.DATE),
                f("document_number", "step.field.documentNumber", Kind.TEXT),
                f("issuing_body", "step.field.issuingBody", Kind.TEXT),
                f("received_date", "step.field.receivedDate", Kind.DATE),
                f("result", "step.field.result", Kind.TEXT),
                f("official_members", "step.field.officialMembers", Kind.NUMBER),
                f("members_present", "step.field.membersPresent", Kind.NUMBER),
                f("votes_for", "step.field.votesFor", Kind.NUMBER),
                f("note", "step.field.note", Kind.TEXT),
                f("people", "audit.field.people", Kind.PEOPLE));
        table("step_person",
                f("step_id", "", Kind.HIDDEN),
                f("role", "audit.field.role", Kind.ROLE),
                f("name", "audit.field.personName", Kind.TEXT),
                f("known_since", "stepEditor.knownSince", Kind.DATE),
                f("step_code", "", Kind.HIDDEN),
                f("step_date", "", Kind.HIDDEN));
        table("journal_entry",
                f("candidate_id", "", Kind.HIDDEN),
                f("kind", "audit.field.journalKind", Kind.JOURNAL_KIND),
                f("entry_date", "audit.field.journalDate", Kind.DATE),
                f("person", "audit.field.journalPerson", Kind.TEXT),
                f("text", "audit.field.journalText", Kind.TEXT),
                f("due_date", "journal.field.due", Kind.DATE),
                f("result", "journal.field.result", Kind.TASK_RESULT),
                f("result_date", "journal.field.resultDate", Kind.DATE),
                f("result_comment", "journal.field.resultComment", Kind.TEXT),
                f("political_rating", "journal.heading.POLITICAL_AWARENESS", Kind.RATING),
                f("political_comment", "audit.field.politicalComment", Kind.TEXT),
                f("ethics_rating", "journal.heading.ETHICS_LIFESTYLE", Kind.RATING),
                f("ethics_comment", "audit.field.ethicsComment", Kind.TEXT),
                f("work_rating", "journal.heading.WORK_AND_TASKS", Kind.RATING),
                f("work_comment", "audit.field.workComment", Kind.TEXT),
                f("relations_rating", "journal.heading.RELATIONS_WHERE_LIVING", Kind.RATING),
                f("relations_comment", "audit.field.relationsComment", Kind.TEXT),
                f("ready", "audit.field.ready", Kind.BOOL));
        table("finding_ack",
                f("candidate_id", "", Kind.HIDDEN),
                f("rule", "audit.field.rule", Kind.RULE),
                f("reason", "audit.field.reason", Kind.TEXT),
                f("acknowledged_by", "ack.by", Kind.TEXT),
                f("acknowledged_at", "audit.field.acknowledgedAt", Kind.DATETIME),
                f("finding_key", "", Kind.HIDDEN));
        table("cell",
                f("name", "cell.field.cellName", Kind.TEXT),
                f("superior_committee", "cell.field.superiorCommittee", Kind.TEXT),
                f("place_name", "cell.field.placeName", Kind.TEXT),
                f("secretary_name", "cell.field.secretaryName", Kind.TEXT),
                f("official_members", "cell.field.officialMembers", Kind.NUMBER));
        table("source_category",
                f("name", "audit.field.sourceName", Kind.TEXT),
                f("sort_order", "", Kind.HIDDEN));
        table("holiday_correction",
                f("day", "", Kind.HIDDEN),
                f("day_off", "audit.field.dayOff", Kind.DAY_OFF),
                f("name", "audit.field.holidayName", Kind.TEXT));
        table("rule_setting",
                f("code", "", Kind.HIDDEN),
                f("value", "audit.field.value", Kind.TEXT));
        table("year_target",
                f("year", "", Kind.HIDDEN),
                f("cultivated_min", "audit.field.cultivatedMin", Kind.NUMBER),
                f("cultivated_max", "audit.field.cultivatedMax", Kind.NUMBER),
                f("admitted_min", "audit.field.admittedMin", Kind.NUMBER),
                f("admitted_max", "audit.field.admittedMax", Kind.NUMBER),
                f("recognised_min", "audit.field.recognisedMin", Kind.NUMBER),
                f("recognised_max", "audit.field.recognisedMax", Kind.NUMBER),
                f("note", "targets.note", Kind.TEXT));
        table("app_setting",
                f("key", "", Kind.HIDDEN),
                f("value", "audit.field.value", Kind.TEXT));
    }

    private AuditFields() {
    }

    private static Field f(String column, String labelKey, Kind kind) {
        return new Field(column, labelKey, kind);
    }

    private static void table(String entity, Field... fields) {
        Map<String, Field> byColumn = new LinkedHashMap<>();
        for (Field field : fields) {
            byColumn.put(field.column(), field);
        }
        BY_ENTITY.put(entity, byColumn);
    }

    static Optional<Field> of(String entity, String column) {
        return Optional.ofNullable(BY_ENTITY.getOrDefault(entity, Map.of()).get(column));
    }

    /** The entities the program knows how to show. */
    static List<String> entities() {
        return List.copyOf(BY_ENTITY.keySet());
    }
}
