package vn.ptdv.ui.settings;

import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import vn.ptdv.domain.Cell;
import vn.ptdv.i18n.Messages;

/** On an empty database: asks for the cell's details and offers sample data. */
public final class FirstStartDialog extends Dialog<ButtonType> {
    /** What the person chose. */
    public record Choice(Cell cell, boolean sampleData) {
    }

    private final CellFormViewModel vm = new CellFormViewModel();
    private final CheckBox sample;
    private Choice choice;

    public FirstStartDialog(Window owner) {
        Messages m = Messages.current();
        initOwner(owner);
        setTitle(m.get("firstStart.title"));
        setHeaderText(m.get("firstStart.header"));
        Label intro = new Label(m.get("firstStart.intro"));
        intro.setWrapText(true);
        intro.setMaxWidth(560);
        sample = new CheckBox(m.get("firstStart.sample"));
        sample.setId("firstStartSample");
        Label sampleHelp = new Label(m.get("firstStart.sample.help"));
        sampleHelp.setWrapText(true);
        sampleHelp.setMaxWidth(560);
        sampleHelp.getStyleClass().add("text-muted");
        getDialogPane().setContent(new VBox(12, intro, new CellFormView(vm), sample, sampleHelp));
        ButtonType start = new ButtonType(m.get("firstStart.start"), ButtonBar.ButtonData.OK_DONE);
        ButtonType later = new ButtonType(m.get("firstStart.later"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(start, later);
        Button startButton = (Button) getDialogPane().lookupButton(start);
        startButton.setId("firstStartButton");
        startButton.addEventFilter(ActionEvent.ACTION, e -> {
            Optional<Cell> cell = vm.toCell();
            if (cell.isEmpty()) {
                e.consume();
                return;
            }
            choice = new Choice(cell.get(), sample.isSelected());
        });
        getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
    }

    /** Empty when the window was closed without an answer. */
    public Optional<Choice> ask() {
        showAndWait();
        return Optional.ofNullable(choice);
    }
}
