package vn.ptdv.ui.candidate;

import java.util.Optional;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import vn.ptdv.domain.PersonRole;
import vn.ptdv.domain.Step;
import vn.ptdv.domain.StepCode;
import vn.ptdv.domain.StepCode.Fields;
import vn.ptdv.i18n.Messages;
import vn.ptdv.ui.common.FieldErrors;
import vn.ptdv.ui.common.SaveButtons;
import vn.ptdv.ui.common.Labels;
import vn.ptdv.ui.common.Em;

/** The dialog to add or edit a step; it shows only the fields the chosen step records. */
final class StepEditorDialog extends Dialog<ButtonType> {
    /** The dialog's width: a role, a name and a date side by side, beside the labels. */
    private static final double WIDTH_EM = 66;
    /** The labels' column. */
    private static final double LABEL_EM = 13;
    /** A date field (dd/MM/yyyy with its hint). */
    private static final double DATE_EM = 11.5;
    private final StepEditorViewModel vm;
    private final Messages m = Messages.current();
    private final VBox rows = new VBox(8);
    private final javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane();
    private final VBox peopleBox = new VBox(6);
    private Step saved;
    /** The introducers' "role" heading, as wide as the role choices under it. */
    private Label roleHeading;

    StepEditorDialog(Window owner, String candidateName, StepEditorViewModel vm) {
        this.vm = vm;
        initOwner(owner);
        setTitle(m.get(vm.isNew() ? "stepEditor.title.add" : "stepEditor.title.edit", candidateName));
        setHeaderText(m.get(vm.isNew() ? "stepEditor.title.add" : "stepEditor.title.edit", candidateName));
        setResizable(true);
        rows.setPrefWidth(Em.of(WIDTH_EM - 4.5));

        ComboBox<StepCode> code = new ComboBox<>(FXCollections.observableArrayList(StepCode.inProcedureOrder()));
        code.setConverter(CandidateFormView.converter(c -> (c.order() > 0 ? c.order() + ". " : "") + Labels.step(c)));
        code.valueProperty().bindBidirectional(vm.codeProperty());
        code.setMaxWidth(Double.MAX_VALUE);
        code.setVisibleRowCount(18);
        add("code", code, null);
        add("date", textField(vm.dateProperty(), m.get("date.prompt")), null);
        add("documentNumber", textField(vm.documentNumberProperty(), ""), vm.records(Fields.DOCUMENT));
        add("issuingBody", textField(vm.issuingBodyProperty(), ""), vm.records(Fields.ISSUER));
        add("receivedDate", textField(vm.receivedDateProperty(), m.get("date.prompt")), vm.records(Fields.RECEIVED));
        add("result", textField(vm.resultProperty(), ""), vm.records(Fields.RESULT));
        add("officialMembers", textField(vm.officialMembersProperty(), ""), vm.records(Fields.VOTES));
        add("membersPresent", textField(vm.membersPresentProperty(), ""), vm.records(Fields.VOTES));
        add("votesFor", textField(vm.votesForProperty(), ""), vm.records(Fields.VOTES));
        Label verdict = new Label();
        verdict.setId("voteVerdict");
        verdict.setWrapText(true);
        verdict.textProperty().bind(vm.voteVerdict());
        verdict.textProperty().addListener((o, a, b) -> {
            boolean passes = vm.votePasses().orElse(true);
            verdict.getStyleClass().removeAll("text-success", "text-danger");
            verdict.getStyleClass().add(passes ? "text-success" : "text-danger");
            fitWindow();
        });
        verdict.managedProperty().bind(verdict.textProperty().isNotEmpty());
        HBox verdictLine = new HBox(10, spacerLabel(), verdict);
        verdictLine.managedProperty().bind(verdict.textProperty().isNotEmpty());
        rows.getChildren().add(verdictLine);
        Label peopleLabel = add("people", peopleEditor(), vm.recordsPeople());
        peopleLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> m.get(vm.codeProperty().get() == StepCode.INTRODUCTION
                        ? "step.field.introducers" : "step.field.helpers"), vm.codeProperty()));
        TextArea note = vn.ptdv.ui.common.TabLeavesTextArea.on(new TextArea());
        note.setPrefRowCount(2);
        note.setWrapText(true);
        note.textProperty().bindBidirectional(vm.noteProperty());
        add("note", note, null);
        vm.codeProperty().addListener((o, a, b) -> rebuildPeople());
        // Fields come and go with the chosen step and with errors: the dialog grows with them, so its
        // buttons never slide out of sight.
        vm.codeProperty().addListener((o, a, b) -> fitWindow());
        vm.people().addListener((ListChangeListener<PersonRow>) c -> fitWindow());
        vm.errors().addListener((javafx.collections.MapChangeListener<String, String>) c -> fitWindow());

        // Many people on a step make a tall dialog: it scrolls rather than push its buttons off screen.
        scroll.setContent(rows);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefViewportWidth(Em.of(WIDTH_EM - 4.5)); // a role, a name and a date on one line
        scroll.getStyleClass().add("edge-to-edge");
        getDialogPane().setContent(scroll);
        getDialogPane().setPrefWidth(Em.of(WIDTH_EM));
        getDialogPane().setMinWidth(Math.min(Em.of(WIDTH_EM), javafx.stage.Screen.getPrimary().getVisualBounds().getWidth() - 40));
        // Sized to its fields before it is shown: fitted only afterwards, the second step editor opened in a run
        // kept its first size on GTK, a strip one field high (the window did not grow to the fitted scene).
        fitNow();
        setOnShown(e -> {
            fitWindow();
            javafx.application.Platform.runLater(() -> rows.lookup("#stepField_date").requestFocus());
        });
        // Saving runs in the background; the dialog closes only once the step is stored.
        SaveButtons.install(this, owner, m, "saveStepButton", vm.savingProperty(), close -> vm.save(stored -> {
            saved = stored;
            close.run();
        }), vm::mayDiscard);
    }

    /** The stored step once the dialog closes with a save. */
    Optional<Step> showAndSave() {
        showAndWait();
        return Optional.ofNullable(saved);
    }

    private TextField textField(javafx.beans.property.StringProperty property, String prompt) {
        TextField field = new TextField();
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private Label add(String name, Node field, BooleanBinding shown) {
        field.setId("stepField_" + name);
        Label label = new Label(name.equals("people") ? "" : m.get("step.field." + name));
        label.setWrapText(true);
        label.setMinWidth(Em.of(LABEL_EM));
        label.setPrefWidth(Em.of(LABEL_EM));
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox withError = FieldErrors.withError(field, name, vm.errors());
        HBox.setHgrow(withError, Priority.ALWAYS);
        HBox line = new HBox(10, label, withError);
        if (shown != null) {
            line.visibleProperty().bind(shown);
            line.managedProperty().bind(shown);
        }
        rows.getChildren().add(line);
        return label;
    }

    private static Label columnHeading(String text, double width) {
        Label l = new Label(text);
        l.getStyleClass().add("text-muted");
        if (width > 0) {
            l.setMinWidth(width);
            l.setPrefWidth(width);
        }
        return l;
    }

    /** An empty label as wide as the field labels, to line things up under the fields. */
    private static Label spacerLabel() {
        Label l = new Label();
        l.setMinWidth(Em.of(LABEL_EM));
        return l;
    }

    /** The dialog as tall as its fields need, up to 70 % of the screen; beyond that it scrolls. */
    private void fitWindow() {
        javafx.application.Platform.runLater(() -> {
            fitNow();
            if (getDialogPane().getScene() != null && getDialogPane().getScene().getWindow() != null) {
                getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
    }

    /** The viewport as tall as the fields, measured with their styles (their skins make their heights). */
    private void fitNow() {
        getDialogPane().applyCss();
        rows.layout();
        double needed = rows.prefHeight(rows.getPrefWidth());
        scroll.setPrefViewportHeight(Math.min(needed, javafx.stage.Screen.getPrimary().getVisualBounds().getHeight() * 0.7));
    }

    /** The name field of the last person in the list, where a person just added is typed. */
    private TextField lastName;

    private Node peopleEditor() {
        Button add = new Button(m.get("stepEditor.addPerson"));
        add.setId("addPersonButton");
        add.setOnAction(e -> {
            vm.addPerson();
            // The new person's name is what is typed next, as after "Thêm quần chúng".
            if (lastName != null) {
                lastName.requestFocus();
            }
        });
        vm.people().addListener((ListChangeListener<PersonRow>) c -> rebuildPeople());
        rebuildPeople();
        return new VBox(6, peopleBox, add);
    }

    private void rebuildPeople() {
        peopleBox.getChildren().clear();
        roleHeading = null;
        lastName = null;
        boolean introducers = vm.codeProperty().get() == StepCode.INTRODUCTION;
        if (introducers && !vm.people().isEmpty()) {
            Label role = columnHeading(m.get("stepEditor.column.role"), 0);
            roleHeading = role;
            Label name = columnHeading(m.get("stepEditor.personName"), 0);
            name.setMaxWidth(Double.MAX_VALUE); // over the name fields, which take the width left
            HBox.setHgrow(name, Priority.ALWAYS);
            peopleBox.getChildren().add(new HBox(6, role, name, columnHeading(m.get("stepEditor.knownSince"),
                    Em.of(DATE_EM)), columnHeading("", Em.of(2.6))));
        }
        for (PersonRow person : vm.people()) {
            TextField name = new TextField();
            name.setPromptText(m.get("stepEditor.personName"));
            name.textProperty().bindBidirectional(person.nameProperty());
            HBox.setHgrow(name, Priority.ALWAYS);
            lastName = name;
            HBox line = new HBox(6);
            if (introducers) {
                ComboBox<PersonRole> role = new ComboBox<>(FXCollections.observableArrayList(vm.rolesForPeople()));
                role.setConverter(CandidateFormView.converter(r -> m.get("person.role." + r.name())));
                role.valueProperty().bindBidirectional(person.roleProperty());
                // As wide as its longest role (the combo box measures its items): no role is cut.
                role.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                if (roleHeading != null && !roleHeading.minWidthProperty().isBound()) {
                    roleHeading.minWidthProperty().bind(role.widthProperty());
                    roleHeading.prefWidthProperty().bind(role.widthProperty());
                }
                TextField since = new TextField();
                since.setPromptText(m.get("date.prompt"));
                since.setPrefWidth(Em.of(DATE_EM));
                since.setMinWidth(Em.of(DATE_EM));
                name.setMinWidth(Em.of(14));
                since.textProperty().bindBidirectional(person.knownSinceProperty());
                line.getChildren().addAll(role, name, since);
            } else {
                line.getChildren().add(name);
            }
            Button remove = new Button("✕");
            remove.setTooltip(new javafx.scene.control.Tooltip(m.get("stepEditor.removePerson")));
            remove.setOnAction(e -> vm.removePerson(person));
            line.getChildren().add(remove);
            peopleBox.getChildren().add(line);
        }
    }
}
