package dev.suture.platform.storage;

import io.micronaut.context.annotation.Value;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** {@link StorageContract} on the default backend: blobs in a directory (a fresh temporary one per test JVM). */
@MicronautTest(transactional = false)
class FileSystemStorageIT extends StorageContract {

    @Value("${suture.storage.directory}")
    String blobDir;

    @Override
    protected Map<String, String> backendProperties() {
        return Map.of("suture.storage.backend", "filesystem");
    }

    @Override
    protected List<String> storedBlobKeys() throws IOException {
        Path root = Path.of(blobDir);
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .toList();
        }
    }

    @Override
    protected String presignedUrlBase() {
        return server.getURL() + "/api/storage/signed/";
    }

    /** This server checks the HMAC itself. */
    @Override
    protected boolean backendChecksSignatures() {
        return true;
    }
}
