package dev.suture.core.internal.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Puts the artifacts of a batch's events into the platform's storage before the batch is sent, so each
 * {@code test.finished} event names its artifacts by storage id. Content is identified by SHA-256: the platform is
 * asked first whether it already has it ({@code HEAD /api/storage/by-hash}), and within a reporter each content is
 * uploaded once. Uploads run in parallel on a bounded pool.
 */
final class ArtifactUploader {
  /** A stored content: its storage id, or null when the platform refused it for good. */
  private final Map<String, String> stored = new ConcurrentHashMap<>();
  private final PlatformClient client;
  private final Retrier retrier;
  private final OnceLog onceLog;
  private final ExecutorService pool;

  ArtifactUploader(PlatformClient client, Retrier retrier, OnceLog onceLog, int threads) {
    this.client = client;
    this.retrier = retrier;
    this.onceLog = onceLog;
    this.pool = Executors.newFixedThreadPool(threads, runnable -> {
      Thread thread = new Thread(runnable, "suture-artifact-upload");
      thread.setDaemon(true);
      return thread;
    });
  }

  /**
   * Replaces each artifact's local file by its storage id and hash; an artifact whose file is gone or that the
   * platform refuses is left out (and logged). Returns false when stopped before every upload was settled, in which
   * case the batch must not be sent.
   */
  boolean prepare(List<ObjectNode> events, Path runDir) {
    Map<String, Path> files = new LinkedHashMap<>();
    List<ObjectNode> pending = new ArrayList<>();
    for (ObjectNode event : events) {
      for (ObjectNode node : fileNodes(event)) {
        Path file = runDir.resolve(node.get("localFile").asText());
        String sha = sha256(file);
        if (sha == null) {
          onceLog.warn("missing:" + file, "Suture: the file {} is gone; its test is reported without it", file);
          node.remove("localFile");
          continue;
        }
        node.put("sha256", sha);
        files.putIfAbsent(sha, file);
        pending.add(node);
      }
    }
    List<CompletableFuture<Boolean>> uploads = new ArrayList<>();
    files.forEach((sha, file) -> {
      if (!stored.containsKey(sha)) {
        uploads.add(CompletableFuture.supplyAsync(() -> store(sha, file), pool));
      }
    });
    boolean settled = uploads.stream().allMatch(CompletableFuture::join);
    if (!settled) {
      return false;
    }
    for (ObjectNode node : pending) {
      String id = stored.get(node.get("sha256").asText());
      node.remove("localFile");
      // An artifact names its content by storageId; a healing event its marked screenshot by artifactStorageId.
      if (id != null && !id.isEmpty()) {
        node.put(node.has("kind") ? "storageId" : "artifactStorageId", id);
      }
    }
    events.forEach(ArtifactUploader::dropUnstored);
    return true;
  }

  /** The artifact and healing nodes of an event that still point at a local file. */
  private static List<ObjectNode> fileNodes(ObjectNode event) {
    List<ObjectNode> nodes = new ArrayList<>();
    for (String list : new String[] {"artifacts", "healings"}) {
      for (JsonNode node : event.path("test").path(list)) {
        if (node instanceof ObjectNode object && object.hasNonNull("localFile")) {
          nodes.add(object);
        }
      }
    }
    return nodes;
  }

  void close() {
    pool.shutdownNow();
  }

  /** Settles one content: found or uploaded (its id is recorded), or refused for good (null). False if stopped. */
  private boolean store(String sha, Path file) {
    HttpAnswer found = retrier.call("artifact lookup", () -> client.findByHash(sha), this::retrying);
    if (found.code() == 200 && found.storageId() != null) {
      stored.put(sha, found.storageId());
      return true;
    }
    if (found.retryable()) {
      return false;
    }
    if (found.code() != 404) {
      return refused(sha, file, found);
    }
    HttpAnswer uploaded = retrier.call("artifact upload",
        () -> client.upload(file, nameOf(file), sha), this::retrying);
    if (uploaded.ok()) {
      try {
        String id = Json.MAPPER.readTree(uploaded.body()).path("id").asText(null);
        if (id != null) {
          stored.put(sha, id);
          return true;
        }
      } catch (IOException e) {
        // falls through: an answer without an id is a refusal
      }
    }
    return !uploaded.retryable() && refused(sha, file, uploaded);
  }

  private boolean refused(String sha, Path file, HttpAnswer answer) {
    onceLog.warn("refused:" + answer.code(), "Suture: the platform refused the artifact {} ({}); its test is "
        + "reported without it", file.getFileName(), answer.message());
    stored.putIfAbsent(sha, "");
    return true;
  }

  private void retrying(String what, HttpAnswer answer, int attempt, java.time.Duration delay) {
    OnceLog.log().debug("Suture: {} failed ({}), attempt {}, retrying in {} ms", what, answer.message(), attempt,
        delay.toMillis());
  }

  /** The artifact's file name without the event-id prefix the outbox gives it. */
  private static String nameOf(Path file) {
    String name = file.getFileName().toString();
    int dash = name.indexOf("__");
    return dash >= 0 ? name.substring(dash + 2) : name;
  }

  /** Artifacts whose content could not be stored are left out: the contract requires a storage id. */
  private static void dropUnstored(ObjectNode event) {
    JsonNode artifacts = event.path("test").path("artifacts");
    if (artifacts instanceof ArrayNode array) {
      for (int i = array.size() - 1; i >= 0; i--) {
        ObjectNode artifact = (ObjectNode) array.get(i);
        artifact.remove("localFile");
        if (!artifact.hasNonNull("storageId")) {
          array.remove(i);
        }
      }
    }
  }

  static String sha256(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[64 * 1024];
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      return null;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JVM has SHA-256", e);
    }
  }
}
