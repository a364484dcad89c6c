package dev.suture.platform.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suture.platform.fixtures.Client;
import dev.suture.platform.fixtures.PlatformIT;
import io.micronaut.context.annotation.Value;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class StorageIT extends PlatformIT {

    static final byte[] PNG = pngBytes();

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Value("${suture.storage.directory}")
    String blobDir;

    Client client;
    Client.Tenant tenant;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("suture.storage.max-file-size", "100000");
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
        byte[] png = variant(PNG, 1);
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
        try (Stream<Path> files = Files.walk(Path.of(blobDir))) {
            assertThat(files.filter(p -> p.getFileName().toString().equals(sha)).count()).isEqualTo(1);
        }
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
        try (Stream<Path> files = Files.walk(Path.of(blobDir))) {
            assertThat(files.filter(p -> p.getFileName().toString().equals("passwd"))).isEmpty();
        }
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
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<byte[]> ok = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).isEqualTo(png);
        String tampered = url.replaceFirst("expires=(\\d+)", "expires=9$1");
        assertThat(http.send(HttpRequest.newBuilder(URI.create(tampered)).build(),
                HttpResponse.BodyHandlers.ofByteArray()).statusCode()).isEqualTo(403);
        String expired = url.replaceFirst("expires=\\d+", "expires=1000");
        assertThat(http.send(HttpRequest.newBuilder(URI.create(expired)).build(),
                HttpResponse.BodyHandlers.ofByteArray()).statusCode()).isEqualTo(403);
        assertThat(client.post("/api/storage/" + file.str("id") + "/presign",
                Map.of("expiresInSeconds", 999_999_999), tenant.token()).status()).isEqualTo(400);
    }

    @Test
    void deletingTheLastReferenceRemovesTheBlob() throws IOException {
        byte[] png = variant(PNG, 5);
        Client.Res file = upload(png, "d.png", null, tenant.apiKey(), "");
        Client.Res deleted = client.delete("/api/storage/" + file.str("id"), tenant.token());
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(client.get("/api/storage/" + file.str("id"), tenant.token()).status()).isEqualTo(404);
        try (Stream<Path> files = Files.walk(Path.of(blobDir))) {
            assertThat(files.filter(p -> p.getFileName().toString().equals(file.str("sha256")))).isEmpty();
        }
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
