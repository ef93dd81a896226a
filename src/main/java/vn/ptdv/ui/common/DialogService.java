package vn.ptdv.ui.common;

import java.nio.file.Path;
import java.util.Optional;

/** Dialogs, behind an interface so that view models can be tested with a fake. */
public interface DialogService {
    /** Asks before something is destroyed; true when the person confirms. */
    boolean confirm(String title, String message, String confirmLabel);

    void showError(String title, String message);

    void showInfo(String title, String message);

    /** Lets the person pick a photo (JPEG or PNG). */
    Optional<Path> chooseImage();
}
