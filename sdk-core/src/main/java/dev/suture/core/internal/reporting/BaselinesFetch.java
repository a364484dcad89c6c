package dev.suture.core.internal.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import dev.suture.core.ElementFingerprint;
import dev.suture.core.HealingBaselines;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Fetches the team's healing baselines ({@code GET /api/ingest/healing-state}) and keeps the last good answer in
 * the outbox root, so a run without the platform still heals as the team decided last time.
 */
final class BaselinesFetch {
  static final String CACHE_FILE = "healing-state.json";

  private BaselinesFetch() {
  }

  record Fetched(List<HealingBaselines.Accepted> accepted, List<HealingBaselines.Rejected> rejected, String source) implements HealingBaselines {
  }

  static HealingBaselines fetch(PlatformClient client, Path outboxRoot, OnceLog onceLog) {
    Path cache = outboxRoot.resolve(CACHE_FILE);
    HttpAnswer answer = client.healingState();
    if (answer.ok()) {
      try {
        HealingBaselines baselines = parse(answer.body(), "platform");
        Files.createDirectories(outboxRoot);
        Path temporary = Files.createTempFile(outboxRoot, CACHE_FILE, ".tmp");
        Files.writeString(temporary, answer.body());
        Files.move(temporary, cache, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return baselines;
      } catch (IOException e) {
        onceLog.warn("baselines", "Suture: the platform's healing state cannot be read or cached ({})", e.toString());
      }
    } else {
      onceLog.warn("baselines", "Suture: cannot fetch the team's healing baselines ({}); using the last fetched "
          + "copy if there is one", answer.message());
    }
    try {
      return Files.exists(cache) ? parse(Files.readString(cache), "cache (platform unreachable)")
          : HealingBaselines.none();
    } catch (IOException e) {
      return HealingBaselines.none();
    }
  }

  static HealingBaselines parse(String body, String source) throws IOException {
    JsonNode json = Json.MAPPER.readTree(body);
    List<HealingBaselines.Accepted> accepted = new ArrayList<>();
    for (JsonNode node : json.path("accepted")) {
      if (node.hasNonNull("locator")) {
        ElementFingerprint fingerprint = node.hasNonNull("fingerprint")
            ? Json.MAPPER.treeToValue(node.get("fingerprint"), ElementFingerprint.class) : null;
        accepted.add(new HealingBaselines.Accepted(node.get("locator").asText(), fingerprint));
      }
    }
    List<HealingBaselines.Rejected> rejected = new ArrayList<>();
    for (JsonNode node : json.path("rejected")) {
      if (node.hasNonNull("locator") && node.hasNonNull("healedTo")) {
        rejected.add(new HealingBaselines.Rejected(node.get("locator").asText(), node.get("healedTo").asText()));
      }
    }
    return new Fetched(List.copyOf(accepted), List.copyOf(rejected), source);
  }
}
