package vn.ptdv.ui.dashboard;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.ptdv.domain.Candidate;
import vn.ptdv.domain.CandidateStatus;
import vn.ptdv.domain.StepCode;
import vn.ptdv.domain.target.TargetRange;
import vn.ptdv.domain.target.TargetStatus;
import vn.ptdv.domain.DisplayDates;
import vn.ptdv.i18n.Messages;
import vn.ptdv.service.Overview;
import vn.ptdv.ui.common.Labels;

/** The year at a glance: target cards, forecast, pipeline, five years, time per step, helpers. */
final class OverviewPane extends VBox {
    private final Messages m = Messages.current();
    private final OverviewViewModel vm;
    private final Consumer<CandidateStatus> openStatus;
    private final LongConsumer openCandidate;

    OverviewPane(OverviewViewModel vm, Consumer<CandidateStatus> openStatus, LongConsumer openCandidate) {
        super(14);
        this.vm = vm;
        this.openStatus = openStatus;
        this.openCandidate = openCandidate;
        setId("overview");
        vm.overviewProperty().addListener((o, a, now) -> rebuild(now));
    }

    private void rebuild(Overview o) {
        getChildren().clear();
        if (o == null) {
            return;
        }
        Label origin = new Label(m.get("overview.origin." + o.targetOrigin().name(), String.valueOf(o.year())));
        origin.setWrapText(true);
        origin.getStyleClass().add(o.targetOrigin() == vn.ptdv.service.TargetService.Origin.SET ? "text-muted" : "text-warning");
        HBox cards = new HBox(12,
                card("cultivated", o.progress().cultivated(), o.target().cultivated()),
                card("admitted", o.progress().admitted(), o.target().admitted()),
                card("recognised", o.progress().recognised(), o.target().recognised().orElse(null)));
        cards.setId("targetCards");
        getChildren().addAll(cards, origin, forecast(o), section(m.get("overview.pipeline"), pipeline(o.pipeline())),
                section(m.get("overview.history"), chart(o.history())),
                new HBox(24, grow(section(m.get("overview.timePerStep"), timePerStep(o.medianDaysToStep()))),
                        grow(section(m.get("overview.waiting"), waiting(o.longestWaiting()))),
                        grow(section(m.get("overview.helpers"), helpers(o.helpers(), o.helperCandidates())))));
    }

    private Node card(String what, List<Candidate> people, TargetRange range) {
        Label title = new Label(m.get("target." + what));
        title.getStyleClass().add("card-title");
        Label count = new Label(String.valueOf(people.size()));
        count.getStyleClass().add("card-count");
        Label target = new Label(range == null ? m.get("overview.noTarget")
                : m.get("overview.range", range.min(), range.max()));
        target.getStyleClass().add("text-muted");
        Label status = new Label();
        if (range != null) {
            TargetStatus s = range.status(people.size());
            status.setText(m.get("target.status." + s.name()));
            status.getStyleClass().add("card-status-" + s.name().toLowerCase(Locale.ROOT));
        }
        Button who = new Button(m.get("overview.who"));
        who.setOnAction(e -> vm.showNames(m.get("targets.who." + what) + " " + vm.yearProperty().get(), people));
        VBox card = new VBox(4, title, count, target, status, who);
        card.getStyleClass().add("target-card");
        card.setId("card_" + what);
        HBox.setHgrow(card, Priority.ALWAYS);
        card.setMaxWidth(Double.MAX_VALUE);
        return card;
    }

    /** Only for the current or a coming year; a target already met is said so. */
    private Node forecast(Overview o) {
        if (vm.isPastYear()) {
            Label past = new Label(m.get("overview.forecast.past"));
            past.getStyleClass().add("text-muted");
            return section(m.get("overview.forecast"), past);
        }
        String admitted = o.couldBeAdmitted().isEmpty() ? m.get("overview.forecast.nobody")
                : String.join(", ", o.couldBeAdmitted().stream().limit(NAMES_SHOWN).map(Candidate::fullName).toList())
                + (o.couldBeAdmitted().size() > NAMES_SHOWN
                ? m.get("overview.andOthers", o.couldBeAdmitted().size() - NAMES_SHOWN) : "");
        boolean admittedMet = o.progress().admitted().size() >= o.target().admitted().min();
        Label a = new Label(m.get("overview.forecast.admitted", admitted, m.get(admittedMet ? "overview.met"
                : vm.admittedReachable() ? "overview.reachable" : "overview.notReachable")));
        a.setWrapText(true);
        a.getStyleClass().add(admittedMet || vm.admittedReachable() ? "text-success" : "text-danger");
        boolean cultivatedMet = o.progress().cultivated().size() >= o.target().cultivated().min();
        Label c = new Label(m.get("overview.forecast.cultivated", o.couldBeCultivated().size(), m.get(cultivatedMet
                ? "overview.met" : vm.cultivatedReachable() ? "overview.reachable" : "overview.notReachable")));
        c.setWrapText(true);
        c.getStyleClass().add(cultivatedMet || vm.cultivatedReachable() ? "text-success" : "text-danger");
        return section(m.get("overview.forecast"), new VBox(4, a, c));
    }

    private Node pipeline(Map<CandidateStatus, Integer> counts) {
        FlowPane flow = new FlowPane(8, 8);
        counts.forEach((status, n) -> {
            Button b = new Button(Labels.status(status) + ": " + n);
            b.setId("pipeline_" + status.name());
            b.setOnAction(e -> openStatus.accept(status));
            flow.getChildren().add(b);
        });
        return flow;
    }

