package vn.ptdv.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.ptdv.persistence.AtomicFile;
import vn.ptdv.persistence.Database;
import vn.ptdv.persistence.DatabaseKey;

/**
 * Re-encrypts the automatic backups made under the database's previous key with its new one (or, once
 * the password is removed, to plain files, or to the backup password when one is set). Each backup is
 * rewritten into a temporary file beside it, checked with the new key, and moved over it in one rename:
 * a backup is never half rewritten. One that does not open with the previous key (made under an older
 * one) or cannot be rewritten is left as it was, and only its file name goes into the log.
 */
final class BackupsFollowKey {
    private static final Logger LOG = Logger.getLogger(BackupsFollowKey.class.getName());

    private final Path databaseFile;
    private final DatabaseKey previous;
    private final Optional<DatabaseKey> key;
    private final Optional<BackupCipher.Encryption> plainEncryption;

    BackupsFollowKey(Path databaseFile, DatabaseKey previous, Optional<DatabaseKey> key,
                     Optional<BackupCipher.Encryption> plainEncryption) {
        this.databaseFile = databaseFile;
        this.previous = previous;
        this.key = key;
        this.plainEncryption = plainEncryption;
    }

    void rewrite(List<BackupService.Entry> entries) {
        int done = 0;
        for (BackupService.Entry entry : entries) {
            Path file = entry.file();
            String name = file.getFileName().toString();
            try {
                if (!entry.encrypted() || BackupCipher.isEncrypted(file) || !Database.isEncrypted(file)) {
                    continue; // plain, or under the backup password: not the database's key
                }
                if (key.isPresent()) {
                    AtomicFile.make(file, made -> rekeyed(file, made));
                } else if (plainEncryption.isPresent()) {
                    toBackupPassword(file);
                } else {
                    Path target = file.resolveSibling(name.substring(0, name.length()
                            - BackupService.ENCRYPTED_EXTENSION.length()) + BackupService.PLAIN_EXTENSION);
                    AtomicFile.make(target, made -> rekeyed(file, made));
                    Files.delete(file);
                }
                done++;
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "Cannot re-encrypt the backup " + name + " with the new key; it is left as it was",
                        e);
            }
        }
        LOG.info("Backups re-encrypted with the database's new key: " + done);
    }

    /** {@code made}: a copy of the backup under the new key (or plain), checked with it. */
    private void rekeyed(Path backup, Path made) throws IOException {
        try {
            Files.copy(backup, made);
            Database.rekeyCopy(made, Optional.of(previous), key);
            Database.verify(made, key, false);
        } finally {
            BackupService.deleteSideFiles(made);
        }
    }

    /** Plain like the file now, but written out only under the backup password, as new backups are. */
    private void toBackupPassword(Path backup) throws IOException {
        Path plain = BackupService.temporaryFile(databaseFile); // beside the (now plain) database
        try {
            Files.delete(plain);
            rekeyed(backup, plain);
            AtomicFile.write(backup, out -> plainEncryption.orElseThrow().encrypt(plain, out));
        } finally {
            BackupService.deleteWithSideFiles(plain);
        }
    }
}
