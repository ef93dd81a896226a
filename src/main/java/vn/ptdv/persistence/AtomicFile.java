package vn.ptdv.persistence;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file whole or not at all: into a temporary file beside it, forced to the disk, and moved
 * into place only when complete, so neither a failure nor a pulled plug leaves half a file where the
 * old one was.
 */
public final class AtomicFile {
    /** What writes the content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** What makes the file itself at a path where nothing is yet (as SQLite's backup does). */
    @FunctionalInterface
    public interface Maker {
        void makeAt(Path path) throws IOException;
    }

    private AtomicFile() {
    }

    /**
     * As {@link #write}, for content that something else writes into a file of its own: made in the
     * temporary file's place, then forced to the disk and moved into place.
     */
    public static void make(Path file, Maker maker) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempFile(parent, ".ptdv-", ".part");
        try {
            Files.delete(temp);
            maker.makeAt(temp);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    public static void write(Path file, Content content) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempFile(parent, ".ptdv-", ".part");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                OutputStream out = new java.io.BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024) {
                    @Override
                    public void close() throws IOException {
                        flush(); // the channel is closed below, after it is forced to the disk
                    }
                };
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
