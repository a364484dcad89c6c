package dev.suture.platform.storage;

import dev.suture.platform.support.S3rver;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * {@link StorageContract} on the S3 backend against a real local S3 server ({@link S3rver}, the npm package
 * s3rver started by the test); the test reads the bucket back with its own S3 client.
 */
@MicronautTest(transactional = false)
class S3StorageIT extends StorageContract {

    private static final String PREFIX = "blobs/";

    private final S3Client bucket = S3Client.builder().endpointOverride(URI.create(S3rver.get().endpoint()))
            .region(Region.US_EAST_1).forcePathStyle(true).httpClientBuilder(UrlConnectionHttpClient.builder())
            .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(S3rver.ACCESS_KEY,
                    S3rver.SECRET_KEY))).build();

    @AfterAll
    void closeClient() {
        bucket.close();
    }

    @Override
    protected Map<String, String> backendProperties() {
        return S3rver.get().serverProperties();
    }

    @Override
    protected List<String> storedBlobKeys() {
        return bucket.listObjectsV2Paginator(l -> l.bucket(S3rver.BUCKET).prefix(PREFIX)).contents().stream()
                .map(S3Object::key).map(k -> k.substring(PREFIX.length())).toList();
    }

    @Override
    protected String presignedUrlBase() {
        return S3rver.get().endpoint() + "/" + S3rver.BUCKET + "/" + PREFIX;
    }

    /**
     * s3rver 3.7.1 checks a SigV4 URL's expiry but not its signature ({@code lib/middleware/authentication.js}:
     * "Signature version 4 calculation is unimplemented"); AWS S3 and MinIO do both. So only expiry is tested here.
     */
    @Override
    protected boolean backendChecksSignatures() {
        return false;
    }
}
