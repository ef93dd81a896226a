package vn.ptdv.ui.candidate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.ptdv.domain.CandidateFile;
import vn.ptdv.domain.CandidateStatus;
import vn.ptdv.domain.CandidateSummary;
import vn.ptdv.domain.DisplayDates;
import vn.ptdv.domain.Step;
import vn.ptdv.domain.VietnameseNames;
import vn.ptdv.i18n.Messages;
import vn.ptdv.service.CandidateService;
import vn.ptdv.service.CellService;
import vn.ptdv.service.ErrorText;
import vn.ptdv.ui.common.DialogService;
import vn.ptdv.ui.common.Labels;
import vn.ptdv.ui.common.Screen;
import vn.ptdv.ui.common.TaskRunner;

/** Quần chúng: the list on the left, the selected candidate's form and timeline on the right. */
public final class CandidatesView implements Screen {
    private final Messages m = Messages.current();
    private final CandidateService service;
    private final CellService cellService;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Clock clock;
    private final CandidateListViewModel listVm;
    private final CandidateFormViewModel formVm;
    private final ObservableList<Step> steps = FXCollections.observableArrayList();
    private final BorderPane root = new BorderPane();
    private final TableView<CandidateSummary> table = new TableView<>();
    private final Label detailTitle = new Label();
    private final Label countLabel = new Label();
    private final Label milestoneLine = new Label();
    private final TextField search = new TextField();
    private TimelineView timeline;
    private CandidateFormView form;
    private final Label savedNote = new Label();
    private boolean reverting;

