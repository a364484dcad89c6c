package dev.suture.core.internal.healing;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import java.util.Set;

/**
 * Which protocol calls a broken locator may be healed for: element actions, reads and positive expectations on a
 * frame. Never calls whose point is that an element is absent (negated expectations, hidden, detached, counts),
 * nor {@code isVisible}-style probes that answer at once, nor Suture's own calls.
 */
record HealableCall(String method, String frameGuid, JsonObject params, String selector, boolean strict) {
  private static final Set<String> METHODS = Set.of("click", "dblclick", "tap", "fill", "type", "press", "check",
      "uncheck", "setChecked", "selectOption", "hover", "focus", "setInputFiles", "dispatchEvent", "selectText",
      "scrollIntoViewIfNeeded", "textContent", "innerText", "innerHTML", "inputValue", "getAttribute", "isChecked",
      "isEnabled", "isDisabled", "isEditable", "waitForSelector", "expect", "highlight");
  /** Expectations that hold for a missing or multiple element, or that are about several elements. */
  private static final Set<String> NOT_ABOUT_ONE_PRESENT_ELEMENT = Set.of("to.be.hidden", "to.have.count",
      "to.be.detached");

  /** The healable call a message carries, or null. */
  static HealableCall of(JsonObject message) {
    String method = string(message, "method");
    String guid = string(message, "guid");
    if (method == null || !METHODS.contains(method) || guid == null || !guid.startsWith("frame@")
        || !(message.get("params") instanceof JsonObject params) || string(params, "selector") == null) {
      return null;
    }
    if ("expect".equals(method)) {
      String expression = string(params, "expression");
      boolean negated = params.has("isNot") && params.get("isNot").getAsBoolean();
      boolean many = params.has("expectedText") && params.get("expectedText").isJsonArray()
          && params.getAsJsonArray("expectedText").size() > 1;
      if (negated || expression == null || NOT_ABOUT_ONE_PRESENT_ELEMENT.contains(expression) || many) {
        return null;
      }
      return new HealableCall(method, guid, params, string(params, "selector"), true);
    }
    if ("waitForSelector".equals(method)) {
      String state = string(params, "state");
      if ("hidden".equals(state) || "detached".equals(state)) {
        return null;
      }
    }
    boolean strict = params.has("strict") && params.get("strict").getAsBoolean();
    return new HealableCall(method, guid, params, string(params, "selector"), strict);
  }

  void retarget(String selector) {
    params.addProperty("selector", selector);
  }

  private static String string(JsonObject object, String key) {
    JsonElement value = object.get(key);
    return value != null && value.isJsonPrimitive() ? value.getAsString() : null;
  }
}
