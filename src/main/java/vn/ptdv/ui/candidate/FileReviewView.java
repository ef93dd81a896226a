package vn.ptdv.ui.candidate;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import vn.ptdv.domain.DisplayDates;
import vn.ptdv.domain.rules.Finding;
import vn.ptdv.domain.rules.NextStep;
import vn.ptdv.i18n.Messages;
import vn.ptdv.service.FindingText;
import vn.ptdv.service.TodoItem;
import vn.ptdv.ui.common.Labels;

/** Above the timeline: what the file needs next and between which days, and what the rules found. */
final class FileReviewView extends VBox {
    private static final java.time.format.DateTimeFormatter WHEN =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private final Messages m = Messages.current();
    private final TimelineViewModel vm;
    private final VBox next = new VBox(2);
    private final VBox found = new VBox(2);

    FileReviewView(TimelineViewModel vm) {
        super(6);
        this.vm = vm;
        setId("fileReview");
        getStyleClass().add("file-review");
        next.setId("nextSteps");
        found.setId("fileFindings");
        getChildren().addAll(next, found);
        vm.nextSteps().addListener((ListChangeListener<NextStep>) c -> showNext());
        vm.findings().addListener((ListChangeListener<TodoItem>) c -> showFindings());
        showNext();
        showFindings();
    }

    private void showNext() {
        next.getChildren().clear();
        if (vm.nextSteps().isEmpty()) {
            return;
        }
        next.getChildren().add(heading(m.get("review.next")));
        for (NextStep step : vm.nextSteps()) {
            next.getChildren().add(line("• " + describe(step), "review-next"));
        }
    }

    private void showFindings() {
        found.getChildren().clear();
        if (vm.findings().isEmpty()) {
            return;
        }
        found.getChildren().add(heading(m.get("review.findings")));
        for (TodoItem item : vm.findings()) {
            Finding f = item.finding();
            found.getChildren().add(line(m.get("severity." + f.severity().name()) + ": " + FindingText.message(f, m),
                    item.acknowledgement().isPresent() ? "text-muted"
                            : "finding-" + f.severity().name().toLowerCase(java.util.Locale.ROOT)));
            item.acknowledgement().ifPresent(a -> found.getChildren().add(line("    " + m.get("todo.acknowledged",
                    a.reason(), a.acknowledgedBy(), WHEN.format(a.acknowledgedAt())), "text-muted")));
        }
    }

    /** "Lễ kết nạp — từ 08/09/2026 · hạn 23/10/2026 (hạn tổ chức lễ kết nạp)". */
    String describe(NextStep step) {
        List<String> parts = new ArrayList<>();
        step.earliest().filter(d -> d.isAfter(vm.today())).ifPresent(d -> parts.add(m.get("review.from", DisplayDates.format(d))
                + step.earliestRule().map(r -> " (" + m.get("review.reason." + r.name()) + ")").orElse("")));
        step.latest().ifPresent(d -> parts.add(m.get("review.by", DisplayDates.format(d))
                + step.latestRule().map(r -> " (" + m.get("review.reason." + r.name()) + ")").orElse("")));
        String label = Labels.step(step.code());
        return parts.isEmpty() ? label : label + " — " + String.join(" · ", parts);
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("review-heading");
        return l;
    }

    private static Label line(String text, String style) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        l.getStyleClass().add(style);
        return l;
    }
}
