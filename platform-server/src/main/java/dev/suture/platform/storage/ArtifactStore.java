package dev.suture.platform.storage;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Where stored file contents live: the local filesystem ({@code suture.storage.backend=filesystem}, the default)
 * or an S3-compatible object store ({@code s3}). Blobs are addressed by the SHA-256 of their content (lower-case
 * hex, laid out by {@link BlobKeys}), so a key can never name a location outside the store and identical content
 * is kept once. Metadata (names, owners, content types) lives in PostgreSQL ({@code storage_files}); a store only
 * knows bytes. Every failure of the backend surfaces as an {@link IOException}.
 */
public interface ArtifactStore extends Closeable {

    /** Stores the file at {@code source} under its hash unless the store already has that blob. */
    void put(String sha256, Path source, String contentType) throws IOException;

    boolean exists(String sha256) throws IOException;

    /** Opens the blob for reading; the caller closes the stream. */
    InputStream open(String sha256) throws IOException;

    /** Removes the blob; removing one that is not there is not an error. */
    void delete(String sha256) throws IOException;

    /**
     * A URL that the store itself serves without credentials until {@code ttl} has passed, answering the content
     * with the given type and as an attachment named {@code fileName}; empty when the store has no such URLs and
     * the server must serve the file behind its own signed URL.
     */
    Optional<URI> presignedUrl(String sha256, Duration ttl, String contentType, String fileName);

    /** A short name for logs and the start-up line, e.g. {@code filesystem:/var/suture/blobs}. */
    String describe();

    /** Releases the backend's connections; the filesystem store holds none. */
    @Override
    default void close() throws IOException {
    }
}
