package vn.ptdv.service;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.PSource;
import javax.crypto.spec.SecretKeySpec;

/**
 * Password protection of backup files, with the JDK's own cryptography. The content is encrypted with
 * AES-256-GCM; the header (authenticated with it) says how to get the key back from the password:
 * <ul>
 * <li>{@code PTDVBAK1}: a one-off password (a manual backup): the key comes from the password by
 * PBKDF2-HMAC-SHA256.</li>
 * <li>{@code PTDVBAK2}: the backup password set in Settings. Each backup has a fresh random key,
 * encrypted with RSA-OAEP to the cell's public key; the private key travels in the header, encrypted
 * with AES-GCM under a key derived from the password. The database keeps only the public key and that
 * wrapped private key, so a copy of the database alone does not open later backups.</li>
 * </ul>
 * A wrong password or a single changed byte fails a GCM tag, so a tampered backup is never restored.
 */
public final class BackupCipher {
    /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; about a second on an old office PC. */
    public static final int ITERATIONS = 600_000;
    /** More than this in a header is a crafted file meant to keep the program busy. */
    private static final int MAX_ITERATIONS = 10 * ITERATIONS;
    private static final byte[] MAGIC_PASSWORD = "PTDVBAK1".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] MAGIC_RECIPIENT = "PTDVBAK2".getBytes(StandardCharsets.US_ASCII);
    private static final int SALT_BYTES = 16;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int MAX_FIELD = 64 * 1024;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final OAEPParameterSpec OAEP = new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256,
            PSource.PSpecified.DEFAULT);

    private BackupCipher() {
    }

    /** The wrong password, or a file changed after it was written: either way it cannot be read. */
    public static final class WrongPasswordException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public WrongPasswordException(Throwable cause) {
            super("Wrong password or damaged backup", cause);
        }
    }

    /** How a backup is encrypted: to the stored recipient, or with a one-off password. */
    @FunctionalInterface
    public interface Encryption {
        void encrypt(Path plain, OutputStream out) throws IOException;
    }

    /**
     * What the database keeps for the backup password: the public key backups are encrypted to, and the
     * private key encrypted under the password (with the salt and iterations to derive that key).
     */
    public record Recipient(int iterations, byte[] salt, byte[] wrappedPrivateKey, byte[] publicKey) {
        public Recipient {
            salt = salt.clone();
            wrappedPrivateKey = wrappedPrivateKey.clone();
            publicKey = publicKey.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Recipient r && iterations == r.iterations && Arrays.equals(salt, r.salt)
                    && Arrays.equals(wrappedPrivateKey, r.wrappedPrivateKey) && Arrays.equals(publicKey, r.publicKey);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(publicKey);
        }

        @Override
        public String toString() {
            return "Recipient[iterations=" + iterations + "]";
        }

        /** The text kept in the settings table. */
        public String toText() {
            Base64.Encoder b64 = Base64.getEncoder();
            return "v2:" + iterations + ":" + b64.encodeToString(salt) + ":" + b64.encodeToString(wrappedPrivateKey)
                    + ":" + b64.encodeToString(publicKey);
        }

        public static Recipient fromText(String text) {
            String[] parts = text.split(":");
            if (parts.length != 5 || !parts[0].equals("v2")) {
                throw new IllegalArgumentException("Not a stored backup recipient");
            }
            Base64.Decoder b64 = Base64.getDecoder();
            return new Recipient(Integer.parseInt(parts[1]), b64.decode(parts[2]), b64.decode(parts[3]),
                    b64.decode(parts[4]));
        }

        /** Whether the password opens the private key, that is, whether it is the backup password. */
        public boolean opensWith(char[] password) {
            try {
                unwrap(this, password);
                return true;
            } catch (WrongPasswordException e) {
                return false;
            }
        }
    }

    // ---- keys ----

    static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every JDK", e);
        } finally {
            spec.clearPassword();
        }
    }

    static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** A new key pair for the backup password: slow (seconds on an old PC), done once. */
    public static Recipient newRecipient(char[] password) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(3072, RANDOM);
            KeyPair pair = generator.generateKeyPair();
            byte[] salt = randomBytes(SALT_BYTES);
            byte[] kek = derive(password, salt, ITERATIONS);
            byte[] wrapped = seal(kek, pair.getPrivate().getEncoded(), new byte[0]);
            return new Recipient(ITERATIONS, salt, wrapped, pair.getPublic().getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is part of every JDK", e);
        }
    }

    private static PrivateKey unwrap(Recipient recipient, char[] password) {
        if (recipient.iterations() < 1 || recipient.iterations() > MAX_ITERATIONS) {
            throw new WrongPasswordException(null);
        }
        byte[] kek = derive(password, recipient.salt(), recipient.iterations());
        byte[] encoded = open(kek, recipient.wrappedPrivateKey(), new byte[0]);
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(encoded));
        } catch (GeneralSecurityException e) {
            throw new WrongPasswordException(e);
        }
    }

    /** AES-GCM with a fresh nonce, which is put before the cipher text. */
    private static byte[] seal(byte[] key, byte[] plain, byte[] aad) {
        try {
            byte[] nonce = randomBytes(NONCE_BYTES);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(aad);
            byte[] sealed = cipher.doFinal(plain);
            byte[] result = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
            System.arraycopy(sealed, 0, result, NONCE_BYTES, sealed.length);
            return result;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM is part of every JDK", e);
        }
    }

    private static byte[] open(byte[] key, byte[] sealed, byte[] aad) {
        if (sealed.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new WrongPasswordException(null);
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"),
                    new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            cipher.updateAAD(aad);
            // GCM releases the plain text only once the tag is checked: nothing unchecked comes out.
            return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
        } catch (AEADBadTagException e) {
            throw new WrongPasswordException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM is part of every JDK", e);
        }
    }

    // ---- files ----

    /** Encryption with a one-off password (a fresh salt each time). */
    public static Encryption withPassword(char[] password) {
        char[] secret = password.clone();
        return (plain, out) -> {
            byte[] salt = randomBytes(SALT_BYTES);
            byte[] key = derive(secret, salt, ITERATIONS);
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            DataOutputStream h = new DataOutputStream(header);
            h.write(MAGIC_PASSWORD);
            h.writeInt(ITERATIONS);
            h.write(salt);
            writeBody(plain, key, header.toByteArray(), out);
        };
    }

    /** Encryption to the stored recipient: no password needed to make the backup. */
    public static Encryption to(Recipient recipient) {
        return (plain, out) -> {
            byte[] dataKey = randomBytes(32);
            byte[] encryptedKey;
            try {
                PublicKey publicKey = KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(recipient.publicKey()));
                Cipher rsa = Cipher.getInstance("RSA/ECB/OAEPPadding");
                rsa.init(Cipher.ENCRYPT_MODE, publicKey, OAEP);
                encryptedKey = rsa.doFinal(dataKey);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("Cannot encrypt to the stored public key", e);
            }
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            DataOutputStream h = new DataOutputStream(header);
            h.write(MAGIC_RECIPIENT);
            h.writeInt(recipient.iterations());
            h.write(recipient.salt());
            writeField(h, recipient.wrappedPrivateKey());
            writeField(h, encryptedKey);
            writeBody(plain, dataKey, header.toByteArray(), out);
        };
    }

    private static void writeField(DataOutputStream out, byte[] field) throws IOException {
        out.writeInt(field.length);
        out.write(field);
    }

    private static byte[] readField(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_FIELD) {
            throw new WrongPasswordException(null);
        }
        return in.readNBytes(length);
    }

    private static void writeBody(Path plain, byte[] key, byte[] header, OutputStream out) throws IOException {
        byte[] nonce = randomBytes(NONCE_BYTES);
        byte[] aad = Arrays.copyOf(header, header.length + NONCE_BYTES);
        System.arraycopy(nonce, 0, aad, header.length, NONCE_BYTES);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(aad);
            out.write(aad);
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

    /** Whether the file starts as an encrypted backup does. */
    public static boolean isEncrypted(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(MAGIC_PASSWORD.length);
            return Arrays.equals(magic, MAGIC_PASSWORD) || Arrays.equals(magic, MAGIC_RECIPIENT);
        }
    }

    /** Decrypts an encrypted backup with its password; writes the database into {@code out}. */
    public static void decrypt(Path encrypted, char[] password, OutputStream out) throws IOException {
        byte[] all = Files.readAllBytes(encrypted);
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(all))) {
            byte[] magic = in.readNBytes(MAGIC_PASSWORD.length);
            int iterations = in.readInt();
            byte[] salt = in.readNBytes(SALT_BYTES);
            if (iterations < 1 || iterations > MAX_ITERATIONS || salt.length < SALT_BYTES) {
                throw new WrongPasswordException(null);
            }
            byte[] key;
            if (Arrays.equals(magic, MAGIC_PASSWORD)) {
                key = derive(password, salt, iterations);
            } else if (Arrays.equals(magic, MAGIC_RECIPIENT)) {
                byte[] wrapped = readField(in);
                byte[] encryptedKey = readField(in);
                PrivateKey privateKey = unwrap(new Recipient(iterations, salt, wrapped, new byte[0]), password);
                try {
                    Cipher rsa = Cipher.getInstance("RSA/ECB/OAEPPadding");
                    rsa.init(Cipher.DECRYPT_MODE, privateKey, OAEP);
                    key = rsa.doFinal(encryptedKey);
                } catch (GeneralSecurityException e) {
                    throw new WrongPasswordException(e);
                }
            } else {
                throw new WrongPasswordException(null);
            }
            byte[] nonce = in.readNBytes(NONCE_BYTES);
            int headerLength = all.length - in.available();
            if (nonce.length < NONCE_BYTES) {
                throw new WrongPasswordException(null);
            }
            byte[] aad = Arrays.copyOf(all, headerLength);
            byte[] body = new byte[NONCE_BYTES + all.length - headerLength];
            System.arraycopy(nonce, 0, body, 0, NONCE_BYTES);
            System.arraycopy(all, headerLength, body, NONCE_BYTES, all.length - headerLength);
            out.write(open(key, body, aad));
        } catch (java.io.EOFException e) {
            throw new WrongPasswordException(e);
        }
    }
}
