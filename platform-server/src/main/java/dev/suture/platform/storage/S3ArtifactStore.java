package dev.suture.platform.storage;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Blobs as objects {@code <prefix>ab/cd/<sha256>} in one bucket of an S3-compatible store (AWS S3, MinIO, s3rver),
 * through the AWS SDK v2. Pre-signed URLs come from S3's own presigner (SigV4, the expiry is part of what is
 * signed), so downloads through them never pass through this server.
 *
 * <p>Two settings matter with stores other than AWS: path-style addressing (a bucket name is not a host name
 * there) and no {@code aws-chunked} uploads with trailing checksums, which the SDK uses by default since 2.30 and
 * which s3rver and older MinIO store verbatim, so the object would come back with the chunk framing in it.
 */
final class S3ArtifactStore implements ArtifactStore {

    private final S3Client s3;
    private final S3Presigner presigner;
    private final String bucket;
    private final String prefix;
    private final String description;

    private S3ArtifactStore(S3Client s3, S3Presigner presigner, String bucket, String prefix, String description) {
        this.s3 = s3;
        this.presigner = presigner;
        this.bucket = bucket;
        this.prefix = prefix;
        this.description = description;
    }

    /** Connects and checks that the bucket answers, so a wrong endpoint, key or bucket fails the start-up. */
    static S3ArtifactStore connect(S3Config config) {
        if (config.bucket() == null || config.bucket().isBlank()) {
            throw new IllegalStateException("suture.storage.s3.bucket is required when suture.storage.backend=s3");
        }
        boolean hasKey = config.accessKey() != null && !config.accessKey().isBlank();
        if (hasKey && (config.secretKey() == null || config.secretKey().isBlank())) {
            throw new IllegalStateException("suture.storage.s3.secret-key is required with suture.storage.s3.access-key");
        }
        AwsCredentialsProvider credentials = hasKey
                ? StaticCredentialsProvider.create(AwsBasicCredentials.create(config.accessKey(), config.secretKey()))
                : DefaultCredentialsProvider.builder().build();
        URI endpoint = endpointOf(config.endpoint());
        // Path style goes in S3Configuration (the presigner has no forcePathStyle; the SDK refuses both at once).
        S3Configuration service = S3Configuration.builder().pathStyleAccessEnabled(config.pathStyle())
                .chunkedEncodingEnabled(false).build();
        S3ClientBuilder client = S3Client.builder().region(Region.of(config.region())).credentialsProvider(credentials)
                .serviceConfiguration(service)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .httpClientBuilder(UrlConnectionHttpClient.builder());
        S3Presigner.Builder presign = S3Presigner.builder().region(Region.of(config.region()))
                .credentialsProvider(credentials).serviceConfiguration(service);
        if (endpoint != null) {
            client.endpointOverride(endpoint);
            presign.endpointOverride(endpoint);
        }
        String prefix = prefixOf(config.prefix());
        String description = "s3:" + (endpoint == null ? "aws/" + config.region() : endpoint) + "/" + config.bucket()
                + "/" + prefix;
        S3ArtifactStore store = new S3ArtifactStore(client.build(), presign.build(), config.bucket(), prefix,
                description);
        store.checkBucket();
        return store;
    }

    private void checkBucket() {
        try {
            s3.headBucket(b -> b.bucket(bucket));
        } catch (SdkException e) {
            close();
            throw new IllegalStateException("The S3 bucket of suture.storage.s3.bucket does not answer at "
                    + description + " (check suture.storage.s3.endpoint, the credentials and that the bucket exists): "
                    + e.getMessage(), e);
        }
    }

    @Override
    public void put(String sha256, Path source, String contentType) throws IOException {
        if (exists(sha256)) {
            return;
        }
        String key = keyOf(sha256);
        long size = Files.size(source);
        try {
            s3.putObject(p -> p.bucket(bucket).key(key).contentType(contentType).contentLength(size),
                    RequestBody.fromFile(source));
        } catch (SdkException e) {
            throw failure("put", key, e);
        }
    }

    @Override
    public boolean exists(String sha256) throws IOException {
        String key = keyOf(sha256);
        try {
            s3.headObject(h -> h.bucket(bucket).key(key));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw failure("head", key, e);
        } catch (SdkException e) {
            throw failure("head", key, e);
        }
    }

    @Override
    public InputStream open(String sha256) throws IOException {
        String key = keyOf(sha256);
        try {
            return s3.getObject(g -> g.bucket(bucket).key(key));
        } catch (NoSuchKeyException e) {
            throw new NoSuchFileException(description + key);
        } catch (SdkException e) {
            throw failure("get", key, e);
        }
    }

    @Override
    public void delete(String sha256) throws IOException {
        String key = keyOf(sha256);
        try {
            s3.deleteObject(d -> d.bucket(bucket).key(key));
        } catch (SdkException e) {
            throw failure("delete", key, e);
        }
    }

    @Override
    public Optional<URI> presignedUrl(String sha256, Duration ttl, String contentType, String fileName) {
        GetObjectRequest get = GetObjectRequest.builder().bucket(bucket).key(keyOf(sha256))
                .responseContentType(contentType)
                .responseContentDisposition("attachment; filename=\"" + fileName + "\"").build();
        return Optional.of(URI.create(presigner.presignGetObject(p -> p.signatureDuration(ttl).getObjectRequest(get))
                .url().toString()));
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public void close() {
        s3.close();
        presigner.close();
    }

    private String keyOf(String sha256) {
        return prefix + BlobKeys.relativePath(sha256);
    }

    private IOException failure(String operation, String key, SdkException e) {
        return new IOException("S3 " + operation + " of " + key + " in " + description + " failed: " + e.getMessage(), e);
    }

    private static URI endpointOf(String endpoint) {
        if (endpoint == null || endpoint.isBlank()) {
            return null;
        }
        URI uri = URI.create(endpoint.trim());
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw new IllegalStateException("suture.storage.s3.endpoint must be a URL like http://minio:9000; got '"
                    + endpoint + "'");
        }
        return uri;
    }

    /** No leading slash, one trailing slash, no {@code ..} segments: the prefix is fixed by the operator. */
    private static String prefixOf(String prefix) {
        if (prefix == null || prefix.isBlank()) {
            return "";
        }
        String p = prefix.trim().replaceAll("^/+", "").replaceAll("/+$", "");
        if (p.isEmpty()) {
            return "";
        }
        if (p.contains("..") || p.contains("//")) {
            throw new IllegalStateException("suture.storage.s3.prefix must be a plain key prefix like 'suture/'; got '"
                    + prefix + "'");
        }
        return p + "/";
    }
}
