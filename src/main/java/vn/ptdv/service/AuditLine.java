package vn.ptdv.service;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import vn.ptdv.domain.audit.AuditKind;

/**
 * An audit entry as a person reads it: when, who (the computer's user and the computer), about which
 * candidate, what was done ("Sửa bước “Lễ kết nạp” ngày 15/01/2026") and the changes field by field
 * ("Số văn bản: 12-QĐ/ĐU → 15-QĐ/ĐU"). {@code entity} and {@code action} are the stored codes (a table's
 * name; INSERT, UPDATE, DELETE or a program event), for programs reading the command line's JSON.
 */
public record AuditLine(long id, LocalDateTime at, String user, String computer, Optional<Long> candidateId,
                        String candidateName, AuditKind kind, String entity, String action, String what,
                        List<String> changes) {
    public AuditLine {
        changes = List.copyOf(changes);
    }

    /** "nguyenvan (MAY-VAN-PHONG)", or whichever of the two is known. */
    public String who() {
        if (user.isBlank()) {
            return computer;
        }
        return computer.isBlank() ? user : user + " (" + computer + ")";
    }

    /** The changes, one a line. */
    public String changesText() {
        return String.join("\n", changes);
    }
}
