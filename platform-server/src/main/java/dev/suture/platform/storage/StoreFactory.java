package dev.suture.platform.storage;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the configured {@link ArtifactStore}. */
@Factory
class StoreFactory {

    private static final Logger LOG = LoggerFactory.getLogger(StoreFactory.class);

    @Singleton
    ArtifactStore artifactStore(StorageConfig config, @Value("${suture.data-dir:}") String dataDir) throws IOException {
        if (!"filesystem".equals(config.backend())) {
            throw new IllegalStateException("suture.storage.backend must be 'filesystem'; got '" + config.backend()
                    + "' (the S3 backend is not built yet)");
        }
        Path root;
        if (config.directory() != null && !config.directory().isBlank()) {
            root = Path.of(config.directory());
        } else if (!dataDir.isBlank()) {
            root = Path.of(dataDir, "blobs");
        } else {
            root = Path.of(System.getProperty("user.home"), ".suture", "blobs");
        }
        ArtifactStore store = new FileSystemArtifactStore(root);
        LOG.info("Artifact store: {}", store.describe());
        return store;
    }
}
