package vn.ptdv.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ptdv.domain.DisplayDates;
import vn.ptdv.domain.Masking;
import vn.ptdv.domain.audit.AuditEntry;
import vn.ptdv.i18n.Messages;

/**
 * Turns stored audit entries into what a person reads, in their language: labels from the forms,
 * dates as dd/MM/yyyy, steps, roles, rules and sources by their names, only the fields that changed.
 * Citizen ID and phone numbers are masked as the lists mask them: the trail is read by more people.
 */
final class AuditText {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ARROW = " → ";

    private final Messages m;
    private final Map<Long, String> sourceNames;

    AuditText(Messages messages, Map<Long, String> sourceNames) {
        this.m = messages;
        this.sourceNames = sourceNames;
    }

    AuditLine render(AuditEntry e) {
        return new AuditLine(e.id(), e.at(), e.user(), e.computer(), e.candidateId(), e.candidateName(), e.kind(),
                e.entity(), e.action(), what(e), changes(e));
    }

    private String what(AuditEntry e) {
        String secret = "audit.what.app_setting." + e.entityId() + "." + e.action();
        if (e.entity().equals("app_setting") && m.bundle().containsKey(secret)) {
            return m.get(secret); // a password or key: what happened to it, never its value
        }
        String key = "audit.what." + e.entity() + "." + e.action();
        if (!m.bundle().containsKey(key)) {
            return event(e);
        }
        Map<String, String> row = e.after().isEmpty() ? e.before() : e.after();
        String subject = switch (e.entity()) {
            case "step" -> stepName(row.get("code"), row.get("step_date"));
            case "step_person" -> stepName(row.get("step_code"), row.get("step_date"));
            case "finding_ack" -> ruleTitle(row.getOrDefault("rule", ""));
            case "journal_entry" -> enumLabel(AuditFields.Kind.JOURNAL_KIND, row.getOrDefault("kind", "")) + " "
                    + date(row.getOrDefault("entry_date", ""));
            case "source_category" -> row.getOrDefault("name", "");
            case "holiday_correction" -> date(e.entityId());
            case "rule_setting" -> ruleTitle(e.entityId());
            case "year_target" -> e.entityId();
            case "app_setting" -> settingName(e.entityId());
            default -> e.detail(); // a program event's own message says what its detail is
        };
        return m.get(key, subject);
    }

    /** A program event (or a change of a table this version does not know): its action, then its subject. */
    private String event(AuditEntry e) {
        String action = m.bundle().containsKey("audit.action." + e.action()) ? m.get("audit.action." + e.action())
                : e.action();
        String subject = m.bundle().containsKey("audit.entity." + e.entity()) ? m.get("audit.entity." + e.entity())
                : e.entity();
        return action + " – " + subject;
    }

    private List<String> changes(AuditEntry e) {
        List<String> lines = new ArrayList<>();
        boolean ownMessage = m.bundle().containsKey("audit.what." + e.entity() + "." + e.action());
        if (!e.detail().isBlank() && !ownMessage) {
            lines.add(AuditFields.of(e.entity(), e.detail()).map(f -> label(f.labelKey()))
                    .orElse(e.detail()));
        }
        Set<String> columns = new LinkedHashSet<>(e.before().keySet());
        columns.addAll(e.after().keySet());
        boolean update = !e.before().isEmpty() && !e.after().isEmpty();
        for (String column : columns) {
            AuditFields.Field field = AuditFields.of(e.entity(), column)
                    .orElse(new AuditFields.Field(column, "", AuditFields.Kind.TEXT));
            if (field.kind() == AuditFields.Kind.HIDDEN) {
                continue;
            }
            String before = e.before().getOrDefault(column, "");
            String after = e.after().getOrDefault(column, "");
            String name = field.labelKey().isEmpty() ? column : label(field.labelKey());
            if (field.kind() == AuditFields.Kind.PHOTO) {
                photo(before, after).ifPresent(text -> lines.add(name + ": " + text));
            } else if (update) {
                if (!before.equals(after)) {
                    lines.add(name + ": " + shown(field, before) + ARROW + shown(field, after));
                }
            } else {
                String value = before.isEmpty() ? after : before;
                if (!value.isEmpty()) {
                    lines.add(name + ": " + shown(field, value));
                }
            }
        }
        return lines;
    }

