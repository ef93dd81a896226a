package vn.ptdv.report;

import java.util.ArrayList;
import java.util.List;
import vn.ptdv.i18n.Messages;

/** An import preview as lines a person reads (the command line and the preview dialog). */
public final class ImportText {
    private ImportText() {
    }

    public static List<String> lines(ImportPreview p, Messages m) {
        List<String> lines = new ArrayList<>();
        // With an error nothing is imported: the errors come first, and no count of people "added" that reads
        // like a success.
        for (ImportSheet.Problem e : p.errors()) {
            lines.add(m.get("import.error", e.sheet(), e.row(), e.column(), e.message()));
        }
        if (p.errors().isEmpty()) {
            lines.add(m.get("import.added", p.added().size())
                    + (p.added().isEmpty() ? "" : ": " + String.join(", ", p.added())));
            lines.add(m.get("import.updated", p.updated().size())
                    + (p.updated().isEmpty() ? "" : ": " + String.join(", ", p.updated())));
            lines.add(m.get("import.steps", p.stepsAdded(), p.stepsAlreadyThere()));
        }
        for (ImportSheet.Problem w : p.warnings()) {
            lines.add(m.get("import.warning", w.sheet(), w.row(), w.column(), w.message()));
        }
        return lines;
    }
}
