package vn.ptdv.ui.candidate;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import vn.ptdv.domain.journal.JournalEntry;
import vn.ptdv.domain.journal.JournalKind;
import vn.ptdv.domain.journal.Rating;
import vn.ptdv.domain.journal.ReviewHeading;
import vn.ptdv.domain.journal.TaskResult;
import vn.ptdv.i18n.Messages;
import vn.ptdv.ui.common.FieldErrors;
import vn.ptdv.ui.common.SaveButtons;
import vn.ptdv.ui.common.Em;

/** The dialog to add or edit a journal entry, with the fields of its kind. */
final class JournalEditorDialog extends Dialog<ButtonType> {
    private final JournalEditorViewModel vm;
    private final Messages m = Messages.current();
    private final VBox rows = new VBox(8);
    private JournalEntry saved;
    /** The choice of kind, first above the fields of that kind. */
    private final Node kindLine;

    JournalEditorDialog(Window owner, String candidateName, JournalEditorViewModel vm) {
        this.vm = vm;
        initOwner(owner);
        ComboBox<JournalKind> kinds = new ComboBox<>();
        kinds.getItems().setAll(JournalKind.values());
        kinds.setConverter(CandidateFormView.converter(k -> m.get("journal.kind." + k.name())));
        kinds.valueProperty().bindBidirectional(vm.kindProperty());
        kinds.setId("journalField_kind");
        kindLine = line(m.get("journal.editor.kind"), kinds);
        showFields(candidateName);
        // Another kind, other fields: the date, the person and the text typed so far stay.
        vm.kindProperty().addListener((o, a, b) -> {
            showFields(candidateName);
            fitWindow();
        });
        vm.resultProperty().addListener((o, a, b) -> fitWindow());
        vm.errors().addListener((javafx.collections.MapChangeListener<String, String>) c -> fitWindow());

        // No scroll pane: the tallest entry, a review, fits a 768-pixel screen, and a scroll pane's height
        // followed neither the content nor the size asked of it.
        rows.setPrefWidth(Em.of(58));
        getDialogPane().setContent(rows);
        getDialogPane().setPrefWidth(Em.of(63));
        getDialogPane().setMinWidth(Math.min(Em.of(63), javafx.stage.Screen.getPrimary().getVisualBounds().getWidth() - 40));
        setOnShown(e -> {
            fitWindow();
            javafx.application.Platform.runLater(() -> rows.lookup("#journalField_date").requestFocus());
        });
        // Saving runs in the background; the dialog closes only once the entry is stored.
        SaveButtons.install(this, owner, m, "saveJournalButton", vm.savingProperty(), close -> vm.save(stored -> {
            saved = stored;
            close.run();
        }), vm::mayDiscard);
    }

    /** The title and the fields of the kind now chosen. */
    private void showFields(String candidateName) {
        String kind = m.get("journal.kind." + vm.kind().name());
        String title = m.get(vm.isNew() ? "journal.editor.titleNew" : "journal.editor.titleEdit", kind);
        setTitle(title);
        setHeaderText(title + " — " + candidateName);
        rows.getChildren().setAll(kindLine);
        JournalKind k = vm.kind();
        add("date", m.get("journal.field.date." + k.name()), textField(vm.dateProperty(), m.get("date.prompt")));
        if (k == JournalKind.TASK || k == JournalKind.REVIEW) {
            add("person", m.get("journal.field.person." + k.name()), textField(vm.personProperty(), ""));
        }
        if (k == JournalKind.REVIEW) {
            for (ReviewHeading h : ReviewHeading.values()) {
                add(h.name(), m.get("journal.heading." + h.name()) + " *", assessment(h));
            }
            add("ready", m.get("journal.field.ready"), readiness());
        }
        add("text", m.get("journal.field.text." + k.name()), area(vm.textProperty(), 3));
        if (k == JournalKind.TASK) {
            add("due", m.get("journal.field.due"), textField(vm.dueProperty(), m.get("date.prompt")));
            ComboBox<TaskResult> result = new ComboBox<>();
            result.getItems().add(null);
            result.getItems().addAll(TaskResult.values());
            result.setConverter(CandidateFormView.converter(r -> m.get("journal.result." + r.name())));
            result.setPromptText(m.get("journal.field.noResult"));
            result.valueProperty().bindBidirectional(vm.resultProperty());
            add("result", m.get("journal.field.result"), result);
            Node resultDate = add("resultDate", m.get("journal.field.resultDate"),
                    textField(vm.resultDateProperty(), m.get("date.prompt")));
            Node resultComment = add("resultComment", m.get("journal.field.resultComment"),
                    area(vm.resultCommentProperty(), 2));
            for (Node line : new Node[] {resultDate, resultComment}) {
                line.visibleProperty().bind(vm.resultProperty().isNotNull());
                line.managedProperty().bind(vm.resultProperty().isNotNull());
            }
        }
    }

