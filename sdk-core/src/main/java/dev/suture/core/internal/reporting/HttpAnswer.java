package dev.suture.core.internal.reporting;

import java.time.Duration;

/**
 * What the platform answered: a status code, the body, the storage id header and how long it asked to wait. A
 * failure to get any answer (refused, reset, timed out) is status {@link #NO_ANSWER} with the error in {@code body}.
 */
record HttpAnswer(int code, String body, String storageId, Duration retryAfter) {
  static final int NO_ANSWER = -1;

  static HttpAnswer failed(Exception error) {
    return new HttpAnswer(NO_ANSWER, error.getClass().getSimpleName() + ": " + error.getMessage(), null, null);
  }

  boolean ok() {
    return code >= 200 && code < 300;
  }

  /** Worth trying again: no answer, rate limited, a timeout or a server fault. Other 4xx answers never change. */
  boolean retryable() {
    return code == NO_ANSWER || code == 408 || code == 429 || code >= 500;
  }

  /** The key is wrong, revoked or not allowed: nothing will be accepted until someone fixes the configuration. */
  boolean refusedKey() {
    return code == 401 || code == 403;
  }

  /** The server's message for a log line: a problem+json detail or title, else the start of the body. */
  String message() {
    if (code == NO_ANSWER) {
      return body;
    }
    try {
      var json = Json.MAPPER.readTree(body);
      for (String field : new String[] {"detail", "message", "title"}) {
        if (json.hasNonNull(field)) {
          return "HTTP " + code + ": " + json.get(field).asText();
        }
      }
    } catch (Exception e) {
      // not JSON: show it as it is
    }
    String text = body == null ? "" : body.strip();
    return "HTTP " + code + (text.isEmpty() ? "" : ": " + (text.length() > 300 ? text.substring(0, 300) + "..." : text));
  }
}
