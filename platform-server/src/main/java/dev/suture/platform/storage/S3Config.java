package dev.suture.platform.storage;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * {@code suture.storage.s3.*}: the S3-compatible object store used when {@code suture.storage.backend=s3}.
 *
 * @param bucket    the bucket that holds the blobs; it must exist (required)
 * @param endpoint  the store's URL for MinIO, Ceph, s3rver and the like, e.g. {@code http://minio:9000}; empty
 *                  means AWS S3 itself in {@code region}
 * @param region    the signing region (default {@code us-east-1}, which MinIO accepts)
 * @param accessKey access key id; empty means the AWS default chain (environment, profile, instance role)
 * @param secretKey secret access key, with {@code accessKey}
 * @param prefix    a key prefix inside the bucket, e.g. {@code suture/} (default none)
 * @param pathStyle {@code http://host/bucket/key} addressing instead of {@code http://bucket.host/key} (default
 *                  true: what MinIO and most self-hosted stores need; AWS accepts both)
 */
@ConfigurationProperties("suture.storage.s3")
public record S3Config(@Nullable String bucket,
                       @Nullable String endpoint,
                       @Bindable(defaultValue = "us-east-1") String region,
                       @Nullable String accessKey,
                       @Nullable String secretKey,
                       @Nullable String prefix,
                       @Bindable(defaultValue = "true") boolean pathStyle) {
}
