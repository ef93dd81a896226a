package vn.ptdv.ui.candidate;

import java.time.Clock;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.ptdv.domain.CandidateStatus;
import vn.ptdv.domain.CandidateSummary;
import vn.ptdv.i18n.Messages;
import vn.ptdv.service.CandidateService;
import vn.ptdv.service.CellService;
import vn.ptdv.service.CheckService;
import vn.ptdv.service.ErrorText;
import vn.ptdv.ui.common.DialogService;
import vn.ptdv.ui.common.Screen;
import vn.ptdv.ui.common.TaskRunner;

/** Quần chúng: the list on the left, the selected candidate's form and timeline on the right. */
public final class CandidatesView implements Screen {
    private final Messages m = Messages.current();
    private final CandidateService service;
    private final CellService cellService;
    private final vn.ptdv.report.ReportService exports;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Clock clock;
    private final CandidateListViewModel listVm;
    private final CandidateFormViewModel formVm;
    private final TimelineViewModel timelineVm;
    private final CandidateHistoryViewModel historyVm;
    private final JournalViewModel journalVm;
    private final BorderPane root = new BorderPane();
    private final CandidateTable table;
    private final Label detailTitle = new Label();
    private final Label countLabel = new Label();
    private final Label milestoneLine = new Label();
    private final Button exportFileButton = new Button(Messages.text("candidates.exportFile"));
    private final Button formsButton = new Button(Messages.text("forms.window.button"));
    private final FormsViewModel formsVm;
    private final TextField search = new TextField();
    private final List<Runnable> tooltips = new java.util.ArrayList<>();
    private boolean tooltipsInstalled;
    /**
     * The right-hand side: a short hint until a candidate is opened or a new one started, then the
     * candidate's page. The page (a form of some twenty fields and its tabs) is built on that first
     * need, not for the window's first frame, which it would hold up by a tenth of a second.
     */
    private final javafx.scene.layout.StackPane detail = new javafx.scene.layout.StackPane();
    private CandidateFormView form;
    private TabPane tabs;
    private Tab process;
    private Tab history;
    private Tab training;
    private final Label savedNote = new Label();
    private boolean reverting;
    private Runnable afterNextList;
    /** The list was given with the opening of the database: the first showing does not read it again. */
    private boolean listGiven;

