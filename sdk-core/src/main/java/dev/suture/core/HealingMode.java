package dev.suture.core;

import java.util.Locale;

/** What Suture does when a locator stops matching: {@code suture.healing.mode}, or {@code @Healing(mode = ...)}. */
public enum HealingMode {
  /** Act on the healed element and report the heal (the default). */
  HEAL,
  /** Fail the step, naming the element Suture would have healed to and the locator to use instead. */
  SUGGEST,
  /** Never heal; fingerprints are not even recorded. */
  OFF;

  /** The mode for a configuration value ({@code heal}, {@code suggest}, {@code off}, any case), or null. */
  public static HealingMode parse(String value) {
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "heal" -> HEAL;
      case "suggest" -> SUGGEST;
      case "off" -> OFF;
      default -> null;
    };
  }
}
