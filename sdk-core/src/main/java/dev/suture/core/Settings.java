package dev.suture.core;

import dev.suture.core.internal.config.LayeredSettings;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Raw {@code suture.*} settings, looked up with one documented precedence, highest first:
 * <ol>
 *   <li>explicit overrides (for example the attributes of {@code @WebTest});</li>
 *   <li>JVM system properties ({@code -Dsuture.healing.mode=suggest});</li>
 *   <li>environment variables, the key upper-cased with dots and dashes as underscores
 *       ({@code SUTURE_HEALING_MODE});</li>
 *   <li>{@code suture.properties} at the root of the classpath;</li>
 *   <li>the default given by the caller.</li>
 * </ol>
 * Every typed getter fails fast with a {@link ConfigurationException} that names the key, the source of the bad
 * value and the allowed values. Blank values count as absent.
 */
public interface Settings {
  /** The prefix of every key. */
  String PREFIX = "suture.";

  /** Settings from the system properties, the environment and {@code suture.properties}, under the given overrides. */
  static Settings load(Map<String, String> overrides) {
    return LayeredSettings.fromEnvironment(overrides, "override");
  }

  /**
   * As {@link #load(Map)}, naming the overrides' origin in error messages, for example
   * {@code "@WebTest on CheckoutTest"}.
   */
  static Settings load(Map<String, String> overrides, String overridesOrigin) {
    return LayeredSettings.fromEnvironment(overrides, overridesOrigin);
  }

  /** Settings from exactly these layers, highest first; for tests and embedding. */
  static Settings of(Map<String, String> overrides, Map<String, String> systemProperties,
                     Map<String, String> environment, Map<String, String> file) {
    return new LayeredSettings("override", overrides, systemProperties, environment, file);
  }

  /** The value of a key, or empty when no layer sets it. */
  Optional<String> get(String key);

  /** Where the value of a key comes from ("system property suture.x", "environment SUTURE_X", ...), for messages. */
  String sourceOf(String key);

  /** A string value, or the default. */
  default String string(String key, String defaultValue) {
    return get(key).orElse(defaultValue);
  }

  /** {@code true} or {@code false} (case-insensitive), or the default. */
  default boolean bool(String key, boolean defaultValue) {
    return parsed(key, defaultValue, "true, false", value -> switch (value.toLowerCase(java.util.Locale.ROOT)) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> null;
    });
  }

  /** A whole number of at least {@code min}, or the default. */
  default int integer(String key, int defaultValue, int min) {
    return parsed(key, defaultValue, "a whole number of at least " + min, value -> {
      try {
        int parsed = Integer.parseInt(value);
        return parsed >= min ? parsed : null;
      } catch (NumberFormatException e) {
        return null;
      }
    });
  }

  /**
   * A value turned into a type by {@code parser}, which returns null for anything invalid; or the default.
   *
   * @param allowed the allowed values, as the error message should list them
   */
  default <T> T parsed(String key, T defaultValue, String allowed, Function<String, T> parser) {
    Optional<String> raw = get(key);
    if (raw.isEmpty()) {
      return defaultValue;
    }
    T value = parser.apply(raw.get().trim());
    if (value == null) {
      throw new ConfigurationException("Invalid value '" + raw.get() + "' for " + key + " (from " + sourceOf(key)
          + "). Allowed: " + allowed + ".");
    }
    return value;
  }
}
