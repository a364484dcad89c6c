package dev.suture.junit;

import dev.suture.core.ConfigurationException;
import dev.suture.core.Settings;
import dev.suture.core.SutureConfig;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.SearchOption;

import java.util.HashMap;
import java.util.Map;

/** Reads a test class's {@link SutureConfig}: its {@link WebTest} attributes over the {@code suture.*} settings. */
final class ClassConfiguration {
  private ClassConfiguration() {
  }

  static SutureConfig of(Class<?> testClass) {
    WebTest webTest = AnnotationSupport.findAnnotation(testClass, WebTest.class,
            SearchOption.INCLUDE_ENCLOSING_CLASSES)
        .orElseThrow(() -> new ConfigurationException(testClass.getName()
            + " uses Suture's extension without @WebTest. Annotate the class with @WebTest."));
    Map<String, String> overrides = new HashMap<>();
    put(overrides, SutureConfig.BASE_URL, webTest.baseUrl());
    put(overrides, SutureConfig.BROWSER_NAME, webTest.browser());
    put(overrides, SutureConfig.BROWSER_HEADLESS, webTest.headless());
    put(overrides, SutureConfig.VIEWPORT, webTest.viewport());
    put(overrides, SutureConfig.TRACE_MODE, webTest.trace());
    put(overrides, SutureConfig.TRACE_SNAPSHOTS, webTest.traceSnapshots());
    put(overrides, SutureConfig.SCREENSHOT_MODE, webTest.screenshot());
    return SutureConfig.from(Settings.load(overrides, "@WebTest on " + testClass.getSimpleName()));
  }

  private static void put(Map<String, String> overrides, String key, String attribute) {
    if (!attribute.isBlank()) {
      overrides.put(key, attribute);
    }
  }
}
