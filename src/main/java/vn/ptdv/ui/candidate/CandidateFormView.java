package vn.ptdv.ui.candidate;

import java.io.ByteArrayInputStream;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import vn.ptdv.domain.Ethnicities;
import vn.ptdv.domain.Gender;
import vn.ptdv.domain.SourceCategory;
import vn.ptdv.i18n.Messages;
import vn.ptdv.ui.common.Em;
import vn.ptdv.ui.common.FieldErrors;
import vn.ptdv.ui.common.Labels;

/** The fields of a candidate, one to a row, each with its error line. Binds only. */
final class CandidateFormView extends ScrollPane {
    private final CandidateFormViewModel vm;
    private final Messages m = Messages.current();
    private final GridPane grid = new GridPane();
    private int row;

    CandidateFormView(CandidateFormViewModel vm) {
        this.vm = vm;
        grid.setHgap(12);
        grid.setVgap(6);
        grid.getStyleClass().add("form-grid");
        ColumnConstraints label = new ColumnConstraints();
        label.setMinWidth(Em.of(8.5));
        label.setPrefWidth(Em.of(12));
        ColumnConstraints input = new ColumnConstraints();
        input.setHgrow(Priority.ALWAYS);
        input.setMinWidth(Em.of(11));
        grid.getColumnConstraints().addAll(label, input);
        text("fullName", true);
        add("gender", genderBox(), true);
        date("birthDate", true);
        text("citizenId", false);
        text("birthName", false);
        text("alias", false);
        text("birthPlace", false);
        text("homeTown", false);
        text("permanentResidence", false);
        text("temporaryResidence", false);
        add("ethnicity", ethnicityBox(), false);
        text("religion", false);
        text("phone", false);
        text("occupation", false);
        text("workplace", false);
        text("education", false);
        text("professionalQualification", false);
        text("politicalTheory", false);
        add("youthUnionMember", youthUnionBox(), false);
        date("youthUnionSince", false);
        text("massAssociations", false);
        add("source", sourceBox(), false);
        add("photo", photoBox(), false);
        TextArea notes = vn.ptdv.ui.common.TabLeavesTextArea.on(new TextArea());
        notes.setId("candidateField_notes");
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        notes.textProperty().bindBidirectional(vm.text("notes"));
        grid.add(label("notes", false), 0, row);
        grid.add(FieldErrors.withError(notes, "notes", vm.errors()), 1, row);
        setContent(grid);
        setFitToWidth(true);
        getStyleClass().add("edge-to-edge");
    }

    private void text(String field, boolean required) {
        TextField input = new TextField();
        input.textProperty().bindBidirectional(vm.text(field));
        add(field, input, required);
    }

    private void date(String field, boolean required) {
        TextField input = new TextField();
        input.setPromptText(m.get("date.prompt"));
        input.textProperty().bindBidirectional(vm.text(field));
        add(field, input, required);
    }

    private void add(String field, Node input, boolean required) {
        input.setId("candidateField_" + field);
        grid.add(label(field, required), 0, row);
        grid.add(FieldErrors.withError(input, field, vm.errors()), 1, row);
        row++;
    }

    private Label label(String field, boolean required) {
        Label label = new Label(m.get("candidate.field." + field) + (required ? " *" : ""));
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    private ComboBox<Gender> genderBox() {
        ComboBox<Gender> box = new ComboBox<>(FXCollections.observableArrayList(Gender.values()));
        box.setConverter(converter(Labels::gender));
        box.setPromptText(m.get("candidate.gender.prompt"));
        box.setButtonCell(promptingCell(Labels::gender, "candidate.gender.prompt"));
        box.valueProperty().bindBidirectional(vm.genderProperty());
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private ComboBox<String> ethnicityBox() {
        ComboBox<String> box = new ComboBox<>(FXCollections.observableArrayList(Ethnicities.ALL));
        box.setEditable(true);
        box.valueProperty().bindBidirectional(vm.text("ethnicity"));
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private ComboBox<SourceCategory> sourceBox() {
        ComboBox<SourceCategory> box = new ComboBox<>(vm.sources());
        box.setConverter(converter(s -> s == null ? "" : s.name()));
        box.setPromptText(m.get("candidate.source.prompt"));
        box.valueProperty().bindBidirectional(vm.sourceProperty());
        box.setMaxWidth(Double.MAX_VALUE);
        box.setButtonCell(promptingCell(SourceCategory::name, "candidate.source.prompt"));
        return box;
    }

    private CheckBox youthUnionBox() {
        CheckBox box = new CheckBox(m.get("candidate.youthUnion.yes"));
        box.setWrapText(true); // beside a narrow page, on two lines rather than cut
        box.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        box.selectedProperty().bindBidirectional(vm.youthUnionMemberProperty());
        return box;
    }

    private Node photoBox() {
        ImageView view = new ImageView();
        view.setFitWidth(90);
        view.setFitHeight(120);
        view.setPreserveRatio(true);
        Label none = new Label(m.get("candidate.photo.none"));
        none.getStyleClass().add("text-muted");
        vm.photoProperty().addListener((o, a, bytes) -> {
            view.setImage(bytes == null ? null : new Image(new ByteArrayInputStream(bytes), 180, 240, true, true));
            none.setVisible(bytes == null);
            none.setManaged(bytes == null);
        });
        Button choose = new Button(m.get("candidate.photo.choose"));
        choose.setId("choosePhotoButton");
        choose.setOnAction(e -> vm.choosePhoto());
        Button remove = new Button(m.get("candidate.photo.remove"));
        remove.disableProperty().bind(vm.photoProperty().isNull());
        remove.setOnAction(e -> vm.removePhoto());
        // The words keep their room; the empty space beside them gives way.
        none.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        choose.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        remove.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return new HBox(12, view, none, new VBox(6, choose, remove));
    }

    /**
     * A combo box's button cell that shows the prompt again when the value is cleared (JavaFX's own
     * cell stays blank after a reset).
     */
    private <T> ListCell<T> promptingCell(java.util.function.Function<T, String> text, String promptKey) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? m.get(promptKey) : text.apply(item));
            }
        };
    }

    /** The cursor in "Họ và tên". */
    void focusFirstField() {
        grid.lookup("#candidateField_fullName").requestFocus();
    }

    /** Back to the top, for a new candidate. */
    void scrollToTop() {
        setVvalue(0);
    }

    /** Brings the first field with an error into view and puts the cursor in it. */
    void showFirstError() {
        for (Node child : grid.getChildren()) {
            if (child instanceof VBox box && box.getChildren().size() == 2
                    && box.getChildren().get(1).isVisible() && box.getChildren().get(1).getStyleClass().contains("field-error")) {
                double contentHeight = grid.getBoundsInLocal().getHeight();
                double viewport = getViewportBounds().getHeight();
                if (contentHeight > viewport) {
                    setVvalue(Math.max(0, Math.min(1, (box.getBoundsInParent().getMinY() - 20) / (contentHeight - viewport))));
                }
                box.getChildren().get(0).requestFocus();
                return;
            }
        }
    }

    static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException("Choices are picked, not typed");
            }
        };
    }
}
