package vn.ptdv.service;

import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import vn.ptdv.persistence.AppSettingRepository;
import vn.ptdv.persistence.Database;
import vn.ptdv.persistence.DatabaseKey;

/**
 * Who may use the program on a shared office PC: an optional password to open it, and the minutes
 * without use after which the screen locks. With a password the whole database file is encrypted with
 * a key derived from it (see {@link DatabaseKey}), so a copied file tells nothing; setting, changing and
 * removing it re-encrypts the file in one step. A file protected before encryption existed keeps only
 * a salted PBKDF2 hash of the password; it is encrypted once the right password is given.
 */
public final class AccessService {
    private static final String PASSWORD_SETTING = AppSettingRepository.PASSWORD_HASH;
    private static final String IDLE_SETTING = AppSettingRepository.LOCK_IDLE_MINUTES;
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(AccessService.class.getName());
    public static final int MINIMUM_PASSWORD = 6;
    public static final int DEFAULT_IDLE_MINUTES = 10;
    private static final String SCHEME = "pbkdf2-sha256";

    /** The password given was not the one set. */
    public static final class WrongPasswordException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public WrongPasswordException() {
            super("Wrong password");
        }
    }

    /** The file is encrypted with the opening password: a forgotten one cannot be removed another way. */
    public static final class NoWayBackException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public NoWayBackException() {
            super("The database is encrypted with the opening password; nothing else opens it");
        }
    }

    private final Database database;
    private final BackupService backups;
    private final AppSettingRepository settings = new AppSettingRepository();

    public AccessService(Database database, BackupService backups) {
        this.database = database;
        this.backups = backups;
    }

    public boolean hasPassword() {
        return database.encrypted() || storedHash().isPresent();
    }

    /** Whether the file is encrypted (rather than guarded by the stored hash of older versions only). */
    public boolean encrypted() {
        return database.encrypted();
    }

    /** Whether the password opens the program (any password does when none is set). Slow on purpose. */
    public boolean verify(char[] password) {
        if (database.encrypted()) {
            return database.key().orElseThrow().derivesFrom(password);
        }
        return storedHash().map(stored -> matches(password, stored)).orElse(true);
    }

    /**
     * A file protected only by the stored hash (made before encryption existed), once its right
     * password is given: encrypted with a key from that password. Returns whether it was encrypted now.
     */
    public boolean encryptWithVerifiedPassword(char[] password) {
        if (database.encrypted() || storedHash().isEmpty() || !verify(password)) {
            return false;
        }
        database.changeKey(Optional.of(DatabaseKey.fresh(password)));
        backups.encryptPlainBackups();
        LOG.info("Database encrypted with the opening password");
        return true;
    }

    /** Sets or changes the password; changing it needs the current one. */
    public void setPassword(Optional<char[]> current, char[] password) {
        if (hasPassword() && (current.isEmpty() || !verify(current.get()))) {
            throw new WrongPasswordException();
        }
        if (password.length < MINIMUM_PASSWORD) {
            throw new IllegalArgumentException("Too short a password");
        }
        Optional<DatabaseKey> previous = database.key();
        database.changeKey(Optional.of(DatabaseKey.fresh(password)));
        // The hash too, inside the encrypted file: the audit trail says when the password was set or
        // changed (never its value). A file killed before this line is encrypted all the same.
        String hash = hash(password);
        database.inTransaction(c -> {
            settings.save(c, PASSWORD_SETTING, hash);
            return null;
        });
        backups.followDatabaseKey(previous);
        LOG.info("Opening password set; the database is encrypted with it");
    }

    /** Removes the password; needs the current one. */
    public void removePassword(char[] current) {
        if (!verify(current)) {
            throw new WrongPasswordException();
        }
        deletePassword();
    }

    /**
     * The way back for a forgotten password: whoever knows the backup password (which can read every
     * backup anyway) may remove the opening password. Returns false when no backup password is set.
     */
    public boolean resetWithBackupPassword(char[] backupPassword) {
        if (database.encrypted()) {
            // The backups are encrypted with the opening password too: the backup password gives no
            // way in, so it must not give a way to take the password off either.
            throw new NoWayBackException();
        }
        if (!backups.hasBackupPassword()) {
            return false;
        }
        if (!backups.isBackupPassword(backupPassword)) {
            throw new WrongPasswordException();
        }
        deletePassword();
        return true;
    }

    /** Removes the password without asking: for the command line, run on the computer's own account. */
    public void clearPassword() {
        deletePassword();
    }

    private void deletePassword() {
        // The hash first: killed in between, the file stays encrypted (and asks for its password), rather
        // than plain with a hash that would have it encrypted again at the next opening.
        database.inTransaction(c -> {
            settings.delete(c, PASSWORD_SETTING);
            return null;
        });
        if (database.encrypted()) {
            Optional<DatabaseKey> previous = database.key();
            database.changeKey(Optional.empty());
            backups.followDatabaseKey(previous);
        }
        LOG.warning(() -> "Opening password removed by " + vn.ptdv.persistence.DatabaseLock.userName() + " on "
                + vn.ptdv.persistence.DatabaseLock.computerName());
    }

    /** Minutes without use before the screen locks; 0 never locks. Only with a password. */
    public int idleMinutes() {
        return database.inTransaction(c -> settings.find(c, IDLE_SETTING)).map(Integer::parseInt)
                .orElse(DEFAULT_IDLE_MINUTES);
    }

    public void setIdleMinutes(int minutes) {
        if (minutes < 0 || minutes > 24 * 60) {
            throw new IllegalArgumentException("Idle minutes out of range: " + minutes);
        }
        database.inTransaction(c -> {
            settings.save(c, IDLE_SETTING, Integer.toString(minutes));
            return null;
        });
    }

    private Optional<String> storedHash() {
        return database.inTransaction(c -> settings.find(c, PASSWORD_SETTING));
    }

    static String hash(char[] password) {
        byte[] salt = BackupCipher.randomBytes(16);
        byte[] key = BackupCipher.derive(password, salt, BackupCipher.ITERATIONS);
        Base64.Encoder b64 = Base64.getEncoder();
        return SCHEME + "$" + BackupCipher.ITERATIONS + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(key);
    }

    static boolean matches(char[] password, String stored) {
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !parts[0].equals(SCHEME)) {
            return false;
        }
        Base64.Decoder b64 = Base64.getDecoder();
        byte[] key = BackupCipher.derive(password, b64.decode(parts[2]), Integer.parseInt(parts[1]));
        return MessageDigest.isEqual(key, b64.decode(parts[3]));
    }
}
