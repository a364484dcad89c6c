package dev.suture.platform.storage;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import java.io.IOException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the {@link ArtifactStore} that {@code suture.storage.backend} names. */
@Factory
class StoreFactory {

    private static final Logger LOG = LoggerFactory.getLogger(StoreFactory.class);

    @Context // built at start-up, so a wrong backend, endpoint or bucket stops the server at once
    @Bean(preDestroy = "close")
    ArtifactStore artifactStore(StorageConfig config, S3Config s3, @Value("${suture.data-dir:}") String dataDir)
            throws IOException {
        ArtifactStore store = switch (config.backend()) {
            case "filesystem" -> new FileSystemArtifactStore(root(config, dataDir));
            case "s3" -> S3ArtifactStore.connect(s3);
            default -> throw new IllegalStateException("suture.storage.backend must be 'filesystem' or 's3'; got '"
                    + config.backend() + "'");
        };
        LOG.info("Artifact store: {}", store.describe());
        return store;
    }

    private static Path root(StorageConfig config, String dataDir) {
        if (config.directory() != null && !config.directory().isBlank()) {
            return Path.of(config.directory());
        }
        if (!dataDir.isBlank()) {
            return Path.of(dataDir, "blobs");
        }
        return Path.of(System.getProperty("user.home"), ".suture", "blobs");
    }
}
