package vn.ptdv.ui.common;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;

/**
 * A table whose headings and chosen texts (a person's name) are never cut: each column is at least as
 * wide as its heading, a text column at least as wide as its longest text; the columns that do not then
 * fit give way, in the order given, whenever the table is too narrow for them, and come back once there is
 * room (the person may also show or hide them from the table's column menu). The person's choice of columns
 * and their widths are kept between runs; what gave way to a narrow table is not.
 */
public final class FittingColumns<S> {
    /** Room beside a heading's text: the label's padding and the sort arrow. */
    private static final double HEADING_ROOM_EM = 2.5;
    /** Room beside a cell's text: the cell's padding on both sides. */
    private static final double CELL_ROOM_EM = 1.5;
    /** The vertical scroll bar and the column menu's button. */
    private static final double TABLE_ROOM_EM = 2.5;
    /** Longest names by count of letters: the widest is among them; measuring every row would be slow. */
    private static final int LONGEST_MEASURED = 8;
    private final TableView<S> table;
    private final LayoutMemory memory;
    private final List<TableColumn<S, ?>> remembered;
    private final List<TableColumn<S, ?>> hideFirst;
    private TableColumn<S, ?> textColumn;
    private Supplier<Stream<String>> texts;
    private boolean fitted;
    /** Hidden because the table got narrower, newest first: shown again, in turn, once there is room. */
    private final java.util.Deque<TableColumn<S, ?>> givenWay = new java.util.ArrayDeque<>();
    /** The table itself hides or shows a column: not the person's choice, not kept. */
    private boolean adjusting;
    private boolean measurePending;

