package dev.suture.platform.ingest;

import dev.suture.platform.common.FieldError;
import dev.suture.platform.common.ProblemException;
import dev.suture.platform.ingest.IngestEvent.Artifact;
import dev.suture.platform.ingest.IngestEvent.Ci;
import dev.suture.platform.ingest.IngestEvent.Healing;
import dev.suture.platform.ingest.IngestEvent.Step;
import dev.suture.platform.ingest.IngestEvent.Test;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Turns a batch body into validated events. A malformed envelope fails the whole batch (400); a bad event
 * only yields its own {@link ItemError}s and the rest of the batch goes on.
 */
@Singleton
class BatchParser {

    static final int MAX_EVENTS = 500;
    private static final Set<String> STATUSES = Set.of("PASSED", "FAILED", "SKIPPED", "ABORTED");
    private static final Set<String> KINDS = Set.of("SCREENSHOT", "TRACE", "VIDEO", "LOG", "OTHER");
    private static final Set<String> DECISIONS = Set.of("HEALED", "SUGGESTED", "REFUSED");
    private static final int TEXT = 2_000;
    private static final int LONG_TEXT = 16_000;
    private static final int STACK = 64_000;

    private final JsonMapper json;

    BatchParser(JsonMapper json) {
        this.json = json;
    }

    record ItemError(int index, String eventId, String field, String message) {
    }

    record Parsed(UUID batchId, List<IngestEvent> events, List<ItemError> errors) {
    }

