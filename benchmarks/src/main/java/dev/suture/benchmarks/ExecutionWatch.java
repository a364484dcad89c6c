package dev.suture.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * A project's live progress over the platform's WebSocket ({@code /ws/progress/projects/{id}}), as a dashboard
 * watches it: tells the moment an execution finishes without polling the server, whose answers to a poll every
 * few milliseconds would cost the very CPU the execution benchmark measures.
 */
final class ExecutionWatch implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, CompletableFuture<Void>> finished = new ConcurrentHashMap<>();
  private final CompletableFuture<String> subscribed = new CompletableFuture<>();
  private final WebSocket socket;
  private volatile Throwable broken;

  private ExecutionWatch(URI uri, String bearer) {
    socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
        .header("Authorization", "Bearer " + bearer)
        .buildAsync(uri, new WebSocket.Listener() {
          private final StringBuilder partial = new StringBuilder();

          @Override
          public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
              event(partial.toString());
              partial.setLength(0);
            }
            ws.request(1);
            return null;
          }

          @Override
          public CompletionStage<?> onClose(WebSocket ws, int code, String reason) {
            failAll(new IllegalStateException("The platform closed the progress stream: " + code + " " + reason));
            return null;
          }

          @Override
          public void onError(WebSocket ws, Throwable error) {
            failAll(error);
          }
        }).join();
  }

  /** Subscribes to the project's progress; answers once the server confirmed the subscription. */
  static ExecutionWatch open(String serverBase, String projectId, String bearer) throws Exception {
    ExecutionWatch watch = new ExecutionWatch(URI.create(serverBase.replaceFirst("^http", "ws")
        + "/ws/progress/projects/" + projectId), bearer);
    watch.subscribed.get(10, TimeUnit.SECONDS);
    return watch;
  }

  /** Waits for the execution's {@code execution-finished} event. */
  void awaitFinished(String executionId, Duration timeout) throws Exception {
    finishedFuture(executionId).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  private CompletableFuture<Void> finishedFuture(String executionId) {
    CompletableFuture<Void> future = finished.computeIfAbsent(executionId, id -> new CompletableFuture<>());
    if (broken != null) {
      future.completeExceptionally(broken);
    }
    return future;
  }

  private void event(String text) {
    try {
      JsonNode event = JSON.readTree(text);
      String type = event.path("type").asText();
      if (type.equals("subscribed")) {
        subscribed.complete(text);
      } else if (type.equals("execution-finished")) {
        finishedFuture(event.path("executionId").asText()).complete(null);
      }
    } catch (Exception e) {
      failAll(e);
    }
  }

  private void failAll(Throwable error) {
    broken = error;
    subscribed.completeExceptionally(error);
    finished.values().forEach(f -> f.completeExceptionally(error));
  }

  @Override
  public void close() {
    socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
  }
}
