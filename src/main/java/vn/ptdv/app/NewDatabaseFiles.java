package vn.ptdv.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import vn.ptdv.persistence.DatabaseLock;
import vn.ptdv.service.BackupService;

/**
 * What opening a new database puts on the disk (the file, SQLite's side files, the lock file, the log,
 * backups, even the folder), noted before it is made, so that a command that fails can take all of it
 * away again: for a database that did not exist, "as it was" is no file at all.
 */
final class NewDatabaseFiles {
    private static final Logger LOG = Logger.getLogger(NewDatabaseFiles.class.getName());

    private final Path folder;
    private final boolean folderExisted;
    private final List<Path> sideFiles;
    private final Set<Path> existedBefore = new HashSet<>();
    private final Path backups;
    private final boolean backupsExisted;
    private final Set<Path> backupsBefore = new HashSet<>();

    private NewDatabaseFiles(Path database) {
        Path file = database.toAbsolutePath();
        folder = file.getParent();
        folderExisted = Files.isDirectory(folder);
        sideFiles = List.of(file, sibling(file, "-wal"), sibling(file, "-shm"), sibling(file, "-journal"),
                DatabaseLock.lockFile(file), folder.resolve(LogSetup.FILE_NAME), folder.resolve(LogSetup.FILE_NAME + ".lck"));
        sideFiles.stream().filter(Files::exists).forEach(existedBefore::add);
        backups = BackupService.folderFor(file);
        backupsExisted = Files.isDirectory(backups);
        if (backupsExisted) {
            try (Stream<Path> files = Files.list(backups)) {
                files.forEach(backupsBefore::add); // another database's backups, in a folder they share
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Cannot list " + backups, e);
            }
        }
    }

    /** Notes what is there before a new database is made at {@code database}. */
    static NewDatabaseFiles before(Path database) {
        return new NewDatabaseFiles(database);
    }

    /** Removes all that was not there before; whatever cannot be removed is left and logged. */
    void remove() {
        if (!folderExisted) {
            deleteTree(folder);
            return;
        }
        for (Path file : sideFiles) {
            if (!existedBefore.contains(file)) {
                deleteQuietly(file);
            }
        }
        if (!backupsExisted) {
            deleteTree(backups);
        } else {
            try (Stream<Path> files = Files.list(backups)) {
                files.filter(f -> !backupsBefore.contains(f)).forEach(NewDatabaseFiles::deleteTree);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Cannot list " + backups, e);
            }
        }
    }

    private static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            all.sorted(Comparator.reverseOrder()).forEach(NewDatabaseFiles::deleteQuietly);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot remove " + root, e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot remove " + file, e);
        }
    }
}
