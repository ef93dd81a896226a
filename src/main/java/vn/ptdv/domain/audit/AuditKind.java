package vn.ptdv.domain.audit;

import java.util.Arrays;
import java.util.List;

/** What the audit trail's entries are about, as the filter offers them: each covers some tables. */
public enum AuditKind {
    CANDIDATE("candidate", "candidate_list"),
    STEP("step", "step_person"),
    ACKNOWLEDGEMENT("finding_ack"),
    CELL("cell"),
    SOURCE("source_category"),
    HOLIDAY("holiday_correction"),
    RULE("rule_setting"),
    TARGET("year_target"),
    PROGRAM("app_setting", "audit_log");

    private final List<String> entities;

    AuditKind(String... entities) {
        this.entities = List.of(entities);
    }

    /** The entity names (tables) of this kind. */
    public List<String> entities() {
        return entities;
    }

    /** The kind of an entity; program events about something unknown count as the program's. */
    public static AuditKind of(String entity) {
        return Arrays.stream(values()).filter(k -> k.entities.contains(entity)).findFirst().orElse(PROGRAM);
    }
}