    public CandidatesView(CandidateService service, CellService cellService, TaskRunner tasks, DialogService dialogs,
                          Clock clock) {
        this.service = service;
        this.cellService = cellService;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.clock = clock;
        this.listVm = new CandidateListViewModel(service, tasks, dialogs);
        this.formVm = new CandidateFormViewModel(service, tasks, dialogs);
        SplitPane split = new SplitPane(listPane(), detailPane());
        split.setDividerPositions(0.64);
        root.setCenter(split);
        root.setId("candidatesScreen");
        newCandidate();
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShow() {
        tasks.run(cellService::sourceCategories, formVm::setSources, this::showError);
        listVm.refresh(this::updateCount);
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
        HBox.setHgrow(search, Priority.ALWAYS);
        ComboBox<CandidateStatus> status = new ComboBox<>();
        status.setId("statusFilter");
        status.getItems().add(null);
        status.getItems().addAll(CandidateStatus.values());
        status.setConverter(CandidateFormView.converter(Labels::status));
        status.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(CandidateStatus item, boolean empty) {
                super.updateItem(item, empty);
                setText(item == null ? m.get("candidates.filter.all") : Labels.status(item));
            }
        });
        status.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(CandidateStatus item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? m.get("candidates.filter.all") : Labels.status(item));
            }
        });
        status.valueProperty().bindBidirectional(listVm.statusFilterProperty());
        Button add = new Button(m.get("candidates.add"));
        add.setId("addCandidateButton");
        add.getStyleClass().add("accent");
        add.setOnAction(e -> newCandidate());
        HBox tools = new HBox(8, search, status, add);
        tools.getStyleClass().add("toolbar-row");

        table.setId("candidateTable");
        table.setPlaceholder(new Label(m.get("candidates.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<CandidateSummary, String> name = column("candidates.column.name", c -> c.fullName());
        name.setComparator(VietnameseNames.nameOrder());
        name.setPrefWidth(180);
        TableColumn<CandidateSummary, LocalDate> birth = new TableColumn<>(m.get("candidates.column.birthDate"));
        birth.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue().birthDate()));
        birth.setMinWidth(92);
        birth.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : DisplayDates.format(item));
            }
        });
        TableColumn<CandidateSummary, String> gender = column("candidates.column.gender", c -> Labels.gender(c.gender()));
        gender.setMinWidth(72);
        gender.setMaxWidth(90);
        name.setMinWidth(150);
        table.getColumns().addAll(List.of(name, birth, gender,
                column("candidates.column.source", CandidateSummary::sourceCategory),
                column("candidates.column.currentStep", c -> Labels.stepWithDate(c.currentStep())),
                column("candidates.column.helper", CandidateSummary::helpers),
                column("candidates.column.status", c -> Labels.status(c.status()))));
        SortedList<CandidateSummary> sorted = new SortedList<>(listVm.visibleCandidates());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        listVm.visibleCandidates().addListener((javafx.collections.ListChangeListener<CandidateSummary>) c -> updateCount());
        table.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> selectionChanged(old, now));
        countLabel.setId("candidateCount");
        countLabel.getStyleClass().add("text-muted");
        VBox pane = new VBox(8, tools, table, countLabel);
        VBox.setVgrow(table, Priority.ALWAYS);
        pane.getStyleClass().add("pane-padding");
        return pane;
    }

    private TableColumn<CandidateSummary, String> column(String key,
                                                         java.util.function.Function<CandidateSummary, String> value) {
        TableColumn<CandidateSummary, String> col = new TableColumn<>(m.get(key));
        col.setCellValueFactory(c -> new SimpleStringProperty(value.apply(c.getValue())));
        // Narrow columns cut long texts; the whole text shows when the mouse rests on the cell.
        col.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new javafx.scene.control.Tooltip(item));
            }
        });
        return col;
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
        Button delete = new Button(m.get("candidates.delete"));
        delete.setId("deleteCandidateButton");
        delete.getStyleClass().add("danger");
        delete.disableProperty().bind(formVm.candidateIdProperty().isEqualTo(0));
        delete.setOnAction(e -> deleteCandidate());
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
        HBox formButtons = new HBox(8, save, unsaved, savedNote, spacer, delete);
        formButtons.getStyleClass().add("button-bar");
        BorderPane formPane = new BorderPane(form);
        formPane.setBottom(formButtons);

        timeline = new TimelineView(steps, this::addStep, this::editStep, this::removeStep);
        timeline.addButton.disableProperty().bind(formVm.candidateIdProperty().isEqualTo(0));
        Tab personal = new Tab(m.get("candidates.tab.personal"), formPane);
        Tab process = new Tab(m.get("candidates.tab.steps"), timeline);
        process.setId("stepsTab");
        process.disableProperty().bind(formVm.candidateIdProperty().isEqualTo(0));
        TabPane tabs = new TabPane(personal, process);
        tabs.setId("candidateTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        milestoneLine.setId("candidateMilestones");
        milestoneLine.getStyleClass().add("text-muted");
        milestoneLine.setWrapText(true);
        milestoneLine.setMinHeight(Region.USE_PREF_SIZE);
        milestoneLine.managedProperty().bind(milestoneLine.textProperty().isNotEmpty());
        VBox pane = new VBox(6, detailTitle, milestoneLine, tabs);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        pane.getStyleClass().add("pane-padding");
        return pane;
    }

    private void updateCount() {
        countLabel.setText(m.get("candidates.count", listVm.visibleCandidates().size(), listVm.totalCount()));
        ((Label) table.getPlaceholder()).setText(m.get(listVm.totalCount() == 0 ? "candidates.empty" : "candidates.noMatch"));
    }

    /** Ctrl+N: an empty form for a new candidate. */
    public void newCandidate() {
        if (!confirmDiscard()) {
            return;
        }
        reverting = true;
        table.getSelectionModel().clearSelection();
        reverting = false;
        formVm.clear();
        steps.clear();
        milestoneLine.setText("");
        savedNote.setText("");
        if (form != null) {
            form.scrollToTop();
        }
        detailTitle.setText(m.get("candidates.new.title"));
    }

    /** Ctrl+S. */
    public void saveCandidate() {
        formVm.save(saved -> {
            detailTitle.setText(saved.fullName());
            savedNote.setText(m.get("candidates.saved", saved.fullName()));
            listVm.refresh(() -> {
                updateCount();
                select(saved.id());
            });
        });
    }

    private void selectionChanged(CandidateSummary old, CandidateSummary now) {
        if (reverting || now == null || now.id() == formVm.candidateIdProperty().get()) {
            return;
        }
        if (!confirmDiscard()) {
            // Put the selection back where the unsaved form is, after this change has finished.
            Platform.runLater(() -> {
                reverting = true;
                if (old == null) {
                    table.getSelectionModel().clearSelection();
                } else {
                    table.getSelectionModel().select(old);
                }
                reverting = false;
            });
            return;
        }
        open(now.id());
    }

    private void open(long id) {
        tasks.run(() -> service.findWithSteps(id), loaded -> loaded.ifPresent(file -> {
            formVm.load(file.candidate());
            savedNote.setText("");
            detailTitle.setText(file.candidate().fullName());
            showSteps(file.steps());
        }), this::showError);
    }

    private void showSteps(List<Step> file) {
        steps.setAll(file.stream().sorted(CandidateFile.CHRONOLOGICAL.reversed()).toList());
        milestoneLine.setText(MilestoneText.of(file));
    }

    /** Asked before the window closes: false keeps it open. */
    public boolean confirmLeave() {
        return confirmDiscard();
    }

    private boolean confirmDiscard() {
        return !formVm.dirtyProperty().get() || dialogs.confirm(m.get("candidates.discard.title"),
                m.get("candidates.discard.message"), m.get("candidates.discard.confirm"));
    }

    private void select(long id) {
        reverting = true;
        table.getItems().stream().filter(c -> c.id() == id).findFirst().ifPresent(c -> {
            table.getSelectionModel().select(c);
            table.scrollTo(c);
        });
        reverting = false;
    }

    private void deleteCandidate() {
        long id = formVm.candidateIdProperty().get();
        String name = formVm.text("fullName").get();
        if (id == 0 || !dialogs.confirm(m.get("candidates.delete.title"),
                m.get("candidates.delete.message", name, steps.size()), m.get("candidates.delete.confirm"))) {
            return;
        }
        tasks.run(() -> {
            service.delete(id);
            return null;
        }, ignored -> {
            formVm.dirtyProperty().set(false);
            newCandidate();
            listVm.refresh(this::updateCount);
        }, this::showError);
    }

    private void addStep() {
        long id = formVm.candidateIdProperty().get();
        tasks.run(cellService::cell, cell -> {
            int members = cell.map(c -> c.officialMembers()).orElse(0);
            StepEditorViewModel vm = StepEditorViewModel.forNewStep(service, tasks, dialogs, id, steps, members, clock);
            showStepDialog(vm);
        }, this::showError);
    }

    private void editStep(Step step) {
        tasks.run(cellService::cell, cell -> showStepDialog(StepEditorViewModel.forExistingStep(service, tasks, dialogs,
                step, cell.map(c -> c.officialMembers()).orElse(0))), this::showError);
    }

    private void showStepDialog(StepEditorViewModel vm) {
        StepEditorDialog dialog = new StepEditorDialog(root.getScene().getWindow(), formVm.text("fullName").get(), vm);
        dialog.showAndSave().ifPresent(saved -> reloadSteps());
    }

    private void removeStep(Step step) {
        if (!dialogs.confirm(m.get("timeline.remove.title"), m.get("timeline.remove.message",
                Labels.step(step.code()), DisplayDates.format(step.date())), m.get("timeline.remove.confirm"))) {
            return;
        }
        tasks.run(() -> {
            service.deleteStep(step.id());
            return null;
        }, ignored -> reloadSteps(), this::showError);
    }

    private void reloadSteps() {
        long id = formVm.candidateIdProperty().get();
        tasks.run(() -> service.steps(id), file -> {
            showSteps(file);
            listVm.refresh(() -> select(id));
        }, this::showError);
    }

    private void showError(Throwable e) {
        dialogs.showError(m.get("error.title"), ErrorText.describe(e, m));
    }
}
