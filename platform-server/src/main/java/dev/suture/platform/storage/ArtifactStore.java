package dev.suture.platform.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where stored file contents live. Blobs are addressed by the SHA-256 of their content (lower-case hex), so a
 * key can never name a path outside the store and identical content is kept once. Metadata (names, owners,
 * content types) lives in PostgreSQL ({@code storage_files}); a store only knows bytes.
 */
public interface ArtifactStore {

    /** Stores the file at {@code source} under its hash unless the store already has that blob. */
    void put(String sha256, Path source, String contentType) throws IOException;

    boolean exists(String sha256) throws IOException;

    /** Opens the blob for reading; the caller closes the stream. */
    InputStream open(String sha256) throws IOException;

    void delete(String sha256) throws IOException;

    /** A short name for logs and the start-up line, e.g. {@code filesystem:/var/suture/blobs}. */
    String describe();
}
