package vn.ptdv.ui.dashboard;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.ptdv.domain.DisplayDates;
import vn.ptdv.i18n.Messages;
import vn.ptdv.service.TodoItem;
import vn.ptdv.ui.common.Screen;

/** Tổng quan: the year at a glance (targets, forecast, pipeline, history, helpers), then the to-do list. */
public final class DashboardView implements Screen {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final Messages m = Messages.current();
    private final TodoViewModel vm;
    private final OverviewViewModel overview;
    private final LongConsumer openCandidate;
    private LongConsumer openJournal;
    private final VBox sections = new VBox(14);
    private final Label heading = new Label();
    private final ScrollPane root;

    public DashboardView(TodoViewModel vm, OverviewViewModel overview, LongConsumer openCandidate,
                         java.util.function.Consumer<vn.ptdv.domain.CandidateStatus> openStatus) {
        this.vm = vm;
        this.overview = overview;
        this.openCandidate = openCandidate;
        this.openJournal = openCandidate;
        Label title = new Label(m.get("screen.dashboard.title"));
        title.getStyleClass().add("title-2");
        javafx.scene.control.Spinner<Integer> year = new javafx.scene.control.Spinner<>(2000, 2100,
                overview.yearProperty().get());
        year.setId("dashboardYear");
        year.getValueFactory().valueProperty().addListener((o, a, b) -> overview.yearProperty().set(b));
        HBox top = new HBox(12, title, new Label(m.get("holidays.year")), year);
        top.setAlignment(Pos.CENTER_LEFT);
        OverviewPane pane = new OverviewPane(overview, openStatus, openCandidate);
        heading.getStyleClass().add("title-3");
        Button refresh = new Button(m.get("todo.refresh"));
        refresh.setOnAction(e -> vm.load(() -> { }));
        Button ics = new Button(m.get("todo.ics"));
        ics.setId("exportIcsButton");
        ics.setOnAction(e -> vm.exportCalendar());
        Label status = new Label();
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        status.getStyleClass().add("text-success");
        HBox bar = new HBox(8, heading, spacer(), refresh, ics);
        bar.setAlignment(Pos.CENTER_LEFT);
        sections.setId("todoList");
        VBox content = new VBox(10, top, pane, bar, status, sections);
        content.getStyleClass().add("pane-padding");
        content.setMaxWidth(1100);
        root = new ScrollPane(content);
        root.setFitToWidth(true);
        root.setId("dashboardScreen");
        vm.items().addListener((ListChangeListener<TodoItem>) c -> rebuild());
    }

    @Override
    public Node node() {
        return root;
    }

    /** Brings the to-do list into view (from the start-up notification). */
    /** Where a to-do item about the journal (a review, a task) opens the candidate. */
    public void setOpenJournal(LongConsumer openJournal) {
        this.openJournal = openJournal;
    }

    public void scrollToTodo() {
        // The screen is still loading when it is shown from the start-up notification: its content grows
        // as the parts arrive, so the list is brought into view again at each growth for a few seconds.
        Region content = (Region) root.getContent();
        javafx.beans.value.ChangeListener<Number> follow = (o, was, now) -> javafx.application.Platform.runLater(this::scrollNow);
        content.heightProperty().addListener(follow);
        javafx.animation.PauseTransition stop = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(3));
        stop.setOnFinished(e -> content.heightProperty().removeListener(follow));
        stop.play();
        javafx.application.Platform.runLater(this::scrollNow);
    }

    private void scrollNow() {
        Region content = (Region) root.getContent();
        double contentHeight = content.getHeight();
        double viewport = root.getViewportBounds().getHeight();
        if (contentHeight > viewport) {
            // Where the heading of the to-do list lies within the scrolled content.
            double y = content.sceneToLocal(heading.localToScene(0, 0)).getY();
            root.setVvalue(Math.max(0, Math.min(1, y / (contentHeight - viewport))));
        }
    }

    @Override
    public void onShow() {
        vm.statusProperty().set("");
        vm.load(() -> { });
        overview.load();
    }

    private void rebuild() {
        heading.setText(m.get("todo.heading", vm.todayText()));
        sections.getChildren().clear();
        if (vm.items().isEmpty()) {
            Label none = new Label(m.get("todo.empty"));
            none.getStyleClass().add("text-success");
            sections.getChildren().add(none);
            return;
        }
        for (TodoItem.Group group : TodoItem.Group.values()) {
            List<TodoItem> items = vm.group(group);
            if (items.isEmpty()) {
                continue;
            }
            Label title = new Label(m.get("todo.group." + group.name(), items.size()));
            title.getStyleClass().addAll("todo-group", "todo-group-" + group.name().toLowerCase(Locale.ROOT));
            VBox list = vn.ptdv.ui.common.ShowMore.of(items, TODO_PAGE, 6, this::row);
            sections.getChildren().add(new VBox(6, title, list));
        }
    }

    /** To-do lines shown at first in each group: a ward's list runs to thousands. */
    private static final int TODO_PAGE = 50;

    private Node row(TodoItem item) {
        Label due = new Label(item.finding().due().map(d -> m.get("review.by", DisplayDates.format(d))).orElse(""));
        due.setMinWidth(Region.USE_PREF_SIZE);
        due.setPrefWidth(120);
        due.getStyleClass().add("todo-due");
        Label text = new Label(vm.text(item));
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.getStyleClass().add("finding-" + item.finding().severity().name().toLowerCase(Locale.ROOT));
        VBox words = new VBox(2, text);
        HBox.setHgrow(words, Priority.ALWAYS);
        item.acknowledgement().ifPresent(a -> {
            Label ack = new Label(m.get("todo.acknowledged", a.reason(), a.acknowledgedBy(), WHEN.format(a.acknowledgedAt())));
            ack.setWrapText(true);
            ack.setMinHeight(Region.USE_PREF_SIZE);
            ack.getStyleClass().add("text-muted");
            words.getChildren().add(ack);
        });
        Button open = new Button(m.get("todo.open"));
        open.setMinWidth(Region.USE_PREF_SIZE);
        open.setOnAction(e -> {
            // A review or a task is entered in the cultivation journal: open the file there.
            var rule = item.finding().rule();
            if (rule == vn.ptdv.domain.rules.RuleCode.HELPER_REVIEW_DUE || rule == vn.ptdv.domain.rules.RuleCode.TASK_OVERDUE) {
                openJournal.accept(item.finding().candidateId());
            } else {
                openCandidate.accept(item.finding().candidateId());
            }
        });
        Button ack = new Button(item.acknowledgement().isPresent() ? m.get("todo.withdraw") : m.get("todo.acknowledge"));
        ack.setMinWidth(Region.USE_PREF_SIZE);
        ack.setOnAction(e -> {
            if (item.acknowledgement().isPresent()) {
                vm.withdraw(item);
            } else {
                vm.acknowledge(item);
            }
        });
        HBox line = new HBox(10, due, words, open, ack);
        line.setAlignment(Pos.TOP_LEFT);
        line.getStyleClass().add("todo-row");
        return line;
    }

    private static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }
}