    /**
     * @param remembered the columns whose being shown and width are kept (each with an id)
     * @param hideFirst  the columns hidden first when the table is too narrow for them all
     */
    public FittingColumns(TableView<S> table, LayoutMemory memory, List<TableColumn<S, ?>> remembered,
                          List<TableColumn<S, ?>> hideFirst) {
        this.table = table;
        this.memory = memory;
        this.remembered = remembered;
        this.hideFirst = hideFirst;
        table.widthProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Number> o, Number was, Number now) {
                if (now.doubleValue() > 0 && table.getSkin() != null) {
                    o.removeListener(this);
                    fitOnce();
                }
            }
        });
    }

    /** The column whose every text is shown whole, and where its texts come from (the rows shown). */
    public void fitText(TableColumn<S, ?> column, Supplier<Stream<String>> source) {
        this.textColumn = column;
        this.texts = source;
        table.getItems().addListener((javafx.collections.ListChangeListener<S>) c -> measureLater());
    }

    private void fitOnce() {
        if (fitted) {
            return;
        }
        fitted = true;
        double em = font().getSize();
        for (TableColumn<S, ?> column : table.getVisibleLeafColumns()) {
            headingFits(column, em);
        }
        for (TableColumn<S, ?> column : table.getColumns()) {
            column.visibleProperty().addListener((o, was, now) -> {
                if (now) {
                    headingFits(column, font().getSize());
                }
            });
        }
        measureText();
        if (memory.get("visible").isPresent()) {
            restore();
        } else {
            widthChanged(); // given way, not chosen: they come back on a wider screen
        }
        table.widthProperty().addListener((o, was, now) -> widthChanged());
        for (TableColumn<S, ?> column : remembered) {
            column.visibleProperty().addListener((o, was, now) -> {
                if (!adjusting) {
                    givenWay.remove(column);
                    keepVisible();
                }
            });
            column.widthProperty().addListener((o, was, now) -> memory.put("width." + column.getId(),
                    Double.toString(now.doubleValue())));
        }
    }

    /**
     * The window or the divider changed the table's width: columns give way, in the order given, so that
     * the shown ones are never cut at the table's edge, and come back in turn once there is room again.
     */
    private void widthChanged() {
        double room = table.getWidth() - TABLE_ROOM_EM * font().getSize();
        adjusting = true;
        try {
            for (TableColumn<S, ?> column : hideFirst) {
                if (shownMinWidth() <= room) {
                    break;
                }
                if (column.isVisible()) {
                    column.setVisible(false);
                    givenWay.push(column);
                }
            }
            while (!givenWay.isEmpty() && shownMinWidth() + givenWay.peek().getMinWidth() <= room) {
                givenWay.pop().setVisible(true);
            }
        } finally {
            adjusting = false;
        }
    }

    private void headingFits(TableColumn<S, ?> column, double em) {
        headingFits(column, font(), em);
    }

    /**
     * Every heading of a table shown whole, however narrow the window (the table scrolls sideways
     * rather than cut one): for the tables whose columns are all needed.
     */
    public static void headingsWhole(TableView<?> table) {
        table.widthProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Number> o, Number was, Number now) {
                if (now.doubleValue() > 0 && table.getSkin() != null) {
                    o.removeListener(this);
                    Font font = font(table);
                    table.getColumns().forEach(c -> headingFits(c, font, font.getSize()));
                }
            }
        });
    }

    private static void headingFits(TableColumn<?, ?> column, Font font, double em) {
        double heading = TextWidth.of(column.getText(), font) + HEADING_ROOM_EM * em;
        if (column.getMinWidth() < heading) {
            column.setMinWidth(heading);
        }
        if (column.getPrefWidth() < column.getMinWidth()) {
            column.setPrefWidth(column.getMinWidth());
        }
        if (column.getMaxWidth() < column.getMinWidth()) {
            column.setMaxWidth(column.getMinWidth());
        }
    }

    private void measureLater() {
        if (!fitted || measurePending) {
            return;
        }
        measurePending = true;
        Platform.runLater(() -> {
            measurePending = false;
            measureText();
        });
    }

    private void measureText() {
        if (textColumn == null) {
            return;
        }
        Font font = font();
        double widest = longest(texts.get()).stream().mapToDouble(t -> TextWidth.of(t, font)).max().orElse(0);
        double wanted = Math.max(widest + CELL_ROOM_EM * font.getSize(),
                TextWidth.of(textColumn.getText(), font) + HEADING_ROOM_EM * font.getSize());
        // A little more than the longest text, no more: the width left goes to the columns that need it.
        textColumn.setMaxWidth(Math.max(wanted * 1.1, wanted + 2 * font.getSize()));
        textColumn.setMinWidth(wanted);
        textColumn.setPrefWidth(wanted);
    }

    /**
     * The {@link #LONGEST_MEASURED} longest texts by count of letters, in one pass that keeps only them
     * (the list changes at every key typed in the search: sorting 20,000 names each time would not do).
     */
    private static List<String> longest(Stream<String> all) {
        java.util.PriorityQueue<String> kept = new java.util.PriorityQueue<>(Comparator.comparingInt(String::length));
        all.filter(t -> t != null).forEach(t -> {
            kept.add(t);
            if (kept.size() > LONGEST_MEASURED) {
                kept.poll();
            }
        });
        return List.copyOf(kept);
    }

    private double shownMinWidth() {
        return table.getVisibleLeafColumns().stream().mapToDouble(TableColumn::getMinWidth).sum();
    }

    private void restore() {
        Set<String> shown = memory.get("visible").map(v -> Arrays.stream(v.split(",")).collect(Collectors.toSet()))
                .orElse(Set.of());
        for (TableColumn<S, ?> column : remembered) {
            column.setVisible(shown.contains(column.getId()));
            memory.number("width." + column.getId())
                    .filter(w -> w >= column.getMinWidth())
                    .ifPresent(column::setPrefWidth);
        }
    }

    private void keepVisible() {
        memory.put("visible", remembered.stream().filter(TableColumn::isVisible).map(TableColumn::getId)
                .collect(Collectors.joining(",")));
    }

    /** The font the table's texts are drawn in (its headings use the same size). */
    private Font font() {
        return font(table);
    }

    private static Font font(TableView<?> table) {
        Node label = table.lookup(".column-header .label");
        if (label instanceof javafx.scene.control.Labeled labeled) {
            return labeled.getFont();
        }
        return Font.getDefault();
    }
}
