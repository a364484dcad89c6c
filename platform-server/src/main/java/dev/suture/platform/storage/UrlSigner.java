package dev.suture.platform.storage;

import dev.suture.platform.common.SecretTokens;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 signatures for pre-signed download URLs of the filesystem backend: the signature covers the file
 * id and the expiry, so a URL can neither be pointed at another file nor extended. The key is
 * {@code suture.storage.signing-key}, or a random one kept in {@code server_secrets} (shared by every instance).
 */
@Singleton
class UrlSigner {

    private static final String SECRET_NAME = "storage-url-signing-key";

    private final StorageConfig config;
    private final JdbcOperations jdbc;
    private volatile byte[] key;

    UrlSigner(StorageConfig config, JdbcOperations jdbc) {
        this.config = config;
        this.jdbc = jdbc;
    }

    String sign(UUID fileId, Instant expires) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            byte[] sig = mac.doFinal((fileId + ":" + expires.getEpochSecond()).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sig);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }

    /** Constant-time check of signature and expiry. */
    boolean verify(UUID fileId, long expiresEpochSecond, String signature, Instant now) {
        if (signature == null || now.getEpochSecond() > expiresEpochSecond) {
            return false;
        }
        String expected = sign(fileId, Instant.ofEpochSecond(expiresEpochSecond));
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    private byte[] key() {
        byte[] k = key;
        if (k == null) {
            k = loadKey();
            key = k;
        }
        return k;
    }

    /** Runs inside the calling service's (writable) transaction. */
    private byte[] loadKey() {
        String configured = config.signingKey();
        if (configured != null && !configured.isBlank()) {
            if (configured.length() < 32) {
                throw new IllegalStateException("suture.storage.signing-key must be at least 32 characters");
            }
            return configured.getBytes(StandardCharsets.UTF_8);
        }
        jdbc.prepareStatement("INSERT INTO server_secrets (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING",
                ps -> {
                    ps.setString(1, SECRET_NAME);
                    ps.setString(2, SecretTokens.random() + SecretTokens.random());
                    return ps.executeUpdate();
                });
        String value = jdbc.prepareStatement("SELECT value FROM server_secrets WHERE name = ?", ps -> {
            ps.setString(1, SECRET_NAME);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        });
        return value.getBytes(StandardCharsets.UTF_8);
    }

}
