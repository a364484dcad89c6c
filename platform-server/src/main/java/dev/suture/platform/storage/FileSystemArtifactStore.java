package dev.suture.platform.storage;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Optional;

/**
 * Blobs under {@code root/ab/cd/<sha256>} (see {@link BlobKeys}). Writes go to a temporary file in the same
 * directory tree and are moved into place atomically, so a reader never sees half a file and two writers of the
 * same content agree.
 */
final class FileSystemArtifactStore implements ArtifactStore {

    private final Path root;

    FileSystemArtifactStore(Path root) throws IOException {
        this.root = Files.createDirectories(root).toRealPath();
    }

    @Override
    public void put(String sha256, Path source, String contentType) throws IOException {
        Path target = pathOf(sha256);
        if (Files.exists(target)) {
            return;
        }
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
        try {
            Files.copy(source, temp, StandardCopyOption.REPLACE_EXISTING);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException e) {
                // Another upload of the same content won the race: same bytes, nothing to do.
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public boolean exists(String sha256) {
        return Files.exists(pathOf(sha256));
    }

    @Override
    public InputStream open(String sha256) throws IOException {
        return Files.newInputStream(pathOf(sha256));
    }

    @Override
    public void delete(String sha256) throws IOException {
        try {
            Files.delete(pathOf(sha256));
        } catch (NoSuchFileException e) {
            // already gone
        }
    }

    /** Empty: the server serves the file itself behind a URL it signs ({@link UrlSigner}). */
    @Override
    public Optional<URI> presignedUrl(String sha256, Duration ttl, String contentType, String fileName) {
        return Optional.empty();
    }

    @Override
    public String describe() {
        return "filesystem:" + root;
    }

    /** The only way a key becomes a path: {@link BlobKeys} checks it, and the result must stay below the root. */
    Path pathOf(String sha256) {
        Path path = root.resolve(BlobKeys.relativePath(sha256)).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("Blob path escapes the store: " + sha256);
        }
        return path;
    }
}
