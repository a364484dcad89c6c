package dev.suture.platform.storage;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * {@code suture.storage.*}: where uploaded files go and what is accepted.
 *
 * @param backend           {@code filesystem} (default) or {@code s3}
 * @param directory         filesystem root; empty means {@code <suture.data-dir>/blobs}
 * @param maxFileSize       the largest accepted file in bytes (default 50 MiB)
 * @param presignTtl        default lifetime of a pre-signed URL
 * @param presignMaxTtl     the longest lifetime a client may ask for
 * @param signingKey        HMAC key for pre-signed URLs; empty means a random key kept in PostgreSQL
 */
@ConfigurationProperties("suture.storage")
public record StorageConfig(@Bindable(defaultValue = "filesystem") String backend,
                            @Nullable String directory,
                            @Bindable(defaultValue = "52428800") long maxFileSize,
                            @Bindable(defaultValue = "15m") Duration presignTtl,
                            @Bindable(defaultValue = "7d") Duration presignMaxTtl,
                            @Nullable String signingKey) {
}