    Parsed parse(byte[] body) {
        JsonNode root;
        try {
            root = json.readValue(body, Argument.of(JsonNode.class));
        } catch (IOException | RuntimeException e) {
            throw ProblemException.badRequest("malformed-json", "The body is not valid JSON: "
                    + firstLine(e.getMessage()));
        }
        if (root == null || !root.isObject()) {
            throw ProblemException.badRequest("malformed-json", "The body must be a JSON object "
                    + "{\"batchId\": \"uuid\", \"events\": [...]}");
        }
        List<FieldError> envelope = new ArrayList<>();
        JsonFields top = new JsonFields(root, "", envelope);
        UUID batchId = top.uuid("batchId", true);
        JsonNode events = root.get("events");
        if (events == null || !events.isArray() || events.size() == 0 || events.size() > MAX_EVENTS) {
            top.error("events", "must be an array of 1 to " + MAX_EVENTS + " events");
        }
        if (!envelope.isEmpty()) {
            throw new ProblemException(io.micronaut.http.HttpStatus.BAD_REQUEST, "validation",
                    "The batch envelope is invalid", envelope, null);
        }
        List<IngestEvent> valid = new ArrayList<>();
        List<ItemError> errors = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            List<FieldError> fieldErrors = new ArrayList<>();
            JsonNode node = events.get(i);
            IngestEvent event = node != null && node.isObject() ? event(i, new JsonFields(node, "", fieldErrors)) : null;
            if (node == null || !node.isObject()) {
                fieldErrors.add(new FieldError("", "an event must be a JSON object"));
            }
            if (fieldErrors.isEmpty() && event != null) {
                valid.add(event);
            } else {
                String eventId = node != null && node.isObject() && node.get("eventId") != null
                        && node.get("eventId").isString() ? node.get("eventId").getStringValue() : null;
                for (FieldError f : fieldErrors) {
                    errors.add(new ItemError(i, eventId, f.field(), f.message()));
                }
            }
        }
        return new Parsed(batchId, valid, errors);
    }

    private IngestEvent event(int index, JsonFields f) {
        UUID eventId = f.uuid("eventId", true);
        String type = f.oneOf("type", true, Set.of("run.started", "test.finished", "run.finished"),
                "run.started, test.finished, run.finished");
        UUID runId = f.uuid("runId", true);
        Instant at = f.instant("at", true);
        if (type == null) {
            return null;
        }
        return switch (type) {
            case "run.started" -> runStarted(index, eventId, runId, at, f.object("run", false));
            case "run.finished" -> runFinished(index, eventId, runId, at, f.object("summary", false));
            default -> testFinished(index, eventId, runId, at, f.object("test", true));
        };
    }

    private IngestEvent runStarted(int index, UUID eventId, UUID runId, Instant at, JsonFields run) {
        if (run == null) {
            return new IngestEvent.RunStarted(index, eventId, runId, at, null, null, null);
        }
        String name = run.string("name", false, 500, true);
        String suite = run.string("suite", false, 500, true);
        JsonFields c = run.object("ci", false);
        Ci ci = c == null ? null : new Ci(c.string("provider", false, 100, true), c.string("commit", false, 100, false),
                c.string("branch", false, 500, true), c.string("author", false, 500, true),
                c.string("buildUrl", false, TEXT, true), c.string("buildNumber", false, 100, true));
        return new IngestEvent.RunStarted(index, eventId, runId, at, name, suite, ci);
    }

    private IngestEvent runFinished(int index, UUID eventId, UUID runId, Instant at, JsonFields s) {
        if (s == null) {
            return new IngestEvent.RunFinished(index, eventId, runId, at, 0, 0, 0, 0, 0);
        }
        return new IngestEvent.RunFinished(index, eventId, runId, at, count(s, "total"), count(s, "passed"),
                count(s, "failed"), count(s, "skipped"), count(s, "aborted"));
    }

    private static int count(JsonFields s, String name) {
        Long n = s.number(name, false, 0, Integer.MAX_VALUE);
        return n == null ? 0 : n.intValue();
    }

    private IngestEvent testFinished(int index, UUID eventId, UUID runId, Instant at, JsonFields t) {
        if (t == null) {
            return null;
        }
        UUID testId = t.uuid("testId", true);
        String suite = t.string("suite", false, 500, true);
        String key = t.string("key", true, TEXT, false);
        String name = t.string("name", true, TEXT, false);
        String className = t.string("className", false, 500, true);
        String methodName = t.string("methodName", false, 500, true);
        String status = t.oneOf("status", true, STATUSES, "PASSED, FAILED, SKIPPED, ABORTED");
        Instant startedAt = t.instant("startedAt", false);
        Long duration = t.number("durationMs", true, 0, 7L * 24 * 3600 * 1000);
        Long attempt = t.number("attempt", false, 1, 100);
        JsonFields error = t.object("error", false);
        String errorType = error == null ? null : error.string("type", false, 500, true);
        String errorMessage = error == null ? null : error.string("message", false, LONG_TEXT, true);
        String stack = error == null ? null : error.string("stackTrace", false, STACK, true);
        List<Step> steps = new ArrayList<>();
        JsonNode stepNodes = t.array("steps", 1000);
        for (int i = 0; stepNodes != null && i < stepNodes.size(); i++) {
            JsonFields s = t.element(stepNodes, "steps", i);
            if (s != null) {
                Long stepIndex = s.number("index", false, 0, 100_000);
                Long stepDuration = s.number("durationMs", false, 0, 7L * 24 * 3600 * 1000);
                steps.add(new Step(stepIndex == null ? i : stepIndex.intValue(), s.string("action", true, 100, false),
                        s.string("target", false, TEXT, true), s.string("value", false, TEXT, true),
                        s.string("instruction", false, TEXT, true), s.instant("startedAt", false), stepDuration,
                        s.message("error", LONG_TEXT)));
            }
        }
        List<Artifact> artifacts = new ArrayList<>();
        JsonNode artifactNodes = t.array("artifacts", 50);
        for (int i = 0; artifactNodes != null && i < artifactNodes.size(); i++) {
            JsonFields a = t.element(artifactNodes, "artifacts", i);
            if (a != null) {
                artifacts.add(new Artifact(a.oneOf("kind", true, KINDS, String.join(", ", KINDS)),
                        a.uuid("storageId", false), a.string("sha256", false, 64, false),
                        a.string("name", false, 200, true)));
            }
        }
        List<Healing> healings = new ArrayList<>();
        JsonNode healingNodes = t.array("healings", 100);
        for (int i = 0; healingNodes != null && i < healingNodes.size(); i++) {
            JsonFields h = t.element(healingNodes, "healings", i);
            if (h != null) {
                JsonNode fingerprint = h.raw("fingerprint");
                healings.add(new Healing(h.string("locator", true, TEXT, false), h.string("healedTo", false, TEXT, false),
                        h.string("suggestion", false, TEXT, false), h.decimal("score", 0, 1), h.decimal("runnerUp", 0, 1),
                        h.oneOf("decision", true, DECISIONS, "HEALED, SUGGESTED, REFUSED"),
                        h.uuid("artifactStorageId", false), fingerprint == null ? null : write(fingerprint)));
            }
        }
        if (testId == null || key == null || name == null || status == null || duration == null) {
            return null;
        }
        Test test = new Test(testId, suite, key, name, className, methodName, status,
                startedAt == null ? at : startedAt, duration, attempt == null ? 1 : attempt.intValue(), errorType,
                errorMessage, stack, steps, artifacts, healings);
        return new IngestEvent.TestFinished(index, eventId, runId, at, test);
    }

    private String write(JsonNode node) {
        try {
            return new String(json.writeValueAsBytes(node), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        String line = message.lines().findFirst().orElse(message);
        return line.length() > 200 ? line.substring(0, 200) : line;
    }
}
