package vn.ptdv.persistence;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * One database, one writer: a lock file beside the database ({@code ptdv.db.lock}) held by the copy of
 * the program that opened it, and naming who that is. The operating system drops the lock when the
 * program ends, even when the plug is pulled, so a stale file never keeps anyone out.
 */
public final class DatabaseLock implements AutoCloseable {
    /**
     * The locked byte lies far past the text so that, on Windows where locks are mandatory, another
     * copy can still read who holds the lock.
     */
    private static final long LOCKED_POSITION = 1L << 30;

    private final FileChannel channel;
    private final FileLock lock;
    private final Path file;
    /** Whether this opening made the lock file (none was there): what it may take away again. */
    private final boolean made;

    private DatabaseLock(FileChannel channel, FileLock lock, Path file, boolean made) {
        this.channel = channel;
        this.lock = lock;
        this.file = file;
        this.made = made;
    }

    public static Path lockFile(Path database) {
        Path absolute = database.toAbsolutePath();
        return absolute.resolveSibling(absolute.getFileName() + ".lock");
    }

    /** Takes the lock, or says who holds it. */
    public static DatabaseLock acquire(Path database) {
        Path file = lockFile(database);
        FileChannel channel = null;
        boolean made = !Files.exists(file);
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock(LOCKED_POSITION, 1, false);
            } catch (OverlappingFileLockException e) {
                lock = null; // this same program already has it open (another window or command)
            }
            if (lock == null) {
                Holder holder = readHolder(file);
                channel.close();
                throw new DatabaseInUseException(database, holder);
            }
            Holder me = Holder.current();
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(me.text().getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            return new DatabaseLock(channel, lock, file, made);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new DatabaseException("Cannot lock " + file, e);
        }
    }

    private static Holder readHolder(Path file) {
        try {
            return Holder.parse(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return Holder.UNKNOWN;
        }
    }

    /**
     * Lets go after an opening of a file that is no database: the lock file goes too when this opening made it,
     * so that a mistyped path leaves nothing beside someone's other file.
     */
    public void closeAfterFailedOpening() {
        close();
        if (made) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // Windows keeps it while another copy holds it open: an empty lock file is harmless.
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel below releases it anyway
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing more to release
            }
        }
    }

    /** Who opened the database: the user, the computer and since when, as far as they can be known. */
    public record Holder(String user, String computer, Optional<LocalDateTime> since) {
        static final Holder UNKNOWN = new Holder("", "", Optional.empty());

        public static Holder current() {
            return new Holder(userName(), computerName(), Optional.of(LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS)));
        }

        String text() {
            return user + "\n" + computer + "\n" + since.map(LocalDateTime::toString).orElse("") + "\n";
        }

        static Holder parse(List<String> lines) {
            String user = lines.size() > 0 ? lines.get(0).strip() : "";
            String computer = lines.size() > 1 ? lines.get(1).strip() : "";
            Optional<LocalDateTime> since = Optional.empty();
            if (lines.size() > 2 && !lines.get(2).isBlank()) {
                try {
                    since = Optional.of(LocalDateTime.parse(lines.get(2).strip()));
                } catch (DateTimeParseException e) {
                    since = Optional.empty();
                }
            }
            return new Holder(user, computer, since);
        }
    }

    /** The signed-in user of the operating system. */
    public static String userName() {
        String user = System.getProperty("user.name", "");
        return user == null ? "" : user.strip();
    }

    /** The computer's name: Windows says it in COMPUTERNAME, others in HOSTNAME or the network name. */
    public static String computerName() {
        for (String variable : new String[] {"COMPUTERNAME", "HOSTNAME"}) {
            String value = System.getenv(variable);
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "";
        }
    }
}
