package dev.suture.platform.storage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code storage_files}: one project's handle on a blob of the {@link ArtifactStore}. */
@MappedEntity("storage_files")
public record StorageFile(@Id UUID id, UUID projectId, String sha256, long sizeBytes, String contentType,
                          String name, @Nullable UUID createdBy, Instant createdAt) {
}