    private Node chart(List<Overview.YearLine> history) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setTickUnit(1);
        y.setMinorTickVisible(false);
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setAnimated(false);
        chart.setPrefHeight(240);
        chart.setLegendVisible(true);
        XYChart.Series<String, Number> cultivated = series(m.get("target.cultivated"));
        XYChart.Series<String, Number> cultivatedMin = series(m.get("overview.chart.cultivatedMin"));
        XYChart.Series<String, Number> admitted = series(m.get("target.admitted"));
        XYChart.Series<String, Number> admittedMin = series(m.get("overview.chart.admittedMin"));
        for (Overview.YearLine line : history) {
            String year = String.valueOf(line.year());
            cultivated.getData().add(new XYChart.Data<>(year, line.cultivated()));
            cultivatedMin.getData().add(new XYChart.Data<>(year, line.target().cultivated().min()));
            admitted.getData().add(new XYChart.Data<>(year, line.admitted()));
            admittedMin.getData().add(new XYChart.Data<>(year, line.target().admitted().min()));
        }
        chart.getData().addAll(List.of(cultivated, cultivatedMin, admitted, admittedMin));
        chart.setId("historyChart");
        return chart;
    }

    private static XYChart.Series<String, Number> series(String name) {
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        s.setName(name);
        return s;
    }

    private Node timePerStep(Map<StepCode, Integer> median) {
        VBox box = new VBox(2);
        if (median.isEmpty()) {
            box.getChildren().add(new Label(m.get("overview.noData")));
        }
        median.forEach((code, days) -> box.getChildren().add(new Label(m.get("overview.days", Labels.stepShort(code), days))));
        return box;
    }

    private Node waiting(List<Overview.Waiting> files) {
        VBox box = new VBox(4);
        if (files.isEmpty()) {
            box.getChildren().add(new Label(m.get("overview.noData")));
        }
        for (Overview.Waiting w : files) {
            Button open = new Button(m.get("overview.waitingLine", w.candidate().fullName(), w.days(),
                    Labels.stepShort(w.lastStep())));
            open.getStyleClass().add("flat");
            // In a narrow column the line goes on below rather than the step's name being cut.
            open.setWrapText(true);
            open.setMinHeight(Region.USE_PREF_SIZE);
            open.setOnAction(e -> openCandidate.accept(w.candidate().id()));
            box.getChildren().add(open);
        }
        return box;
    }

    /** Each helper, then the candidates they cultivate with the next review (a late one stands out). */
    private Node helpers(Map<String, Integer> helpers, Map<String, List<Overview.Followed>> followed) {
        VBox box = new VBox(2);
        box.setId("helperReviews");
        if (helpers.isEmpty()) {
            box.getChildren().add(new Label(m.get("overview.noData")));
        }
        VBox lines = vn.ptdv.ui.common.ShowMore.of(List.copyOf(helpers.entrySet()), HELPERS_PAGE, 2,
                entry -> helperLines(entry.getKey(), entry.getValue(), followed));
        box.getChildren().add(lines);
        return box;
    }

    /** Names listed in a sentence, and helpers shown at first: a ward has thousands of each. */
    private static final int NAMES_SHOWN = 20;
    private static final int HELPERS_PAGE = 30;
    private static final int FOLLOWED_PAGE = 10;

    private Node helperLines(String name, int n, Map<String, List<Overview.Followed>> followed) {
        VBox box = new VBox(2);
        List<Overview.Followed> cultivated = followed.getOrDefault(name, List.of());
        // All the people the helper follows, and how many of them still have reviews to come (listed).
        Label helper = new Label(cultivated.size() == n ? m.get("overview.helperLine", name, n)
                : m.get("overview.helperLineCultivated", name, n, cultivated.size()));
        helper.setWrapText(true);
        helper.getStyleClass().add("text-bold");
        box.getChildren().add(helper);
        box.getChildren().add(vn.ptdv.ui.common.ShowMore.of(cultivated, FOLLOWED_PAGE, 2, f -> {
            String last = f.lastReview().map(d -> m.get("overview.followedLast", DisplayDates.format(d)))
                    .orElse(m.get("overview.followedNever"));
            // A wrapping label (a button computes its wrapped height too generously and leaves gaps).
            Label open = new Label(m.get("overview.followedLine", f.candidate().fullName(),
                    DisplayDates.format(f.nextReview())) + " (" + last + ")");
            open.setWrapText(true);
            open.setMaxWidth(Double.MAX_VALUE);
            open.setPadding(new javafx.geometry.Insets(2, 0, 2, 12));
            open.setCursor(javafx.scene.Cursor.HAND);
            open.getStyleClass().add(f.overdue() ? "danger" : "accent");
            open.setOnMouseClicked(e -> openCandidate.accept(f.candidate().id()));
            return open;
        }));
        return box;
    }

    private static Node section(String title, Node content) {
        Label l = new Label(title);
        l.getStyleClass().add("title-4");
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return new VBox(6, l, content);
    }

    private static Node grow(Node n) {
        HBox.setHgrow(n, Priority.ALWAYS);
        if (n instanceof Region r) {
            r.setMaxWidth(Double.MAX_VALUE);
        }
        return n;
    }
}
