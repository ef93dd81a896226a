package vn.ptdv.service;

import java.util.List;

/** One page of the audit trail, newest first; {@code hasMore} when later pages have entries. */
public record AuditPage(List<AuditLine> lines, boolean hasMore) {
    public AuditPage {
        lines = List.copyOf(lines);
    }
}
