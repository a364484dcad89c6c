package dev.suture.core.internal.browser;

import com.google.gson.JsonObject;

/**
 * Sees every message between the Playwright client and its driver. Called on the thread that drives Playwright; an
 * exception thrown here is logged and never reaches the test.
 */
public interface ProtocolListener {
  ProtocolListener NONE = new ProtocolListener() {
  };

  /** A call about to be sent: {@code {"id", "guid", "method", "params", "metadata"}}. */
  default void onSend(JsonObject message) {
  }

  /** A message from the driver: a reply ({@code "id"} with {@code "result"} or {@code "error"}) or an event. */
  default void onReceive(JsonObject message) {
  }
}
