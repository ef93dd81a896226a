package vn.ptdv.ui.candidate;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.ptdv.domain.audit.AuditQuery;
import vn.ptdv.i18n.Messages;
import vn.ptdv.service.AuditLine;
import vn.ptdv.service.AuditService;
import vn.ptdv.service.ErrorText;
import vn.ptdv.ui.common.DialogService;
import vn.ptdv.ui.common.TaskRunner;

/** Lịch sử thay đổi: one candidate's entries of the audit trail, newest first. Read only. */
public final class CandidateHistoryViewModel {
    /** A candidate's history is short; past this many, the newest are shown and the status says so. */
    static final int SHOWN = 500;

    private final Messages m = Messages.current();
    private final AuditService audit;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final ObservableList<AuditLine> lines = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private long shownFor;

    public CandidateHistoryViewModel(AuditService audit, TaskRunner tasks, DialogService dialogs) {
        this.audit = audit;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    public ObservableList<AuditLine> lines() {
        return lines;
    }

    /** How many entries are shown, and whether older ones are left out. */
    public StringProperty statusProperty() {
        return status;
    }

    /** Reads the candidate's history (again: it may have grown since). */
    public void load(long candidateId) {
        shownFor = candidateId;
        tasks.run(() -> audit.find(AuditQuery.forCandidate(candidateId).withPage(0, SHOWN)), page -> {
            if (shownFor != candidateId) {
                return; // another candidate was opened meanwhile
            }
            lines.setAll(page.lines());
            status.set(page.lines().isEmpty() ? m.get("audit.none") : page.hasMore()
                    ? m.get("audit.shownMore", page.lines().size()) : m.get("audit.shown", page.lines().size()));
        }, e -> dialogs.showError(m.get("error.title"), ErrorText.describe(e, m)));
    }

    public void clear() {
        shownFor = 0;
        lines.clear();
        status.set("");
    }
}
