package vn.ptdv.service;

import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import vn.ptdv.persistence.AppSettingRepository;
import vn.ptdv.persistence.Database;

/**
 * Who may use the program on a shared office PC: an optional password to open it (kept only as a
 * salted PBKDF2 hash, slow on purpose), and the minutes without use after which the screen locks.
 * It guards the window against a passer-by; the file itself is guarded by the computer's account, and
 * the backups by their own password.
 */
public final class AccessService {
    static final String PASSWORD_SETTING = "password_hash";
    static final String IDLE_SETTING = "lock_idle_minutes";
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

    private final Database database;
    private final BackupService backups;
    private final AppSettingRepository settings = new AppSettingRepository();

    public AccessService(Database database, BackupService backups) {
        this.database = database;
        this.backups = backups;
    }

    public boolean hasPassword() {
        return storedHash().isPresent();
    }

    /** Whether the password opens the program (any password does when none is set). */
    public boolean verify(char[] password) {
        return storedHash().map(stored -> matches(password, stored)).orElse(true);
    }

    /** Sets or changes the password; changing it needs the current one. */
    public void setPassword(Optional<char[]> current, char[] password) {
        if (hasPassword() && (current.isEmpty() || !verify(current.get()))) {
            throw new WrongPasswordException();
        }
        if (password.length < MINIMUM_PASSWORD) {
            throw new IllegalArgumentException("Too short a password");
        }
        String hash = hash(password);
        database.inTransaction(c -> {
            settings.save(c, PASSWORD_SETTING, hash);
            return null;
        });
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
        database.inTransaction(c -> {
            settings.delete(c, PASSWORD_SETTING);
            return null;
        });
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
        BackupCipher.Key key = BackupCipher.newKey(password);
        Base64.Encoder b64 = Base64.getEncoder();
        return SCHEME + "$" + key.iterations() + "$" + b64.encodeToString(key.salt()) + "$" + b64.encodeToString(key.key());
    }

    static boolean matches(char[] password, String stored) {
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !parts[0].equals(SCHEME)) {
            return false;
        }
        Base64.Decoder b64 = Base64.getDecoder();
        BackupCipher.Key key = BackupCipher.derive(password, b64.decode(parts[2]), Integer.parseInt(parts[1]));
        return MessageDigest.isEqual(key.key(), b64.decode(parts[3]));
    }
}