    /** The stored entry once the dialog closes with a save. */
    Optional<JournalEntry> showAndSave() {
        showAndWait();
        return Optional.ofNullable(saved);
    }

    /** The four grades as a row of toggles, then the helper's comment on the heading. */
    private Node assessment(ReviewHeading heading) {
        ToggleGroup group = new ToggleGroup();
        HBox grades = new HBox(4);
        for (Rating r : Rating.values()) {
            ToggleButton b = new ToggleButton(m.get("journal.rating." + r.name()));
            b.setId("rating_" + heading.name() + "_" + r.name());
            b.setUserData(r);
            b.setToggleGroup(group);
            b.setSelected(vm.ratingProperty(heading).get() == r);
            b.setMinWidth(Region.USE_PREF_SIZE);
            grades.getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((o, a, now) ->
                vm.ratingProperty(heading).set(now == null ? null : (Rating) now.getUserData()));
        TextField comment = textField(vm.commentProperty(heading), m.get("journal.field.comment"));
        comment.setId("journalComment_" + heading.name());
        // The grades and the comment on one line: the review, the tallest entry, then fits the smallest
        // screen (1366×768 at 125 %) without scrolling.
        grades.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(comment, Priority.ALWAYS);
        HBox line = new HBox(8, grades, comment);
        line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return line;
    }

    private Node readiness() {
        ToggleGroup group = new ToggleGroup();
        ToggleButton yes = new ToggleButton(m.get("journal.ready.yes"));
        yes.setId("readyYes");
        yes.setUserData(Boolean.TRUE);
        ToggleButton no = new ToggleButton(m.get("journal.ready.no"));
        no.setId("readyNo");
        no.setUserData(Boolean.FALSE);
        yes.setMinWidth(Region.USE_PREF_SIZE);
        no.setMinWidth(Region.USE_PREF_SIZE);
        yes.setToggleGroup(group);
        no.setToggleGroup(group);
        yes.setSelected(Boolean.TRUE.equals(vm.readyProperty().get()));
        no.setSelected(Boolean.FALSE.equals(vm.readyProperty().get()));
        group.selectedToggleProperty().addListener((o, a, now) ->
                vm.readyProperty().set(now == null ? null : (Boolean) now.getUserData()));
        return new HBox(4, yes, no);
    }

    private TextField textField(javafx.beans.property.StringProperty property, String prompt) {
        TextField field = new TextField();
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private TextArea area(javafx.beans.property.StringProperty property, int rowCount) {
        TextArea area = vn.ptdv.ui.common.TabLeavesTextArea.on(new TextArea());
        area.setPrefRowCount(rowCount);
        area.setWrapText(true);
        area.textProperty().bindBidirectional(property);
        return area;
    }

    private Node add(String name, String labelText, Node field) {
        field.setId("journalField_" + name);
        VBox withError = FieldErrors.withError(field, name, vm.errors());
        Node line = line(labelText, withError);
        rows.getChildren().add(line);
        return line;
    }

    private static HBox line(String labelText, Node field) {
        Label label = new Label(labelText);
        label.setWrapText(true);
        label.setMinWidth(Em.of(14.5));
        label.setPrefWidth(Em.of(14.5));
        label.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(field, Priority.ALWAYS);
        return new HBox(10, label, field);
    }

    /** Fields come and go with the result and with errors: the dialog grows so its buttons stay in sight. */
    private void fitWindow() {
        javafx.application.Platform.runLater(() -> {
            if (getDialogPane().getScene() != null && getDialogPane().getScene().getWindow() != null) {
                getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
    }
}
