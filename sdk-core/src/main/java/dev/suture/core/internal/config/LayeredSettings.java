package dev.suture.core.internal.config;

import dev.suture.core.ConfigurationException;
import dev.suture.core.Settings;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/** {@link Settings} over four maps, searched in order; see {@link Settings} for the precedence. */
public final class LayeredSettings implements Settings {
  private static final String FILE = "suture.properties";

  private final List<Layer> layers;

  public LayeredSettings(String overridesOrigin, Map<String, String> overrides, Map<String, String> systemProperties,
                         Map<String, String> environment, Map<String, String> file) {
    this.layers = List.of(
        new Layer(overridesOrigin, overrides, false, false),
        new Layer("system property", systemProperties, false, true),
        new Layer("environment variable", environment, true, true),
        new Layer(FILE, file, false, true));
  }

  public static LayeredSettings fromEnvironment(Map<String, String> overrides, String overridesOrigin) {
    Map<String, String> system = new HashMap<>();
    System.getProperties().forEach((k, v) -> system.put(String.valueOf(k), String.valueOf(v)));
    return new LayeredSettings(overridesOrigin, overrides, system, System.getenv(), classpathFile());
  }

  /** The environment variable that stands for a key: {@code suture.browser.ws-endpoint} is SUTURE_BROWSER_WS_ENDPOINT. */
  public static String environmentName(String key) {
    return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  @Override
  public Optional<String> get(String key) {
    for (Layer layer : layers) {
      String value = layer.lookup(key);
      if (value != null && !value.isBlank()) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }

  @Override
  public String sourceOf(String key) {
    for (Layer layer : layers) {
      String value = layer.lookup(key);
      if (value != null && !value.isBlank()) {
        return layer.describe(key);
      }
    }
    return "default";
  }

  private static Map<String, String> classpathFile() {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    if (loader == null) {
      loader = LayeredSettings.class.getClassLoader();
    }
    try (InputStream in = loader.getResourceAsStream(FILE)) {
      if (in == null) {
        return Map.of();
      }
      Properties properties = new Properties();
      properties.load(in);
      Map<String, String> map = new HashMap<>();
      properties.forEach((k, v) -> map.put(String.valueOf(k), String.valueOf(v)));
      return map;
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException(FILE + " on the classpath is not a valid properties file: " + e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + FILE + " from the classpath", e);
    }
  }

  private record Layer(String name, Map<String, String> values, boolean environment, boolean namesKey) {
    String lookup(String key) {
      return values.get(environment ? environmentName(key) : key);
    }

    String describe(String key) {
      return namesKey ? name + " " + (environment ? environmentName(key) : key) : name;
    }
  }
}
