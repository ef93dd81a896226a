package vn.ptdv.ui.common;

import java.nio.file.Path;
import java.util.Optional;

/** Dialogs, behind an interface so that view models can be tested with a fake. */
public interface DialogService {
    /** Asks before something is destroyed; true when the person confirms. */
    boolean confirm(String title, String message, String confirmLabel);

    void showError(String title, String message);

    void showInfo(String title, String message);

    /** What to do with unsaved changes before leaving them. */
    enum UnsavedChoice {
        SAVE, DISCARD, STAY
    }

    /** Asks whether to save the unsaved changes, drop them, or stay. */
    UnsavedChoice askUnsaved(String title, String message);

    /** Lets the person pick a photo (JPEG or PNG). */
    Optional<Path> chooseImage();

    /** Lets the person pick a file to read, of the given extension (like "xlsx"). */
    Optional<Path> chooseOpenFile(String extension, String filterText);

    /** Lets the person choose where to save a file, suggesting a name; {@code extension} like "ics". */
    Optional<Path> chooseSaveFile(String suggestedName, String extension, String filterText);

    /** What a committee member says when accepting a finding. */
    record Acknowledgement(String reason, String by) {
    }

    /** Asks why the finding is accepted, and who accepts it (prefilled). */
    Optional<Acknowledgement> askAcknowledgement(String findingText, String defaultBy);

    /** Asks for a password (a backup's, or the program's); empty when cancelled. */
    Optional<char[]> askPassword(String title, String message);

    /**
     * Asks for a new password, typed twice; empty when cancelled. {@code minimumLength} characters at
     * least.
     */
    Optional<char[]> askNewPassword(String title, String message, int minimumLength);
}
