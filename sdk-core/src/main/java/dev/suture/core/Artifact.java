package dev.suture.core;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A file a test left behind.
 *
 * @param kind        what the file holds
 * @param path        the file's path relative to the run's output directory, with {@code /} separators
 * @param sizeBytes   the file's size
 * @param contentType its media type, for example {@code image/png}
 */
@JsonPropertyOrder({"kind", "path", "sizeBytes", "contentType"})
public record Artifact(ArtifactKind kind, String path, long sizeBytes, String contentType) {
}
