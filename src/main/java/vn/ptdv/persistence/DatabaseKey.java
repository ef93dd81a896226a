package vn.ptdv.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.sqlite.mc.SQLiteMCChacha20Config;
import org.sqlite.mc.SQLiteMCConfig;

/**
 * The key that encrypts the database file (SQLite3 Multiple Ciphers, ChaCha20-Poly1305), derived from
 * the opening password with PBKDF2-HMAC-SHA256. The salt is the file's first 16 bytes: SQLite3MC keeps
 * the salt it is given there in clear, so the key of an existing file is derived from its own head,
 * and every file (a copy, a backup) carries what is needed to open it with the password alone.
 * The key goes to the driver as a raw hex key in the connection's properties, never in the URL.
 */
public final class DatabaseKey {
    /** OWASP's 2023 figure, as for the backups: about a second on an old office PC, at every opening. */
    public static final int ITERATIONS = 600_000;
    public static final int SALT_BYTES = 16;
    private static final int KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] key;
    private final byte[] salt;

    private DatabaseKey(byte[] key, byte[] salt) {
        this.key = key;
        this.salt = salt;
    }

    /** A key with a new salt: for a file about to be encrypted (or encrypted anew). */
    public static DatabaseKey fresh(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        // The salt is the file's head: one that began as a workbook's or SQLite's own would make the
        // file pass for one (see Database.isEncrypted); drawn again, as rare as that is.
        do {
            RANDOM.nextBytes(salt);
        } while (!Database.headMeansEncrypted(salt));
        return new DatabaseKey(derive(password, salt), salt);
    }

    /** The key of an encrypted file for this password (the file says nothing of whether it is right). */
    public static DatabaseKey of(Path encryptedFile, char[] password) {
        byte[] salt = head(encryptedFile);
        return new DatabaseKey(derive(password, salt), salt);
    }

    /** Whether the password gives this key (without trying a connection). */
    public boolean derivesFrom(char[] password) {
        return MessageDigest.isEqual(key, derive(password, salt));
    }

    /** Whether this is the key the file was encrypted with, as far as its salt tells. */
    boolean saltMatches(Path file) {
        return Arrays.equals(salt, head(file));
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(SALT_BYTES);
            if (head.length != SALT_BYTES) {
                throw new UnusableDatabaseException(file, UnusableDatabaseException.Reason.DAMAGED, 0, null);
            }
            return head;
        } catch (IOException e) {
            throw new UnusableDatabaseException(file, UnusableDatabaseException.Reason.UNREADABLE, 0, e);
        }
    }

    private static byte[] derive(char[] password, byte[] salt) {
        // Vietnamese is typed with precomposed letters (Unikey's Unicode dựng sẵn) or with combining marks
        // (tổ hợp): "ệ" is then one char or three. The same password must give the same key either way,
        // or a file encrypted from one keyboard setting could never be opened from the other.
        char[] composed = java.text.Normalizer.normalize(java.nio.CharBuffer.wrap(password),
                java.text.Normalizer.Form.NFC).toCharArray();
        PBEKeySpec spec = new PBEKeySpec(composed, salt, ITERATIONS, KEY_BYTES * 8);
        java.util.Arrays.fill(composed, '\0');
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every JDK", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** The driver's settings for a connection with this key (the salt goes with it, for a new file). */
    SQLiteMCConfig config() {
        return new SQLiteMCChacha20Config().withRawSaltedKey(keyAndSalt()).build();
    }

    /** The driver's settings for a plain file about to be encrypted with PRAGMA rekey. */
    static SQLiteMCConfig noKey() {
        return new SQLiteMCChacha20Config().build();
    }

    /** The value of {@code PRAGMA rekey}: the raw key and the salt SQLite3MC puts at the file's head. */
    String rekeyValue() {
        return "raw:" + HexFormat.of().formatHex(keyAndSalt());
    }

    private byte[] keyAndSalt() {
        byte[] both = Arrays.copyOf(key, KEY_BYTES + SALT_BYTES);
        System.arraycopy(salt, 0, both, KEY_BYTES, SALT_BYTES);
        return both;
    }

    @Override
    public String toString() {
        return "DatabaseKey[hidden]";
    }
}
