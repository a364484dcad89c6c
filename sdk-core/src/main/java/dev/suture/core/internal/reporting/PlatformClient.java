package dev.suture.core.internal.reporting;

import okhttp3.Call;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;

/**
 * The platform's HTTP API as the ingest contract defines it, one attempt per call: retrying is the caller's choice.
 * One {@link OkHttpClient} per reporter, so connections are reused across batches and uploads.
 */
final class PlatformClient {
  private static final MediaType JSON = MediaType.get("application/json");
  private static final MediaType OCTETS = MediaType.get("application/octet-stream");
  /** Small bodies are not worth the CPU; batches of test results shrink about tenfold. */
  private static final int GZIP_FROM_BYTES = 1024;

  private final String baseUrl;
  private final String authorization;
  private final OkHttpClient http;

  PlatformClient(String baseUrl, String apiKey, Duration timeout, int maxParallel) {
    this.baseUrl = baseUrl;
    this.authorization = "Bearer " + apiKey;
    this.http = new OkHttpClient.Builder()
        // One idle connection per upload thread and one for batches, kept for the run.
        .connectionPool(new okhttp3.ConnectionPool(maxParallel + 1, 5, TimeUnit.MINUTES))
        .connectTimeout(Math.min(timeout.toMillis(), 3_000), TimeUnit.MILLISECONDS)
        .readTimeout(timeout)
        .writeTimeout(timeout)
        .callTimeout(timeout)
        // Retries, with backoff and the same idempotency key, are ours; OkHttp's silent one would hide them.
        .retryOnConnectionFailure(false)
        .build();
  }

  HttpAnswer postBatch(String batchId, byte[] json) {
    Request.Builder request = new Request.Builder().url(batchesUrl())
        .header("Authorization", authorization)
        .header("Idempotency-Key", batchId);
    if (json.length >= GZIP_FROM_BYTES) {
      request.header("Content-Encoding", "gzip").post(RequestBody.create(gzip(json), JSON));
    } else {
      request.post(RequestBody.create(json, JSON));
    }
    return execute(request.build());
  }

  String batchesUrl() {
    return baseUrl + "/api/ingest/batches";
  }

  HttpAnswer findByHash(String sha256) {
    return execute(new Request.Builder().url(baseUrl + "/api/storage/by-hash/" + sha256)
        .header("Authorization", authorization).head().build());
  }

  HttpAnswer upload(Path file, String name, String sha256) {
    RequestBody body = new MultipartBody.Builder().setType(MultipartBody.FORM)
        .addFormDataPart("sha256", sha256)
        .addFormDataPart("file", name, RequestBody.create(file.toFile(), OCTETS))
        .build();
    return execute(new Request.Builder().url(baseUrl + "/api/storage")
        .header("Authorization", authorization).post(body).build());
  }

  HttpAnswer healingState() {
    return execute(new Request.Builder().url(baseUrl + "/api/ingest/healing-state")
        .header("Authorization", authorization).get().build());
  }

  /** Cancels every call in flight, so a stopping reporter does not wait for a slow server. */
  void cancelAll() {
    http.dispatcher().cancelAll();
  }

  void close() {
    cancelAll();
    http.connectionPool().evictAll();
  }

  private HttpAnswer execute(Request request) {
    Call call = http.newCall(request);
    try (Response response = call.execute()) {
      ResponseBody body = response.body();
      return new HttpAnswer(response.code(), body == null ? "" : body.string(), response.header("X-Storage-Id"),
          RetryAfter.parse(response.header("Retry-After")));
    } catch (IOException | RuntimeException e) {
      return HttpAnswer.failed(e);
    }
  }

  private static byte[] gzip(byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 4 + 64);
    try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
      zip.write(data);
    } catch (IOException e) {
      throw new IllegalStateException("gzip into memory cannot fail", e);
    }
    return out.toByteArray();
  }
}
