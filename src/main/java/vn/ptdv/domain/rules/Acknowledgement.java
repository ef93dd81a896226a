package vn.ptdv.domain.rules;

import java.time.LocalDateTime;

/** A committee member accepted a finding, with the reason (an approved exception, for example). */
public record Acknowledgement(long id, long candidateId, String findingKey, RuleCode rule, String reason,
                              String acknowledgedBy, LocalDateTime acknowledgedAt) {
}
