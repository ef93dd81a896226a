package vn.ptdv.report.forms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import vn.ptdv.persistence.AtomicFile;

/**
 * Where each document's template comes from: the cell's own copy when it has put one in place (in a
 * folder beside the database, one file per form named by its code, e.g. {@code 6-KND.docx}),
 * otherwise the built-in one of the program.
 */
public final class FormTemplates {
    private final Path folder;

    public FormTemplates(Path folder) {
        this.folder = folder;
    }

    /** The folder of the cell's own templates (it may not exist yet). */
    public Path folder() {
        return folder;
    }

    public Optional<Path> custom(FormKind kind) {
        Path file = folder.resolve(kind.resourceName());
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** The template in use, and the name to tell the person if it is wrong. */
    record Template(byte[] content, String name) {
    }

    Template template(FormKind kind) throws IOException {
        Optional<Path> own = custom(kind);
        if (own.isPresent()) {
            return new Template(Files.readAllBytes(own.get()), own.get().toString());
        }
        return new Template(builtIn(kind), kind.resourceName());
    }

    static byte[] builtIn(FormKind kind) {
        try (InputStream in = FormTemplates.class.getResourceAsStream("/forms/" + kind.resourceName())) {
            if (in == null) {
                throw new IllegalStateException("Built-in template missing: " + kind.resourceName());
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Puts the cell's own copy in place of the built-in template, once it has been tried: a file that is
     * not a Word document, or that has a placeholder the program does not know, is refused and the
     * template in use stays as it was.
     */
    public void install(FormKind kind, Path source, FormService.Trial trial) throws IOException {
        byte[] content = Files.readAllBytes(source);
        trial.tryTemplate(kind, new Template(content, source.getFileName().toString()));
        AtomicFile.write(folder.resolve(kind.resourceName()), out -> out.write(content));
    }

    /** Back to the built-in template. */
    public void reset(FormKind kind) throws IOException {
        Files.deleteIfExists(folder.resolve(kind.resourceName()));
    }

    /** Writes the built-in template to a file, for a cell that makes its own copy from it. */
    public void copyBuiltIn(FormKind kind, Path target) throws IOException {
        AtomicFile.write(target, out -> out.write(builtIn(kind)));
    }
}
