package dev.suture.platform.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suture.platform.fixtures.Client;
import dev.suture.platform.fixtures.PlatformIT;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ArtifactStore} backend must guarantee, checked over HTTP against a running server: identical
 * content stored once, sniffed content types, size limits, names that are only labels, project isolation,
 * pre-signed URLs that expire and resist tampering, and blobs removed with their last reference. Each backend's
 * {@code *StorageIT} runs these tests with its own server configuration and its own view of the stored blobs.
 */
abstract class StorageContract extends PlatformIT {

    static final byte[] PNG = pngBytes();

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    Client client;
    Client.Tenant tenant;

    /** The server properties that select and configure the backend under test. */
    protected abstract Map<String, String> backendProperties();

    /** The keys (relative paths) of every blob the backend holds. */
    protected abstract List<String> storedBlobKeys() throws IOException;

    /** How every pre-signed URL of this backend starts. */
    protected abstract String presignedUrlBase();

    /** Whether whoever serves the pre-signed URLs in this test verifies their signatures (not only the expiry). */
    protected abstract boolean backendChecksSignatures();

    @Override
    protected final Map<String, String> extraProperties() {
        Map<String, String> props = new HashMap<>(backendProperties());
        props.put("suture.storage.max-file-size", "100000");
        props.put("suture.storage.max-bulk-size", "150000");
        props.put("suture.storage.max-bulk-files", "5");
        return props;
    }

    private long blobCount(String sha) throws IOException {
        return storedBlobKeys().stream().filter(k -> k.endsWith("/" + sha.substring(2, 4) + "/" + sha)).count();
    }

    @BeforeAll
    void setUp() {
        client = new Client(server.getURL().toString(), json);
        tenant = client.tenant("storage");
    }

    Client.Res upload(byte[] content, String name, String sha, String auth, String query) {
        String boundary = "----suture" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        if (sha != null) {
            body.writeBytes(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"sha256\"\r\n\r\n" + sha)
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return client.send("POST", "/api/storage" + query, body.toByteArray(),
                "multipart/form-data; boundary=" + boundary, auth, Map.of());
    }

    @Test
    void storesIdenticalContentOnceAndAnswersByHash() throws IOException {
        byte[] png = java.util.Arrays.copyOf(PNG, 90_000); // several network buffers: the S3 upload must be intact
        for (int i = PNG.length; i < png.length; i++) {
            png[i] = (byte) (i * 31);
        }
        String sha = sha256(png);
        Client.Res first = upload(png, "shot.png", sha, tenant.apiKey(), "");
        assertThat(first.status()).as(first.text()).isEqualTo(201);
        assertThat(first.map()).containsEntry("sha256", sha).containsEntry("size", png.length)
                .containsEntry("contentType", "image/png");
        Client.Res second = upload(png, "again.png", null, tenant.apiKey(), "");
        assertThat(second.str("id")).isEqualTo(first.str("id"));
        Client.Res asUser = upload(png, "user.png", null, tenant.token(), "?projectId=" + tenant.projectId());
        assertThat(asUser.str("id")).isEqualTo(first.str("id"));

        Client.Res head = client.send("HEAD", "/api/storage/by-hash/" + sha, null, null, tenant.apiKey(), Map.of());
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.raw().headers().firstValue("X-Storage-Id")).hasValue(first.str("id"));
        Client.Res missing = client.send("HEAD", "/api/storage/by-hash/" + "0".repeat(64), null, null,
                tenant.apiKey(), Map.of());
        assertThat(missing.status()).isEqualTo(404);

        Client.Res content = client.get("/api/storage/" + first.str("id") + "/content", tenant.token());
        assertThat(content.status()).isEqualTo(200);
        assertThat(content.body()).isEqualTo(png);
        assertThat(blobCount(sha)).isEqualTo(1);
    }

