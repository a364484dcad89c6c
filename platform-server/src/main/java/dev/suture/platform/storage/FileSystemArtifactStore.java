package dev.suture.platform.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;

/**
 * Blobs under {@code root/ab/cd/<sha256>}. Writes go to a temporary file in the same directory tree and are
 * moved into place atomically, so a reader never sees half a file and two writers of the same content agree.
 */
final class FileSystemArtifactStore implements ArtifactStore {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

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

    @Override
    public String describe() {
        return "filesystem:" + root;
    }

    /** The only way a key becomes a path: 64 hex digits, checked, so no name can reach outside the root. */
    Path pathOf(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("A blob key must be 64 lower-case hex digits (a SHA-256), got: "
                    + sha256);
        }
        Path path = root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("Blob path escapes the store: " + sha256);
        }
        return path;
    }
}
