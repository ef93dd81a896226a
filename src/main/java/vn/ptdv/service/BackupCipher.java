package vn.ptdv.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Password protection of backup files: AES-256-GCM with a key derived from the password by
 * PBKDF2-HMAC-SHA256 (both from the JDK). The file holds a header (magic, iterations, salt, nonce),
 * authenticated with the content, then the encrypted database; a wrong password or a single changed
 * byte fails the tag check, so a tampered backup is never restored.
 */
public final class BackupCipher {
    /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; about a second on an old office PC. */
    public static final int ITERATIONS = 600_000;
    private static final byte[] MAGIC = "PTDVBAK1".getBytes(StandardCharsets.US_ASCII);
    private static final int SALT_BYTES = 16;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int HEADER_BYTES = MAGIC.length + Integer.BYTES + SALT_BYTES + NONCE_BYTES;
    private static final SecureRandom RANDOM = new SecureRandom();

    private BackupCipher() {
    }

    /** A derived key with the salt and iterations it came from: what the header of a file records. */
    public record Key(byte[] salt, int iterations, byte[] key) {
        public Key {
            salt = salt.clone();
            key = key.clone();
        }

        @Override
        public byte[] salt() {
            return salt.clone();
        }

        @Override
        public byte[] key() {
            return key.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && iterations == k.iterations && Arrays.equals(salt, k.salt)
                    && java.security.MessageDigest.isEqual(key, k.key);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(salt) * 31 + iterations;
        }

        @Override
        public String toString() {
            return "Key[iterations=" + iterations + "]"; // never the key itself
        }
    }

    /** The wrong password, or a file changed after it was written: either way it cannot be read. */
    public static final class WrongPasswordException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public WrongPasswordException(Throwable cause) {
            super("Wrong password or damaged backup", cause);
        }
    }

    /** A new key from the password with a fresh random salt. */
    public static Key newKey(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return derive(password, salt, ITERATIONS);
    }

    public static Key derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
        try {
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            return new Key(salt, iterations, key);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every JDK", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** Whether the file starts as an encrypted backup does. */
    public static boolean isEncrypted(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(MAGIC.length), MAGIC);
        }
    }

    /** Encrypts {@code plain} into {@code out}. */
    public static void encrypt(Path plain, Key key, OutputStream out) throws IOException {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] header = ByteBuffer.allocate(HEADER_BYTES).put(MAGIC).putInt(key.iterations()).put(key.salt())
                .put(nonce).array();
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key.key(), "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(header);
            out.write(header);
            byte[] buffer = new byte[64 * 1024];
            try (InputStream in = Files.newInputStream(plain)) {
                int read;
                while ((read = in.read(buffer)) > 0) {
                    byte[] chunk = cipher.update(buffer, 0, read);
                    if (chunk != null) {
                        out.write(chunk);
                    }
                }
            }
            out.write(cipher.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM is part of every JDK", e);
        }
    }

    /** The salt and iterations an encrypted file was written with, to derive its key from a password. */
    public static Key keyFor(Path encrypted, char[] password) throws IOException {
        ByteBuffer header = ByteBuffer.wrap(readHeader(encrypted));
        header.position(MAGIC.length);
        int iterations = header.getInt();
        byte[] salt = new byte[SALT_BYTES];
        header.get(salt);
        if (iterations < 1 || iterations > 100_000_000) {
            throw new WrongPasswordException(null);
        }
        return derive(password, salt, iterations);
    }

    /** Decrypts an encrypted backup with the key; writes the database into {@code out}. */
    public static void decrypt(Path encrypted, Key key, OutputStream out) throws IOException {
        byte[] all = Files.readAllBytes(encrypted);
        if (all.length < HEADER_BYTES + TAG_BITS / 8) {
            throw new WrongPasswordException(null);
        }
        byte[] header = Arrays.copyOf(all, HEADER_BYTES);
        byte[] nonce = Arrays.copyOfRange(header, HEADER_BYTES - NONCE_BYTES, HEADER_BYTES);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key.key(), "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(header);
            // GCM only releases plain text once the tag is checked, so nothing unchecked is written.
            out.write(cipher.doFinal(all, HEADER_BYTES, all.length - HEADER_BYTES));
        } catch (AEADBadTagException e) {
            throw new WrongPasswordException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM is part of every JDK", e);
        }
    }

    private static byte[] readHeader(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] header = in.readNBytes(HEADER_BYTES);
            if (header.length < HEADER_BYTES || !Arrays.equals(Arrays.copyOf(header, MAGIC.length), MAGIC)) {
                throw new WrongPasswordException(null);
            }
            return header;
        }
    }

    /** Serialised form of a key for the settings table: iterations, salt and key in Base64. */
    public static String toText(Key key) {
        java.util.Base64.Encoder b64 = java.util.Base64.getEncoder();
        return key.iterations() + ":" + b64.encodeToString(key.salt()) + ":" + b64.encodeToString(key.key());
    }

    public static Key fromText(String text) {
        String[] parts = text.split(":");
        if (parts.length != 3) {
            throw new IllegalArgumentException("Not a stored backup key");
        }
        java.util.Base64.Decoder b64 = java.util.Base64.getDecoder();
        return new Key(b64.decode(parts[1]), Integer.parseInt(parts[0]), b64.decode(parts[2]));
    }

    /** For tests and callers that want the bytes. */
    static byte[] decryptToBytes(Path encrypted, Key key) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        decrypt(encrypted, key, out);
        return out.toByteArray();
    }
}
