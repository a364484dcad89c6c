package dev.suture.platform.storage;

import java.util.regex.Pattern;

/**
 * The one place where a blob's SHA-256 becomes a location: {@code ab/cd/<sha256>} below the store's root (a
 * directory or an S3 key prefix). Only 64 lower-case hex digits are accepted, so no client-supplied text can name
 * anything outside the store, whichever backend holds it.
 */
final class BlobKeys {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private BlobKeys() {
    }

    /** The blob's path relative to the store's root, with {@code /} separators. */
    static String relativePath(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("A blob key must be 64 lower-case hex digits (a SHA-256), got: "
                    + sha256);
        }
        return sha256.substring(0, 2) + "/" + sha256.substring(2, 4) + "/" + sha256;
    }
}
