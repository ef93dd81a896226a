package vn.ptdv.domain.audit;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the audit trail as stored: who changed what and when, with the values before and after.
 * {@code entity} is the table's name (or a program event's subject), {@code action} INSERT, UPDATE,
 * DELETE or a program event. {@code before} and {@code after} map column names to their values as
 * text, in the table's column order; a value not recorded is "" (so empty and missing read the same),
 * and both maps are empty where the action has no such side (before an INSERT, after a DELETE).
 * {@code candidateName} is the candidate's current name, or the last one known when they were deleted.
 */
public record AuditEntry(long id, LocalDateTime at, String user, String computer, String entity, String entityId,
                         Optional<Long> candidateId, String candidateName, String action,
                         Map<String, String> before, Map<String, String> after, String detail) {
    public AuditEntry {
        Objects.requireNonNull(at);
        user = Objects.requireNonNullElse(user, "");
        computer = Objects.requireNonNullElse(computer, "");
        entityId = Objects.requireNonNullElse(entityId, "");
        candidateName = Objects.requireNonNullElse(candidateName, "");
        detail = Objects.requireNonNullElse(detail, "");
        Objects.requireNonNull(entity);
        Objects.requireNonNull(action);
        Objects.requireNonNull(candidateId);
        before = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(before));
        after = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(after));
    }

    public AuditKind kind() {
        return AuditKind.of(entity);
    }
}
