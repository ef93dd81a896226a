package vn.ptdv.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.ptdv.domain.VietnameseNames;
import vn.ptdv.domain.audit.AuditQuery;
import vn.ptdv.i18n.Messages;
import vn.ptdv.persistence.AuditRepository;
import vn.ptdv.persistence.Database;

/**
 * The audit trail (Nhật ký). The database writes every change of the data by itself (triggers); this
 * service says who is working, adds the program's events that change nothing, and reads the trail as
 * people read it. Nothing here changes or deletes an entry: the trail cannot be edited.
 */
public final class AuditService {
    /** An export takes at most this many entries, so that a huge log cannot exhaust an old PC's memory. */
    public static final int MAX_EXPORT = 100_000;

    private final Database database;
    private final AuditRepository log = new AuditRepository();

    public AuditService(Database database) {
        this.database = database;
    }

    /** From now on, changes are written down as made by this user on this computer. */
    public void identify(AuditIdentity identity) {
        database.inTransaction(c -> {
            log.setIdentity(c, identity.user(), identity.computer());
            return null;
        });
    }

    /**
     * Writes down something the program did that changes no data, such as showing a hidden value:
     * {@code record("REVEAL", "candidate", id, "citizen_id")} for "showed candidate id's citizen ID".
     * {@code action} is a short code in capitals (shown through the message "audit.action." + action
     * when there is one), {@code entity} what it concerns (a table's name, like "candidate"),
     * {@code candidateId} the candidate concerned or null (then the entry is not on a candidate's
     * history), {@code detail} a column name (shown by its label) or a short text.
     */
    public void record(String action, String entity, Long candidateId, String detail) {
        database.inTransaction(c -> {
            log.record(c, action, entity, Optional.ofNullable(candidateId), detail == null ? "" : detail);
            return null;
        });
    }

    /**
     * After a backup was restored: the restored file brings its own trail (as it was when backed up),
     * which is told who works now and that the data was restored, by whom and when.
     */
    public void restored() {
        identify(AuditIdentity.ofThisComputer());
        record("RESTORE", "database", null, "");
    }

    /** One page of the entries matching the query, newest first, as people read them. */
    public AuditPage find(AuditQuery query) {
        return find(query, Messages.current());
    }

    public AuditPage find(AuditQuery query, Messages messages) {
        return database.inTransaction(c -> {
            AuditText text = new AuditText(messages, log.sourceNamesEverKnown(c));
            List<AuditLine> lines = new ArrayList<>();
            boolean[] more = {false};
            if (query.text().isEmpty()) {
                // Nothing to match on the text: SQL pages, one entry more tells whether there is a next page.
                log.scan(c, query, query.offset(), query.limit() + 1L, entry -> {
                    if (lines.size() == query.limit()) {
                        more[0] = true;
                        return false;
                    }
                    lines.add(text.render(entry));
                    return true;
                });
            } else {
                // The text is matched against what people read (step names, labels), so the entries are
                // rendered first; the scan stops as soon as the page is full.
                int[] skipped = {0};
                log.scan(c, query, 0, -1, entry -> {
                    AuditLine line = text.render(entry);
                    if (!VietnameseNames.matches(haystack(line), query.text())) {
                        return true;
                    }
                    if (skipped[0] < query.offset()) {
                        skipped[0]++;
                        return true;
                    }
                    if (lines.size() == query.limit()) {
                        more[0] = true;
                        return false;
                    }
                    lines.add(line);
                    return true;
                });
            }
            return new AuditPage(lines, more[0]);
        });
    }

    /** Every entry matching the query (its page ignored), up to {@link #MAX_EXPORT}: for an export. */
    public List<AuditLine> findAll(AuditQuery query) {
        return find(query.withPage(0, MAX_EXPORT)).lines();
    }

    private static String haystack(AuditLine line) {
        return String.join(" ", line.user(), line.computer(), line.candidateName(), line.what(), line.changesText());
    }
}
