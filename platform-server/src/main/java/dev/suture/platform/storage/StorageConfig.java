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
 * @param maxBulkSize       the largest total of the files of one bulk upload in bytes (default 50 MiB; keep it
 *                          below {@code suture.max-upload-size}, Netty's limit for any body)
 * @param maxBulkFiles      the most files one bulk upload may carry (default 100)
 * @param presignTtl        default lifetime of a pre-signed URL
 * @param presignMaxTtl     the longest lifetime a client may ask for
 * @param signingKey        HMAC key for pre-signed URLs; empty means a random key kept in PostgreSQL
 */
@ConfigurationProperties("suture.storage")
public record StorageConfig(@Bindable(defaultValue = "filesystem") String backend,
                            @Nullable String directory,
                            @Bindable(defaultValue = "52428800") long maxFileSize,
                            @Bindable(defaultValue = "52428800") long maxBulkSize,
                            @Bindable(defaultValue = "100") int maxBulkFiles,
                            @Bindable(defaultValue = "15m") Duration presignTtl,
                            @Bindable(defaultValue = "7d") Duration presignMaxTtl,
                            @Nullable String signingKey) {
}
