package vn.ptdv.domain.audit;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Which part of the audit trail to read, newest first: days from and to (both included), one kind,
 * text contained in the user, the computer, the candidate's name or what the entry says (without
 * regard to diacritics or case), one candidate; and the page: skip {@code offset} matches, return at
 * most {@code limit}.
 */
public record AuditQuery(Optional<LocalDate> from, Optional<LocalDate> to, Optional<AuditKind> kind, String text,
                         Optional<Long> candidateId, int offset, int limit) {
    public static final int DEFAULT_LIMIT = 200;

    public AuditQuery {
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(candidateId);
        text = Objects.requireNonNullElse(text, "").strip();
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset " + offset + ", limit " + limit);
        }
    }

    /** The newest entries of the whole log. */
    public static AuditQuery all() {
        return new AuditQuery(Optional.empty(), Optional.empty(), Optional.empty(), "", Optional.empty(), 0,
                DEFAULT_LIMIT);
    }

    /** The newest entries about one candidate (their data, steps, people on them, acknowledgements). */
    public static AuditQuery forCandidate(long candidateId) {
        return all().withCandidate(candidateId);
    }

    public AuditQuery withDates(Optional<LocalDate> newFrom, Optional<LocalDate> newTo) {
        return new AuditQuery(newFrom, newTo, kind, text, candidateId, offset, limit);
    }

    public AuditQuery withKind(Optional<AuditKind> newKind) {
        return new AuditQuery(from, to, newKind, text, candidateId, offset, limit);
    }

    public AuditQuery withText(String newText) {
        return new AuditQuery(from, to, kind, newText, candidateId, offset, limit);
    }

    public AuditQuery withCandidate(long id) {
        return new AuditQuery(from, to, kind, text, Optional.of(id), offset, limit);
    }

    public AuditQuery withPage(int newOffset, int newLimit) {
        return new AuditQuery(from, to, kind, text, candidateId, newOffset, newLimit);
    }
}
