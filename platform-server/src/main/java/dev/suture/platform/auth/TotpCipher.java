package dev.suture.platform.auth;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Encrypts TOTP secrets at rest with AES-GCM (random 96-bit nonce, 128-bit tag, the user id as associated data,
 * so a secret copied onto another account does not open). Stored form: {@code v1:<base64(nonce || ciphertext)>}.
 *
 * <p>The key is {@code suture.auth.totp-key} (base64 of 16, 24 or 32 bytes, e.g. {@code openssl rand -base64 32});
 * when empty, a key is generated once and kept in {@code <suture.data-dir>/secrets/totp.key} (owner-only), which
 * suits the single embedded server. Several instances must share one configured key.
 */
@Singleton
class TotpCipher {

    static final String PREFIX = "v1:";
    private static final Logger LOG = LoggerFactory.getLogger(TotpCipher.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NONCE_BYTES = 12;

    private final SecretKey key;

    TotpCipher(@Value("${suture.auth.totp-key:}") String configured, @Value("${suture.data-dir:}") String dataDir) {
        this.key = new SecretKeySpec(configured.isBlank() ? keptKey(dataDir) : decode(configured), "AES");
    }

    /** The stored form of a secret of this user. */
    String seal(UUID userId, String secret) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, userId, nonce, secret.getBytes(StandardCharsets.UTF_8));
        return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                .put(nonce).put(sealed).array());
    }

    /** The secret of a stored value; a value stored before encryption (no prefix) is returned as it is. */
    String open(UUID userId, String stored) {
        if (!isSealed(stored)) {
            return stored;
        }
        byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
        byte[] nonce = Arrays.copyOf(all, NONCE_BYTES);
        byte[] body = Arrays.copyOfRange(all, NONCE_BYTES, all.length);
        return new String(crypt(Cipher.DECRYPT_MODE, userId, nonce, body), StandardCharsets.UTF_8);
    }

    static boolean isSealed(String stored) {
        return stored.startsWith(PREFIX);
    }

    private byte[] crypt(int mode, UUID userId, byte[] nonce, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(128, nonce));
            cipher.updateAAD(userId.toString().getBytes(StandardCharsets.US_ASCII));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A TOTP secret could not be " + (mode == Cipher.ENCRYPT_MODE ? "encrypted"
                    : "decrypted") + ": was suture.auth.totp-key (or <data-dir>/secrets/totp.key) changed?", e);
        }
    }

    private static byte[] decode(String configured) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(configured.trim());
        } catch (IllegalArgumentException e) {
            bytes = new byte[0];
        }
        if (bytes.length != 16 && bytes.length != 24 && bytes.length != 32) {
            throw new IllegalStateException("suture.auth.totp-key must be the base64 of a 16, 24 or 32 byte key "
                    + "(for example the output of 'openssl rand -base64 32')");
        }
        return bytes;
    }

    /**
     * Reads the generated key, or creates it once: written to a temporary file, then hard-linked into place, which
     * fails if the file exists, so two servers starting at once end up with the same key.
     */
    private static byte[] keptKey(String dataDir) {
        Path dir = (dataDir.isBlank() ? Path.of(System.getProperty("user.home"), ".suture") : Path.of(dataDir))
                .resolve("secrets");
        Path file = dir.resolve("totp.key");
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(dir);
                byte[] fresh = new byte[32];
                RANDOM.nextBytes(fresh);
                // a temporary file is owner-only (rw-------) on POSIX file systems
                Path temp = Files.createTempFile(dir, "totp", ".tmp");
                Files.write(temp, Base64.getEncoder().encode(fresh), StandardOpenOption.TRUNCATE_EXISTING);
                try {
                    Files.createLink(file, temp);
                    LOG.info("Generated the TOTP encryption key in {}; set suture.auth.totp-key when several "
                            + "server instances share the database", file);
                } catch (FileAlreadyExistsException raced) {
                    // another server created it first: use theirs
                } finally {
                    Files.delete(temp);
                }
            }
            return decode(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the TOTP key " + file
                    + "; set suture.auth.totp-key or make the data directory writable", e);
        }
    }
}
