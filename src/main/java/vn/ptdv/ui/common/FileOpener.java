package vn.ptdv.ui.common;

import java.nio.file.Path;

/** Opens a file or folder with the program the desktop uses for it (Excel, the file manager). */
public interface FileOpener {
    void open(Path fileOrFolder);
}
