package vn.ptdv.ui.candidate;

import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import vn.ptdv.domain.DisplayDates;
import vn.ptdv.domain.Step;
import vn.ptdv.i18n.Messages;
import vn.ptdv.ui.common.Labels;

/** A candidate's steps, newest first, with add, edit and remove. */
final class TimelineView extends BorderPane {
    private final ListView<Step> list;
    final Button addButton;
    final Button editButton;
    final Button removeButton;

    TimelineView(TimelineViewModel vm, Runnable onAdd, Consumer<Step> onEdit, Consumer<Step> onRemove) {
        Messages m = Messages.current();
        list = new ListView<>(vm.steps());
        list.setId("stepList");
        Label empty = new Label(m.get("timeline.empty"));
        empty.setWrapText(true); // beside a narrow page, on two lines rather than cut
        list.setPlaceholder(empty);
        list.setCellFactory(v -> new StepCell());
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                onEdit.accept(list.getSelectionModel().getSelectedItem());
            }
        });
        list.setOnKeyPressed(e -> {
            Step selected = list.getSelectionModel().getSelectedItem();
            if (selected != null && e.getCode() == KeyCode.DELETE) {
                onRemove.accept(selected);
            } else if (selected != null && e.getCode() == KeyCode.ENTER) {
                onEdit.accept(selected);
            }
        });
        addButton = new Button(m.get("timeline.add"));
        addButton.setId("addStepButton");
        addButton.setOnAction(e -> onAdd.run());
        editButton = new Button(m.get("timeline.edit"));
        editButton.setId("editStepButton");
        editButton.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        editButton.setOnAction(e -> onEdit.accept(list.getSelectionModel().getSelectedItem()));
        removeButton = new Button(m.get("timeline.remove"));
        removeButton.setId("removeStepButton");
        removeButton.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        removeButton.setOnAction(e -> onRemove.accept(list.getSelectionModel().getSelectedItem()));
        HBox buttons = new HBox(8, addButton, editButton, removeButton);
        buttons.getStyleClass().add("button-bar");
        // What comes next and what needs attention can run to many lines on a small screen: they scroll
        // within the upper part, so that the steps and their buttons keep the rest.
        javafx.scene.control.ScrollPane review = new javafx.scene.control.ScrollPane(new FileReviewView(vm));
        review.setFitToWidth(true);
        review.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        review.getStyleClass().add("edge-to-edge");
        review.maxHeightProperty().bind(heightProperty().multiply(0.45));
        setTop(review);
        setCenter(list);
        setBottom(buttons);
    }

    private static final class StepCell extends WrappingCell<Step> {
        @Override
        protected void updateItem(Step step, boolean empty) {
            super.updateItem(step, empty);
            setText(null);
            if (empty || step == null) {
                setGraphic(null);
                return;
            }
            // Text with a bound wrapping width reports its true height; a wrapping Label in a
            // virtualised list does not always, and cells came out clipped.
            Text title = text(DisplayDates.format(step.date()) + "   " + Labels.step(step.code()), "step-title");
            if (step.code().closesFile()) {
                title.getStyleClass().add("step-closed");
            }
            VBox box = new VBox(2, title);
            String detailText = StepDescriptions.details(step);
            if (!detailText.isEmpty()) {
                box.getChildren().add(text(detailText, "step-details"));
            }
            setGraphic(box);
        }
    }
}