    public CandidatesView(CandidateService service, CellService cellService, CheckService checks,
                          vn.ptdv.report.ReportService exports, vn.ptdv.service.AuditService audit,
                          vn.ptdv.service.JournalService journal, FormsViewModel forms, TaskRunner tasks,
                          DialogService dialogs, Clock clock) {
        this.formsVm = forms;
        this.service = service;
        this.exports = exports;
        this.cellService = cellService;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.clock = clock;
        this.listVm = new CandidateListViewModel(service, tasks, dialogs);
        this.formVm = new CandidateFormViewModel(service, tasks, dialogs);
        this.timelineVm = new TimelineViewModel(service, cellService, checks, tasks, dialogs, clock);
        this.historyVm = new CandidateHistoryViewModel(audit, tasks, dialogs);
        this.journalVm = new JournalViewModel(journal, tasks, dialogs, clock);
        this.table = new CandidateTable(listVm.visibleCandidates(), listVm.revealedProperty(), layout);
        detail.getChildren().add(detailHint());
        // The page's height is the window's, never its content's: its wrapping title and lines ask for a
        // height that depends on the width, and the split pane keeps the first answer it gets (asked at
        // another width, once the window had been taller), which made the whole frame taller than a
        // 1366×768 screen, its buttons above the top. What the page holds scrolls in its tabs instead.
        detail.setMinHeight(PAGE_MIN_HEIGHT);
        split.getItems().addAll(listPane(), detail);
        split.setId("candidatesSplit");
        split.setDividerPositions(keptDivider());
        split.getDividers().get(0).positionProperty().addListener((o, was, now) -> {
            if (split.getItems().size() == 2) {
                layout.put("divider", Double.toString(now.doubleValue()));
            }
        });
        root.setCenter(split);
        root.setId("candidatesScreen");
        if (layout.get("detailHidden").map(Boolean::parseBoolean).orElse(false)) {
            detailToggle.setSelected(true);
            setDetailShown(false);
        }
        // The detail pane folds away with a key, wherever the focus is on this screen.
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (DETAIL_KEY.match(e)) {
                e.consume();
                detailToggle.fire();
            }
        });
    }

    /** The list's share of the width: the names and headings in full at 1366 pixels, the page beside them. */
    private static final double DIVIDER = 0.64;
    /** The page's title, its buttons and a few lines of a tab: less than the smallest window's room. */
    private static final double PAGE_MIN_HEIGHT = vn.ptdv.ui.common.Em.of(20);
    private static final javafx.scene.input.KeyCombination DETAIL_KEY = javafx.scene.input.KeyCombination.keyCombination("F9");
    private final vn.ptdv.ui.common.LayoutMemory layout = vn.ptdv.ui.common.LayoutMemory.forUser("candidates");
    private final SplitPane split = new SplitPane();
    private final javafx.scene.control.ToggleButton detailToggle = new javafx.scene.control.ToggleButton();

    /** Where the person left the divider, unless it was dragged to where the list or the page is lost. */
    private double keptDivider() {
        return layout.number("divider").filter(d -> d > 0.2 && d < 0.9).orElse(DIVIDER);
    }

    /** Folds the candidate's page away, so the list has the whole width, or brings it back. */
    private void setDetailShown(boolean shown) {
        if (shown == split.getItems().contains(detail)) {
            return;
        }
        if (shown) {
            split.getItems().add(detail);
            split.setDividerPositions(keptDivider());
        } else {
            split.getItems().remove(detail);
        }
        detailToggle.setSelected(!shown);
        layout.put("detailHidden", Boolean.toString(!shown));
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShow() {
        tasks.run(cellService::sourceCategories, formVm::setSources, this::showError);
        if (listGiven) {
            listGiven = false;
            listShown();
        } else {
            listVm.refresh(this::listShown);
        }
    }

    /**
     * Shows the list read as the database was opened, so that the window's first frame has it; the
     * screen's first showing then does not read it again.
     */
    public void showFirstList(List<CandidateSummary> rows) {
        listVm.show(rows);
        listGiven = true;
    }

    private void listShown() {
        updateCount();
        Runnable after = afterNextList;
        afterNextList = null;
        if (after != null) {
            after.run();
        }
    }

    /** Runs once the list has next been loaded and shown (the start-up is timed to that moment). */
    public void afterNextList(Runnable action) {
        afterNextList = action;
    }

    /** Masks the confidential numbers again (when the screen locks, for instance). */
    public void hideNumbers() {
        listVm.hideNumbers();
    }

    /** Ctrl+F: the search field. */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private Node listPane() {
        search.setId("candidateSearchField");
        search.setPromptText(m.get("candidates.search.prompt"));
        search.textProperty().bindBidirectional(listVm.searchTextProperty());
        // Down or Enter in the search field goes to the results, the first one chosen, as in a file
        // manager's or a mail program's search.
        search.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if ((e.getCode() == javafx.scene.input.KeyCode.DOWN || e.getCode() == javafx.scene.input.KeyCode.ENTER)
                    && !table.getItems().isEmpty()) {
                table.requestFocus();
                if (table.getSelectionModel().isEmpty()) {
                    table.getSelectionModel().select(0);
                }
                table.getFocusModel().focus(table.getSelectionModel().getSelectedIndex());
                e.consume();
            }
        });
        StatusFilterBox status = new StatusFilterBox(listVm);
        Button add = new Button(m.get("candidates.add"));
        add.setId("addCandidateButton");
        add.getStyleClass().add("accent");
        add.setOnAction(e -> newCandidate());
        tooltip(add, "candidates.add.tooltip");
        Button export = new Button(m.get("candidates.export"));
        export.setId("exportCandidatesButton");
        export.setOnAction(e -> exportList());
        javafx.scene.control.ToggleButton numbers = new javafx.scene.control.ToggleButton(m.get("candidates.reveal"),
                vn.ptdv.ui.common.AppIcon.EYE_OUTLINE.node());
        numbers.setId("revealNumbersButton");
        numbers.setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        // Buttons keep their whole label; the search field gives way on a small screen.
        for (javafx.scene.control.Control c : List.of(add, export, numbers, status)) {
            c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        // The hint in the empty field is read whole: the field is never narrower than it.
        search.setMinWidth(vn.ptdv.ui.common.TextWidth.of(search.getPromptText(), search.getFont())
                + 2 * search.getFont().getSize());
        tooltip(search, "candidates.search.tooltip");
        detailToggle.setId("detailToggle");
        detailToggle.setGraphic(vn.ptdv.ui.common.AppIcon.DOCK_RIGHT.node());
        detailToggle.setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        detailToggle.setText(m.get("candidates.detail.toggle"));
        tooltip(detailToggle, "candidates.detail.toggle.tooltip");
        detailToggle.setMinWidth(Region.USE_PREF_SIZE);
        detailToggle.setOnAction(e -> setDetailShown(!detailToggle.isSelected()));
        tooltip(numbers, "candidates.reveal.tooltip");
        numbers.setOnAction(e -> {
            if (numbers.isSelected()) {
                listVm.reveal();
            } else {
                listVm.hideNumbers();
            }
        });
        listVm.revealedProperty().addListener((o, a, now) -> numbers.setSelected(now));
        // The tools go on a second line when the list is narrow, so that the page beside it keeps its room.
        search.setPrefWidth(search.getMinWidth());
        javafx.scene.layout.FlowPane tools = new javafx.scene.layout.FlowPane(8, 8, search, status, add, export, numbers,
                detailToggle);
        tools.getStyleClass().add("toolbar-row");

        listVm.visibleCandidates().addListener((javafx.collections.ListChangeListener<CandidateSummary>) c -> updateCount());
        table.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> selectionChanged(old, now));
        countLabel.setId("candidateCount");
        countLabel.getStyleClass().add("text-muted");
        VBox pane = new VBox(8, tools, table, countLabel);
        VBox.setVgrow(table, Priority.ALWAYS);
        pane.getStyleClass().add("pane-padding");
        return pane;
    }

    /** A tooltip for {@code control}, made by {@link #installTooltips()}. */
    private void tooltip(javafx.scene.control.Control control, String key) {
        Runnable install = () -> control.setTooltip(new javafx.scene.control.Tooltip(m.get(key)));
        if (tooltipsInstalled) {
            install.run(); // a part built after the first frame (the candidate's page)
        } else {
            tooltips.add(install);
        }
    }

    /**
     * Gives the list's tools their tooltips; the window calls it once its first frame is shown. The
     * first tooltip made sets up JavaFX's popup windows and their timers, which held that frame up by
     * about a hundredth of a second, for something nobody sees before pointing at a tool.
     */
    public void installTooltips() {
        tooltipsInstalled = true;
        tooltips.forEach(Runnable::run);
        tooltips.clear();
    }

    /** What the right-hand side says before anyone is opened: how to open someone, or add someone. */
    private Node detailHint() {
        Label title = new Label(m.get("candidates.hint.title"));
        title.getStyleClass().add("title-3");
        Label text = new Label(m.get("candidates.hint.text"));
        text.setWrapText(true);
        text.getStyleClass().add("text-muted");
        VBox hint = new VBox(8, title, text);
        hint.setId("candidateDetailHint");
        hint.getStyleClass().add("pane-padding");
        return hint;
    }

    /** Builds the candidate's page the first time it is needed, in place of the hint. */
    private void showDetail() {
        if (form == null) {
            detail.getChildren().setAll(detailPane());
        }
    }

    private Node detailPane() {
        detailTitle.getStyleClass().add("title-3");
        detailTitle.setId("candidateDetailTitle");
        form = new CandidateFormView(formVm);
        formVm.errors().addListener((javafx.collections.MapChangeListener<String, String>) c -> {
            if (c.wasAdded()) {
                Platform.runLater(form::showFirstError);
            }
        });
        Button save = new Button(m.get("button.save"));
        save.setId("saveCandidateButton");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(formVm.savingProperty());
        save.setOnAction(e -> saveCandidate());
        tooltip(save, "candidates.save.tooltip");
        Button delete = new Button(m.get("candidates.delete"));
        delete.setId("deleteCandidateButton");
        delete.getStyleClass().add("danger");
        delete.disableProperty().bind(formVm.candidateIdProperty().isEqualTo(0));
        delete.setOnAction(e -> formVm.delete(timelineVm.steps().size(), () -> {
            newCandidate();
            listVm.refresh(this::updateCount);
        }));
        Label unsaved = new Label(m.get("candidates.unsaved"));
        unsaved.setId("unsavedChanges");
        unsaved.getStyleClass().add("text-warning");
        unsaved.visibleProperty().bind(formVm.dirtyProperty());
        unsaved.managedProperty().bind(unsaved.visibleProperty());
        savedNote.setId("savedNote");
        savedNote.getStyleClass().add("text-success");
        savedNote.visibleProperty().bind(formVm.dirtyProperty().not().and(savedNote.textProperty().isNotEmpty()));
        savedNote.managedProperty().bind(savedNote.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        save.setMinWidth(Region.USE_PREF_SIZE);
        delete.setMinWidth(Region.USE_PREF_SIZE);
        // The whole file (details, steps, journal, checklist) in one workbook, for the committee's meeting.
        exportFileButton.setId("exportFileButton");
        exportFileButton.disableProperty().bind(formVm.candidateIdProperty().isEqualTo(0));
        exportFileButton.setOnAction(e -> exportFile());
        HBox formButtons = new HBox(8, save, unsaved, savedNote, spacer, delete);
        formButtons.getStyleClass().add("button-bar");
        BorderPane formPane = new BorderPane(form);
        formPane.setBottom(formButtons);

        Tab personal = new Tab(m.get("candidates.tab.personal"), formPane);
        // The other tabs are filled the first time they are chosen: they wait for a candidate anyway,
        // and styling their lists and panes would hold up the window's first appearance.
        process = lazyTab("candidates.tab.steps", "stepsTab", () -> {
            TimelineView timeline = new TimelineView(timelineVm, () -> timelineVm.editorForNewStep(this::showStepDialog),
                    step -> timelineVm.editorFor(step, this::showStepDialog),
                    step -> timelineVm.remove(step, this::stepsChanged));
            timeline.addButton.disableProperty().bind(formVm.candidateIdProperty().isEqualTo(0));
            return timeline;
        });
        Tab checklist = lazyTab("candidates.tab.checklist", "checklistTab",
                () -> new ChecklistView(new ChecklistViewModel(timelineVm.checklistProperty())));
        history = lazyTab("candidates.tab.history", "historyTab", () -> new HistoryView(historyVm));
        training = lazyTab("journal.tab", "journalTab", () -> new JournalView(journalVm,
                kind -> journalVm.editorForNew(kind, this::showJournalDialog),
                entry -> journalVm.editorFor(entry, this::showJournalDialog),
                entry -> journalVm.remove(entry, this::journalChanged)));
        tabs = new TabPane(personal, process, training, checklist, history);
        tabs.setId("candidateTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // Ctrl+Tab and Ctrl+Page Down go to the next tab, with Shift or Page Up to the one before, from
        // any field of the page (JavaFX does it only while the tab headers have the focus, and a field
        // takes Ctrl+Tab as a plain Tab), as browsers and Excel's sheets do.
        tabs.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            boolean next = e.isShortcutDown() && (e.getCode() == javafx.scene.input.KeyCode.PAGE_DOWN
                    || e.getCode() == javafx.scene.input.KeyCode.TAB && !e.isShiftDown());
            boolean previous = e.isShortcutDown() && (e.getCode() == javafx.scene.input.KeyCode.PAGE_UP
                    || e.getCode() == javafx.scene.input.KeyCode.TAB && e.isShiftDown());
            if (next || previous) {
                int count = tabs.getTabs().size();
                int at = tabs.getSelectionModel().getSelectedIndex();
                tabs.getSelectionModel().select((at + (next ? 1 : count - 1)) % count);
                // The field left behind is on a tab no longer shown: the tabs take the focus (Tab goes on
                // into the tab's fields, the arrows to the other tabs).
                tabs.requestFocus();
                e.consume();
            }
        });
        // The history is read when it is looked at: it grows with every save, on any tab.
        tabs.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> showHistoryIfSelected());
        formVm.candidateIdProperty().addListener((o, old, now) -> showHistoryIfSelected());
        milestoneLine.setId("candidateMilestones");
        milestoneLine.textProperty().bind(timelineVm.milestonesProperty());
        milestoneLine.getStyleClass().add("text-muted");
        milestoneLine.setWrapText(true);
        milestoneLine.setMinHeight(Region.USE_PREF_SIZE);
        milestoneLine.managedProperty().bind(milestoneLine.textProperty().isNotEmpty());
        // The buttons are beside the name, at hand on every tab of the page, when both fit; when they
        // do not (a long name in a window of 1366 pixels), the buttons give way to the line below
        // rather than the name being cut short. A name wider than the page wraps.
        detailTitle.setWrapText(true);
        detailTitle.setMinHeight(Region.USE_PREF_SIZE);
        exportFileButton.setMinWidth(Region.USE_PREF_SIZE);
        // The admission file's Word documents for the current step (issue 16).
        formsButton.setId("formsButton");
        formsButton.disableProperty().bind(formVm.candidateIdProperty().isEqualTo(0));
        formsButton.setMinWidth(Region.USE_PREF_SIZE);
        formsButton.setOnAction(e -> showForms());
        HBox buttons = new HBox(8, formsButton, exportFileButton);
        buttons.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.layout.FlowPane titleRow = new javafx.scene.layout.FlowPane(16, 6, detailTitle, buttons);
        titleRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        detailTitle.maxWidthProperty().bind(titleRow.widthProperty());
        titleRow.setMinWidth(0); // a flow pane is as wide as its widest child: the name wraps instead
        VBox pane = new VBox(6, titleRow, milestoneLine, tabs);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        pane.getStyleClass().add("pane-padding");
        return pane;
    }

    /** A tab of the candidate's page, usable once a candidate is open, whose content is built when first chosen. */
    private Tab lazyTab(String titleKey, String id, java.util.function.Supplier<Node> content) {
        Tab tab = new Tab(m.get(titleKey));
        tab.setId(id);
        tab.disableProperty().bind(formVm.candidateIdProperty().isEqualTo(0));
        tab.selectedProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (now) {
                    o.removeListener(this);
                    tab.setContent(content.get());
                }
            }
        });
        return tab;
    }

    private void showHistoryIfSelected() {
        long id = formVm.candidateIdProperty().get();
        if (id == 0) {
            historyVm.clear();
        } else if (tabs != null && tabs.getSelectionModel().getSelectedItem() == history) {
            historyVm.load(id);
        }
    }

    private void updateCount() {
        countLabel.setText(m.get("candidates.count", listVm.visibleCandidates().size(), listVm.totalCount()));
        table.setEmptyBecause(listVm.totalCount() == 0);
    }

    /** Ctrl+N: an empty form for a new candidate. */
    public void newCandidate() {
        leaveForm(this::startNewCandidate);
    }

    private void startNewCandidate() {
        setDetailShown(true);
        reverting = true;
        table.getSelectionModel().clearSelection();
        reverting = false;
        formVm.clear();
        timelineVm.clear();
        journalVm.clear();
        savedNote.setText("");
        showDetail();
        // A new candidate starts on the personal data, at the name.
        tabs.getSelectionModel().selectFirst();
        form.scrollToTop();
        Platform.runLater(form::focusFirstField);
        detailTitle.setText(m.get("candidates.new.title"));
    }

    /** Ctrl+S; nothing while no candidate's page is open (the hint shows). */
    public void saveCandidate() {
        if (form != null) {
            saveCandidate(() -> { });
        }
    }

    private void saveCandidate(Runnable afterwards) {
        formVm.save(saved -> {
            detailTitle.setText(saved.fullName());
            // Short between the buttons (a long name was cut); the page's title names the person, the tip too.
            savedNote.setText(m.get("candidates.saved.short"));
            savedNote.setTooltip(new javafx.scene.control.Tooltip(m.get("candidates.saved", saved.fullName())));
            if (timelineVm.candidateIdProperty().get() != saved.id()) {
                timelineVm.show(saved, List.of()); // a new candidate: the timeline starts empty
                journalVm.show(saved, List.of());
            } else {
                timelineVm.candidateChanged(saved);
            }
            showHistoryIfSelected();
            listVm.refresh(() -> {
                updateCount();
                select(saved.id());
                afterwards.run();
            });
        });
    }

    private void selectionChanged(CandidateSummary old, CandidateSummary now) {
        if (reverting || now == null || now.id() == formVm.candidateIdProperty().get()) {
            return;
        }
        if (formVm.dirtyProperty().get()) {
            // Put the selection back where the unsaved form is, then ask what to do with the changes.
            Platform.runLater(() -> {
                reverting = true;
                if (old == null) {
                    table.getSelectionModel().clearSelection();
                } else {
                    table.getSelectionModel().select(old);
                }
                reverting = false;
                leaveForm(() -> {
                    select(now.id());
                    open(now.id());
                });
            });
            return;
        }
        open(now.id());
    }

    private void open(long id) {
        tasks.run(() -> service.findWithSteps(id), loaded -> loaded.ifPresent(file -> {
            showDetail();
            formVm.load(file.candidate());
            savedNote.setText("");
            detailTitle.setText(file.candidate().fullName());
            timelineVm.show(file.candidate(), file.steps());
            journalVm.show(file.candidate(), file.steps());
        }), this::showError);
    }

    /** The list filtered to one status (from the dashboard's pipeline). */
    public void showStatus(CandidateStatus status) {
        listVm.searchTextProperty().set("");
        listVm.statusFilterProperty().set(status);
        listVm.refresh(this::updateCount);
    }

    /** Shows the candidate's page (from the to-do list): the search is cleared so the row can show. */
    public void showCandidate(long id) {
        leaveForm(() -> showCandidateNow(id, process));
    }

    /** Opens the candidate on the cultivation journal (for a review or a task that is due). */
    public void showCandidateJournal(long id) {
        leaveForm(() -> showCandidateNow(id, training));
    }

    private void showCandidateNow(long id, Tab tab) {
        setDetailShown(true);
        listVm.searchTextProperty().set("");
        listVm.statusFilterProperty().set(null);
        listVm.refresh(() -> {
            updateCount();
            select(id);
            open(id);
            showDetail();
            tabs.getSelectionModel().select(tab); // the steps (or the journal), with what needs attention
        });
    }

    public boolean hasUnsavedChanges() {
        return formVm.dirtyProperty().get();
    }

    /**
     * Before leaving an edited form (another candidate, a new one, closing the window): save the
     * changes, drop them, or stay. {@code proceed} runs once leaving is fine; a save that is refused
     * keeps the person on the form, with the errors shown.
     */
    public void leaveForm(Runnable proceed) {
        if (!formVm.dirtyProperty().get()) {
            proceed.run();
            return;
        }
        switch (dialogs.askUnsaved(m.get("candidates.discard.title"), m.get("candidates.discard.message"))) {
            case SAVE -> saveCandidate(proceed);
            case DISCARD -> {
                formVm.dirtyProperty().set(false);
                proceed.run();
            }
            default -> {
                // Stay on the form.
            }
        }
    }

    private void select(long id) {
        reverting = true;
        table.getItems().stream().filter(c -> c.id() == id).findFirst().ifPresent(c -> {
            table.getSelectionModel().select(c);
            table.scrollTo(c);
        });
        reverting = false;
    }

    private void showStepDialog(StepEditorViewModel vm) {
        StepEditorDialog dialog = new StepEditorDialog(root.getScene().getWindow(), formVm.text("fullName").get(), vm);
        dialog.showAndSave().ifPresent(saved -> timelineVm.reload(this::stepsChanged));
    }

    private void showJournalDialog(JournalEditorViewModel vm) {
        JournalEditorDialog dialog = new JournalEditorDialog(root.getScene().getWindow(), formVm.text("fullName").get(), vm);
        dialog.showAndSave().ifPresent(saved -> journalVm.reload(this::journalChanged));
    }

    /** A review or a task's result changes what needs attention, shown above the steps. */
    private void journalChanged() {
        timelineVm.reload(() -> { });
    }

    /** The list shows each candidate's current step and status: refresh it, keeping the selection. */
    private void stepsChanged() {
        journalVm.stepsChanged(List.copyOf(timelineVm.steps())); // a new helper starts a new review cycle
        long id = timelineVm.candidateIdProperty().get();
        listVm.refresh(() -> select(id));
    }

    /** The list as shown (search and filter applied), in the table's order, to an Excel file. */
    private void exportList() {
        List<CandidateSummary> shown = List.copyOf(table.getItems());
        dialogs.chooseSaveFile(m.get("candidates.export.fileName"), "xlsx", m.get("reports.filter")).ifPresent(file ->
                tasks.run(() -> {
                    exports.exportList(shown, java.time.LocalDate.now(clock), file);
                    return file;
                }, done -> dialogs.showInfo(m.get("candidates.export"), m.get("candidates.export.done", shown.size(), done)),
                        this::showError));
    }

    private void exportFile() {
        long id = formVm.candidateIdProperty().get();
        String name = formVm.text("fullName").get();
        dialogs.chooseSaveFile(m.get("candidates.exportFile.fileName", name.replaceAll("[\\\\/:*?\"<>|]", " ")), "xlsx",
                m.get("reports.filter")).ifPresent(file -> tasks.run(() -> {
                    exports.exportCandidate(id, java.time.LocalDate.now(clock), file);
                    return file;
                }, done -> dialogs.showInfo(m.get("candidates.exportFile"), m.get("candidates.exportFile.done", name, done)),
                        this::showError));
    }

    private void showForms() {
        String name = formVm.text("fullName").get();
        formsVm.load(formVm.candidateIdProperty().get(), () -> new FormsDialog(root.getScene().getWindow(), name, formsVm).show());
    }

    private void showError(Throwable e) {
        dialogs.showError(m.get("error.title"), ErrorText.describe(e, m));
    }
}