    @Test
    void refusesWrongHashesUnknownTypesAndOversizedFiles() {
        Client.Res wrongHash = upload(variant(PNG, 2), "a.png", "ab".repeat(32), tenant.apiKey(), "");
        assertThat(wrongHash.status()).isEqualTo(400);
        assertThat(wrongHash.text()).contains("sha256").contains("does not match");

        byte[] elf = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        Client.Res binary = upload(elf, "tool", null, tenant.apiKey(), "");
        assertThat(binary.status()).isEqualTo(415);
        assertThat(binary.text()).contains("not an accepted type");

        byte[] big = new byte[150_000];
        System.arraycopy(PNG, 0, big, 0, PNG.length);
        Client.Res tooBig = upload(big, "big.png", null, tenant.apiKey(), "");
        assertThat(tooBig.status()).isEqualTo(413);
        assertThat(tooBig.text()).contains("suture.storage.max-file-size");
    }

    @Test
    void aNameIsALabelNeverAPath() throws IOException {
        Client.Res r = upload("hello from a log\n".getBytes(StandardCharsets.UTF_8), "../../../../etc/passwd", null,
                tenant.apiKey(), "");
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        assertThat(r.str("name")).isEqualTo("passwd");
        assertThat(r.str("contentType")).startsWith("text/plain");
        assertThat(storedBlobKeys()).noneMatch(k -> k.contains("passwd") || k.contains(".."))
                .contains(r.str("sha256").substring(0, 2) + "/" + r.str("sha256").substring(2, 4) + "/"
                        + r.str("sha256"));
    }

    @Test
    void otherProjectsCannotSeeAFile() {
        Client.Res file = upload(variant(PNG, 3), "x.png", null, tenant.apiKey(), "");
        Client.Tenant stranger = client.tenant("stranger");
        assertThat(client.get("/api/storage/" + file.str("id"), stranger.token()).status()).isEqualTo(404);
        assertThat(client.get("/api/storage/" + file.str("id") + "/content", stranger.apiKey()).status())
                .isEqualTo(404);
        assertThat(client.send("HEAD", "/api/storage/by-hash/" + file.str("sha256"), null, null, stranger.apiKey(),
                Map.of()).status()).isEqualTo(404);
        assertThat(client.delete("/api/storage/" + file.str("id"), stranger.token()).status()).isEqualTo(404);
    }

    @Test
    void preSignedUrlsWorkWithoutCredentialsUntilTheyExpireOrAreTampered() throws Exception {
        byte[] png = variant(PNG, 4);
        Client.Res file = upload(png, "s.png", null, tenant.apiKey(), "");
        Client.Res signed = client.post("/api/storage/" + file.str("id") + "/presign", Map.of("expiresInSeconds", 60),
                tenant.token());
        assertThat(signed.status()).as(signed.text()).isEqualTo(200);
        String url = signed.str("url");
        assertThat(url).startsWith(presignedUrlBase());
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<byte[]> ok = fetch(http, url);
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).isEqualTo(png);
        assertThat(ok.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(ok.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v)
                .contains("attachment").contains("s.png"));
        if (backendChecksSignatures()) {
            // A longer lifetime written into the URL (expires= here, X-Amz-Expires= on S3) breaks the signature.
            String extended = url.replaceFirst("([eE]xpires=)(\\d+)", "$19$2");
            assertThat(extended).isNotEqualTo(url);
            assertThat(fetch(http, extended).statusCode()).isEqualTo(403);
        }

        Client.Res shortLived = client.post("/api/storage/" + file.str("id") + "/presign",
                Map.of("expiresInSeconds", 1), tenant.token());
        assertThat(fetch(http, shortLived.str("url")).statusCode()).isEqualTo(200);
        Thread.sleep(2_100); // both backends sign whole seconds
        assertThat(fetch(http, shortLived.str("url")).statusCode()).isEqualTo(403);

