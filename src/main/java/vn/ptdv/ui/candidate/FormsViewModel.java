package vn.ptdv.ui.candidate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.ptdv.domain.CandidateStatus;
import vn.ptdv.domain.CandidateSummary;
import vn.ptdv.i18n.Messages;
import vn.ptdv.report.forms.FormKind;
import vn.ptdv.report.forms.FormService;
import vn.ptdv.service.CandidateService;
import vn.ptdv.service.ErrorText;
import vn.ptdv.ui.common.DialogService;
import vn.ptdv.ui.common.FileOpener;
import vn.ptdv.ui.common.TaskRunner;

/**
 * "Hồ sơ giấy tờ": the documents for the step a candidate's file stands at, each made as a Word file in
 * the candidate's folder beside the database and opened with the desktop's program.
 */
public final class FormsViewModel {
    /** A document of the list, and the file made for it (one already in the folder counts). */
    public static final class Row {
        private final FormService.FormEntry entry;
        private final ObjectProperty<Path> file = new SimpleObjectProperty<>();

        Row(FormService.FormEntry entry, Path existing) {
            this.entry = entry;
            file.set(existing);
        }

        public FormService.FormEntry entry() {
            return entry;
        }

        public ObjectProperty<Path> fileProperty() {
            return file;
        }
    }

    /** Someone who can go on the list for the committee above; {@code proposed} ones are ticked at first. */
    public record Choice(long id, String name, boolean proposed) {
    }

    private final FormService forms;
    private final CandidateService candidates;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final FileOpener opener;
    private final Clock clock;
    private final Messages m = Messages.current();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty empty = new SimpleStringProperty("");
    private long candidateId;
    private Path folder;

    public FormsViewModel(FormService forms, CandidateService candidates, TaskRunner tasks, DialogService dialogs,
                          FileOpener opener, Clock clock) {
        this.forms = forms;
        this.candidates = candidates;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.opener = opener;
        this.clock = clock;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** What was last done (a file written), or what went wrong. */
    public StringProperty statusProperty() {
        return status;
    }

    /** Why the list is empty, when it is. */
    public StringProperty emptyProperty() {
        return empty;
    }

    private record Loaded(List<FormService.FormEntry> entries, Path folder, List<Path> existing) {
    }

    /** Reads which documents the file calls for, and which are already in the candidate's folder. */
    public void load(long id, Runnable done) {
        candidateId = id;
        tasks.run(() -> {
            List<FormService.FormEntry> entries = forms.forms(id);
            Path where = forms.candidateFolder(id);
            List<Path> existing = new ArrayList<>();
            for (FormService.FormEntry e : entries) {
                Path file = e.kind().forSeveral() ? null : where.resolve(e.fileName());
                existing.add(file != null && Files.isRegularFile(file) ? file : null);
            }
            return new Loaded(entries, where, existing);
        }, loaded -> {
            folder = loaded.folder();
            List<Row> list = new ArrayList<>();
            for (int i = 0; i < loaded.entries().size(); i++) {
                list.add(new Row(loaded.entries().get(i), loaded.existing().get(i)));
            }
            rows.setAll(list);
            empty.set(list.isEmpty() ? m.get("forms.window.none") : "");
            status.set("");
            done.run();
        }, this::failed);
    }

    /** Writes a document about the candidate into their folder (again, when it was made before). */
    public void make(Row row) {
        FormService.FormEntry e = row.entry();
        Path file = folder.resolve(e.fileName());
        tasks.run(() -> forms.make(candidateId, e.kind(), e.introducer(), file), made -> {
            row.fileProperty().set(made.file());
            status.set(made.missing().isEmpty() ? m.get("forms.window.made", made.file().getFileName())
                    : m.get("forms.window.madeMissing", made.file().getFileName(), made.missing().size()));
        }, this::failed);
    }

    /**
     * The people who can go on the list: the candidate of the page first, then those the cell has
     * proposed (ticked) and those still being cultivated (not ticked: their file may lack the vote).
     */
    public void choices(Consumer<List<Choice>> show) {
        tasks.run(() -> {
            List<Choice> list = new ArrayList<>();
            for (CandidateSummary c : candidates.listSummaries()) {
                boolean proposed = c.status() == CandidateStatus.PROPOSED;
                if (proposed || c.status() == CandidateStatus.CULTIVATED || c.id() == candidateId) {
                    Choice choice = new Choice(c.id(), c.fullName(), proposed || c.id() == candidateId);
                    if (c.id() == candidateId) {
                        list.add(0, choice);
                    } else {
                        list.add(choice);
                    }
                }
            }
            return list;
        }, show, this::failed);
    }

    /** Writes the list for the committee above for the people chosen, beside the candidates' folders. */
    public void makeList(Row row, List<Long> ids) {
        if (ids.isEmpty()) {
            dialogs.showError(m.get("forms.window.title"), m.get("forms.window.nobody"));
            return;
        }
        LocalDate today = LocalDate.now(clock);
        Path file = forms.listFolder().resolve(FormService.listFileName(today));
        tasks.run(() -> forms.makeList(ids, today, file), made -> {
            row.fileProperty().set(made.file());
            status.set(made.missing().isEmpty() ? m.get("forms.window.made", made.file().getFileName())
                    : m.get("forms.window.madeMissing", made.file().getFileName(), made.missing().size()));
            if (!made.missing().isEmpty()) {
                dialogs.showInfo(m.get("forms.form." + FormKind.ADMISSION_LIST.name()),
                        m.get("forms.window.listMissing", String.join("\n", made.missing())));
            }
        }, this::failed);
    }

    /** Opens the file with the desktop's program (Word, LibreOffice), away from the FX thread. */
    public void open(Row row) {
        Path file = row.fileProperty().get();
        if (file != null) {
            tasks.run(() -> {
                opener.open(file);
                return file;
            }, opened -> { }, this::failed);
        }
    }

    /** Opens the candidate's folder in the file manager (made first, so that there is one to open). */
    public void openFolder() {
        Path where = folder;
        if (where != null) {
            tasks.run(() -> {
                Files.createDirectories(where);
                opener.open(where);
                return where;
            }, opened -> { }, this::failed);
        }
    }

    private void failed(Throwable e) {
        dialogs.showError(m.get("forms.window.title"), ErrorText.describe(e, m));
    }
}
