package vn.ptdv.app;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Files the program's start reads and the program itself replaces (the launcher's options, the native
 * library's note): written beside under another name and moved into place in one step, so that a copy of
 * the program starting meanwhile finds the old file or the new one, never half of one.
 */
final class WholeFiles {
    private WholeFiles() {
    }

    static void write(Path file, byte[] content) throws IOException {
        Path part = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName() + "-", ".part");
        try {
            Files.write(part, content);
            move(part, file);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /** Moves in one step where the file system can (every local one); else as a plain replacement. */
    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