        assertThat(client.post("/api/storage/" + file.str("id") + "/presign",
                Map.of("expiresInSeconds", 999_999_999), tenant.token()).status()).isEqualTo(400);
    }

    private static HttpResponse<byte[]> fetch(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void deletingTheLastReferenceRemovesTheBlob() throws IOException {
        byte[] png = variant(PNG, 5);
        Client.Res file = upload(png, "d.png", null, tenant.apiKey(), "");
        Client.Res deleted = client.delete("/api/storage/" + file.str("id"), tenant.token());
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(client.get("/api/storage/" + file.str("id"), tenant.token()).status()).isEqualTo(404);
        assertThat(blobCount(file.str("sha256"))).isZero();
    }

    /** One multipart body with a file part per entry (name → content), all under the field name {@code files}. */
    Client.Res bulkUpload(Map<String, byte[]> files, String auth, String query) {
        String boundary = "----suture" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        files.forEach((name, content) -> {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                    + name + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        });
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return client.send("POST", "/api/storage/bulk" + query, body.toByteArray(),
                "multipart/form-data; boundary=" + boundary, auth, Map.of());
    }

    @Test
    void bulkUploadStoresEachFileWithTheSameChecksAndAnswersPerFile() throws IOException {
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        files.put("one.png", variant(PNG, 11));
        files.put("tool.bin", new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0});
        files.put("../../notes.txt", "bulk notes\n".getBytes(StandardCharsets.UTF_8));
        files.put("same-as-one.png", variant(PNG, 11));
        Client.Res r = bulkUpload(files, tenant.token(), "?projectId=" + tenant.projectId());
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        assertThat(r.map()).containsEntry("stored", 3).containsEntry("failed", 1);
        List<Map<String, Object>> results = r.list("results").stream().map(StorageContract::asMap).toList();
        assertThat(results).extracting(m -> m.get("index")).containsExactly(0, 1, 2, 3);
        assertThat(results).extracting(m -> m.get("status")).containsExactly(201, 415, 201, 201);
        assertThat(results).extracting(m -> m.get("name"))
                .containsExactly("one.png", "tool.bin", "notes.txt", "same-as-one.png");
        Map<?, ?> first = (Map<?, ?>) results.get(0).get("file");
        assertThat(((Map<?, ?>) results.get(3).get("file")).get("id")).isEqualTo(first.get("id"));
        assertThat(((Map<?, ?>) results.get(1).get("error")).get("detail").toString()).contains("not an accepted type");
        assertThat(blobCount(first.get("sha256").toString())).isEqualTo(1);
        assertThat(client.get("/api/storage/" + ((Map<?, ?>) results.get(2).get("file")).get("id") + "/content",
                tenant.apiKey()).body()).isEqualTo("bulk notes\n".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void bulkUploadOverItsLimitsStoresNothing() throws IOException {
        Map<String, byte[]> tooMany = new java.util.LinkedHashMap<>();
        for (int i = 0; i < 6; i++) {
            tooMany.put("n" + i + ".png", variant(PNG, 20 + i));
        }
        Client.Res many = bulkUpload(tooMany, tenant.apiKey(), "");
        assertThat(many.status()).as(many.text()).isEqualTo(413);
        assertThat(many.text()).contains("suture.storage.max-bulk-files");

        Map<String, byte[]> tooBig = new java.util.LinkedHashMap<>();
        tooBig.put("a.png", java.util.Arrays.copyOf(variant(PNG, 30), 80_000));
        tooBig.put("b.png", java.util.Arrays.copyOf(variant(PNG, 31), 80_000));
        Client.Res big = bulkUpload(tooBig, tenant.apiKey(), "");
        assertThat(big.status()).as(big.text()).isEqualTo(413);
        assertThat(big.text()).contains("suture.storage.max-bulk-size");

        String firstSha = sha256(variant(PNG, 20));
        assertThat(client.send("HEAD", "/api/storage/by-hash/" + firstSha, null, null, tenant.apiKey(), Map.of())
                .status()).isEqualTo(404);
        assertThat(blobCount(firstSha)).isZero();
        assertThat(bulkUpload(Map.of(), tenant.apiKey(), "").status()).isEqualTo(400);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object jsonObject) {
        return (Map<String, Object>) jsonObject;
    }

    /** A PNG signature plus a distinguishing byte: the sniffer only looks at the signature. */
    static byte[] variant(byte[] base, int n) {
        byte[] copy = java.util.Arrays.copyOf(base, base.length + 1);
        copy[base.length] = (byte) n;
        return copy;
    }

    static byte[] pngBytes() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
