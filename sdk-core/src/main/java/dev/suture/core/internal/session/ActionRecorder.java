package dev.suture.core.internal.session;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.suture.core.ActionResult;
import dev.suture.core.internal.browser.ProtocolListener;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns Playwright protocol calls into {@link ActionResult}s: the user-facing actions, queries and assertions, with
 * their selector, value, start and duration. Internal calls (tracing, screenshots Suture takes itself) are left out.
 */
final class ActionRecorder implements ProtocolListener {
  private static final Map<String, String> ACTION_NAMES = Map.ofEntries(
      Map.entry("goto", "navigate"), Map.entry("reload", "reload"), Map.entry("goBack", "go back"),
      Map.entry("goForward", "go forward"), Map.entry("click", "click"), Map.entry("dblclick", "double-click"),
      Map.entry("tap", "tap"), Map.entry("fill", "fill"), Map.entry("type", "type"), Map.entry("press", "press"),
      Map.entry("check", "check"), Map.entry("uncheck", "uncheck"), Map.entry("selectOption", "select option"),
      Map.entry("hover", "hover"), Map.entry("focus", "focus"), Map.entry("blur", "blur"),
      Map.entry("setInputFiles", "upload file"), Map.entry("dragAndDrop", "drag and drop"),
      Map.entry("scrollIntoViewIfNeeded", "scroll to"), Map.entry("waitForSelector", "wait for"),
      Map.entry("dispatchEvent", "dispatch event"), Map.entry("expect", "expect"),
      Map.entry("textContent", "read text"), Map.entry("innerText", "read text"),
      Map.entry("inputValue", "read value"), Map.entry("getAttribute", "read attribute"),
      Map.entry("isVisible", "is visible"), Map.entry("isChecked", "is checked"),
      Map.entry("isEnabled", "is enabled"), Map.entry("queryCount", "count"));
  /** Parameters that carry the value of an action, in the order they are looked for. */
  private static final List<String> VALUE_PARAMS = List.of("value", "text", "key", "name", "type");

  private final Map<Integer, Pending> pending = new HashMap<>();
  private final List<ActionResult> actions = new ArrayList<>();
  private volatile boolean paused;

  /** Stops recording, for calls Suture makes itself (screenshots, trace export). */
  void pause(boolean paused) {
    this.paused = paused;
  }

  synchronized List<ActionResult> actions() {
    return List.copyOf(actions);
  }

  @Override
  public synchronized void onSend(JsonObject message) {
    String name = ACTION_NAMES.get(string(message, "method"));
    if (paused || name == null || isInternal(message)) {
      return;
    }
    JsonObject params = message.has("params") && message.get("params").isJsonObject()
        ? message.getAsJsonObject("params") : new JsonObject();
    String target = params.has("selector") ? string(params, "selector") : string(params, "url");
    if ("dragAndDrop".equals(string(message, "method"))) {
      target = string(params, "source") + " -> " + string(params, "target");
    }
    if ("expect".equals(name)) {
      boolean negated = params.has("isNot") && params.get("isNot").getAsBoolean();
      name = "expect " + (negated ? "not " : "") + string(params, "expression");
    }
    pending.put(message.get("id").getAsInt(),
        new Pending(name, target, value(params), Instant.now(), System.nanoTime()));
  }

  @Override
  public synchronized void onReceive(JsonObject message) {
    JsonElement id = message.get("id");
    if (id == null || id.isJsonNull()) {
      return;
    }
    Pending call = pending.remove(id.getAsInt());
    if (call == null) {
      return;
    }
    long durationMs = (System.nanoTime() - call.startNanos) / 1_000_000;
    actions.add(new ActionResult(call.name, call.target, call.value, call.startedAt, durationMs, error(message)));
  }

  private static boolean isInternal(JsonObject message) {
    JsonObject metadata = message.has("metadata") ? message.getAsJsonObject("metadata") : null;
    return metadata != null && metadata.has("internal") && metadata.get("internal").getAsBoolean();
  }

  private static String value(JsonObject params) {
    for (String key : VALUE_PARAMS) {
      if (params.has(key) && params.get(key).isJsonPrimitive()) {
        return params.get(key).getAsString();
      }
    }
    if (params.has("expectedText") && params.get("expectedText").isJsonArray()) {
      JsonArray expected = params.getAsJsonArray("expectedText");
      List<String> texts = new ArrayList<>();
      expected.forEach(item -> {
        JsonObject text = item.getAsJsonObject();
        texts.add(text.has("string") ? text.get("string").getAsString() : "/" + string(text, "regexSource") + "/");
      });
      return String.join(", ", texts);
    }
    if (params.has("expectedNumber")) {
      return params.get("expectedNumber").getAsString();
    }
    if (params.has("options") && params.get("options").isJsonArray()) {
      List<String> options = new ArrayList<>();
      params.getAsJsonArray("options").forEach(option -> option.getAsJsonObject().entrySet()
          .forEach(entry -> options.add(entry.getValue().getAsString())));
      return String.join(", ", options);
    }
    return null;
  }

  private static String error(JsonObject message) {
    if (!message.has("error")) {
      return null;
    }
    JsonObject error = message.getAsJsonObject("error");
    JsonObject inner = error.has("error") ? error.getAsJsonObject("error") : error;
    String text = string(inner, "message");
    if (text == null) {
      text = inner.toString();
    }
    String received = received(message);
    return received == null ? text : text + ": received " + received;
  }

  /** What a failed assertion found instead, from the error details the driver sends with {@code expect}. */
  private static String received(JsonObject message) {
    JsonObject details = message.has("errorDetails") && message.get("errorDetails").isJsonObject()
        ? message.getAsJsonObject("errorDetails") : null;
    if (details == null || !details.has("received") || !details.get("received").isJsonObject()) {
      return null;
    }
    JsonObject received = details.getAsJsonObject("received");
    if (received.has("value") && received.get("value").isJsonObject()) {
      JsonObject value = received.getAsJsonObject("value");
      for (String key : List.of("s", "n", "b", "v")) {
        if (value.has(key)) {
          return value.get(key).toString();
        }
      }
      return value.toString();
    }
    return string(received, "ariaSnapshot");
  }

  private static String string(JsonObject object, String key) {
    if (object == null || !object.has(key) || object.get(key).isJsonNull()) {
      return null;
    }
    JsonElement element = object.get(key);
    return element.isJsonPrimitive() ? element.getAsString() : element.toString();
  }

  private record Pending(String name, String target, String value, Instant startedAt, long startNanos) {
  }
}
