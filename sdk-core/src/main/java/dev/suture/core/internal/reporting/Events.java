package dev.suture.core.internal.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.suture.core.Artifact;
import dev.suture.core.CiInfo;
import dev.suture.core.HealingEvent;
import dev.suture.core.RunSummary;
import dev.suture.core.TestResult;

import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The events of the ingest contract ({@code run.started}, {@code test.finished}, {@code run.finished}), built from
 * the result model. A test's fields are taken from its JSON form, so fields added to {@link TestResult} later
 * (healing events, plain-English steps) travel along; the server ignores what it does not know.
 */
final class Events {
  /** The platform's limits per test (more is refused as a whole event): steps, artifacts, healing events. */
  static final int MAX_STEPS = 1000;
  static final int MAX_ARTIFACTS = 50;
  static final int MAX_HEALINGS = 100;

  private Events() {
  }

  static ObjectNode runStarted(String runId, String name, String suite, CiInfo ci, Instant at) {
    ObjectNode event = base("run.started", runId);
    event.put("at", at.toString());
    ObjectNode run = event.putObject("run");
    run.put("name", name);
    if (suite != null) {
      run.put("suite", suite);
    }
    run.set("ci", Json.MAPPER.valueToTree(ci));
    return event;
  }

  static ObjectNode runFinished(String runId, RunSummary summary) {
    ObjectNode event = base("run.finished", runId);
    event.set("summary", Json.MAPPER.valueToTree(summary));
    return event;
  }

  /**
   * A finished test. {@code keep} takes a file of the result (relative to the output directory: an artifact, a
   * healing screenshot) into the outbox and returns its path there, or null when it is gone; the sender swaps that
   * path for a storage id before sending.
   */
  static ObjectNode testFinished(String runId, TestResult result, String suite, Function<String, String> keep) {
    ObjectNode event = base("test.finished", runId);
    ObjectNode form = Json.MAPPER.valueToTree(result);
    ObjectNode test = event.putObject("test");
    test.put("testId", UUID.randomUUID().toString());
    test.put("suite", suite != null ? suite : result.className());
    test.put("key", result.id());
    test.put("name", result.displayName());
    test.put("className", result.className());
    test.put("methodName", result.methodName());
    test.put("status", result.status().name());
    test.put("startedAt", result.startedAt().toString());
    test.put("durationMs", result.durationMs());
    test.put("attempt", 1);
    if (form.hasNonNull("error")) {
      test.set("error", form.get("error"));
    }
    // The contract's steps: the plain-English steps when the test wrote some (each with its instruction and the
    // action it became), else the browser actions as recorded; with plain-English steps, the raw actions travel
    // along as "actions".
    ArrayNode steps = test.putArray("steps");
    int index = 0;
    JsonNode source = result.steps().isEmpty() ? form.path("actions") : form.path("steps");
    for (JsonNode from : source) {
      if (index == MAX_STEPS) {
        test.put("stepsTruncated", source.size() - MAX_STEPS);
        break;
      }
      ObjectNode step = steps.addObject();
      step.put("index", index++);
      step.setAll((ObjectNode) from);
      if (from.has("locator")) {
        step.set("target", from.get("locator"));
        step.remove("locator");
      }
      if (!step.hasNonNull("action")) {
        step.put("action", "unresolved"); // a plain-English step that never became an action
      }
    }
    if (!result.steps().isEmpty()) {
      test.set("actions", form.path("actions"));
    }
    ArrayNode artifacts = test.putArray("artifacts");
    for (Artifact artifact : result.artifacts().subList(0, Math.min(MAX_ARTIFACTS, result.artifacts().size()))) {
      String file = keep.apply(artifact.path());
      if (file != null) {
        ObjectNode node = artifacts.addObject();
        node.put("kind", artifact.kind().name());
        node.put("name", artifact.path().substring(artifact.path().lastIndexOf('/') + 1));
        node.put("localFile", file);
      }
    }
    // Healing events in the contract's terms (runnerUp, decision, artifactStorageId), the rest of each as it is.
    ArrayNode healings = test.putArray("healings");
    for (HealingEvent healing : result.healings().subList(0, Math.min(MAX_HEALINGS, result.healings().size()))) {
      ObjectNode node = Json.MAPPER.valueToTree(healing);
      node.remove("runnerUpScore");
      node.remove("screenshot");
      if (healing.runnerUpScore() != null) {
        node.put("runnerUp", healing.runnerUpScore());
      }
      node.put("decision", "HEALED");
      String screenshot = healing.screenshot() == null ? null : keep.apply(healing.screenshot());
      if (screenshot != null) {
        node.put("localFile", screenshot);
      }
      healings.add(node);
    }
    // Anything else the result carries (healings, ...) under the same name, as the contract spells it.
    List<String> mapped = List.of("id", "className", "methodName", "displayName", "status", "startedAt",
        "durationMs", "actions", "error", "artifacts", "steps", "healings");
    for (Iterator<Map.Entry<String, JsonNode>> fields = form.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (!mapped.contains(field.getKey()) && !test.has(field.getKey())) {
        test.set(field.getKey(), field.getValue());
      }
    }
    return event;
  }

  private static ObjectNode base(String type, String runId) {
    ObjectNode event = Json.MAPPER.createObjectNode();
    event.put("eventId", UUID.randomUUID().toString());
    event.put("type", type);
    event.put("runId", runId);
    event.put("at", Instant.now().toString());
    return event;
  }
}