    private java.util.Optional<String> photo(String before, String after) {
        if (before.equals(after)) {
            return java.util.Optional.empty();
        }
        if (before.isEmpty()) {
            return java.util.Optional.of(m.get("audit.photo.added"));
        }
        return java.util.Optional.of(after.isEmpty() ? m.get("audit.photo.removed") : m.get("audit.photo.replaced"));
    }

    /** A form label without the mark of a required field. */
    private String label(String key) {
        return m.get(key).replaceAll("\\s*\\*$", "");
    }

    private String shown(AuditFields.Field field, String value) {
        if (value.isEmpty()) {
            return m.get("audit.empty");
        }
        return switch (field.kind()) {
            case DATE -> date(value);
            case DATETIME -> dateTime(value);
            case BOOL -> m.get("1".equals(value) ? "audit.yes" : "audit.no");
            case GENDER, STEP, ROLE, JOURNAL_KIND, RATING, TASK_RESULT -> enumLabel(field.kind(), value);
            case SOURCE -> source(value);
            case RULE -> ruleTitle(value);
            case DAY_OFF -> m.get("1".equals(value) ? "audit.dayOff" : "audit.workingDay");
            case MASKED -> Masking.mask(value);
            case PEOPLE -> people(value);
            default -> value;
        };
    }

    private String enumLabel(AuditFields.Kind kind, String code) {
        String key = switch (kind) {
            case GENDER -> "gender." + code;
            case STEP -> "step." + code;
            case JOURNAL_KIND -> "journal.kind." + code;
            case RATING -> "journal.rating." + code;
            case TASK_RESULT -> "journal.result." + code;
            default -> "person.role." + code;
        };
        return m.bundle().containsKey(key) ? m.get(key) : code;
    }

    private String source(String id) {
        try {
            String name = sourceNames.get(Long.parseLong(id));
            return name == null ? m.get("audit.source.unknown", id) : name;
        } catch (NumberFormatException e) {
            return id;
        }
    }

    private String ruleTitle(String code) {
        String key = "rule." + code + ".title";
        return m.bundle().containsKey(key) ? m.get(key) : code;
    }

    private String settingName(String key) {
        String label = "audit.setting." + key;
        return m.bundle().containsKey(label) ? m.get(label) : key;
    }

    /** "“Lễ kết nạp” ngày 15/01/2026". */
    private String stepName(String code, String day) {
        String name = code == null || code.isEmpty() ? "" : m.bundle().containsKey("step." + code + ".short")
                ? m.get("step." + code + ".short") : code;
        return m.get("audit.stepName", name, date(day == null ? "" : day));
    }

    private String people(String json) {
        List<String> names = new ArrayList<>();
        try {
            for (JsonNode p : JSON.readTree(json)) {
                String role = enumLabel(AuditFields.Kind.ROLE, p.path("role").asText());
                String since = p.path("known_since").isNull() || p.path("known_since").isMissingNode() ? ""
                        : " (" + m.get("audit.knownSince", date(p.path("known_since").asText())) + ")";
                names.add(role + ": " + p.path("name").asText() + since);
            }
        } catch (JsonProcessingException e) {
            return json;
        }
        return names.isEmpty() ? m.get("audit.empty") : String.join("; ", names);
    }

    private static String date(String iso) {
        try {
            return DisplayDates.format(LocalDate.parse(iso));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    private static String dateTime(String iso) {
        try {
            return DATE_TIME.format(LocalDateTime.parse(iso));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }
}
