package dev.suture.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** When a test artifact (a trace or a screenshot) is kept. */
public enum CaptureMode {
  /** Never captured. */
  OFF("off"),
  /** Kept for failing tests only; the default. */
  ON_FAILURE("on-failure"),
  /** Kept for every test. */
  ALWAYS("always");

  private final String key;

  CaptureMode(String key) {
    this.key = key;
  }

  /** The value as written in configuration, for example {@code on-failure}. */
  public String key() {
    return key;
  }

  /** Whether an artifact is kept for a test that ended as given. */
  public boolean keeps(boolean failed) {
    return this == ALWAYS || (this == ON_FAILURE && failed);
  }

  /** Parses a configuration value ({@code off}, {@code on-failure}, {@code always}), or returns null. */
  public static CaptureMode parse(String value) {
    String normalised = value.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    for (CaptureMode mode : values()) {
      if (mode.key.equals(normalised)) {
        return mode;
      }
    }
    return null;
  }

  /** The allowed values, for error messages. */
  public static String allowed() {
    return Arrays.stream(values()).map(CaptureMode::key).collect(Collectors.joining(", "));
  }
}
