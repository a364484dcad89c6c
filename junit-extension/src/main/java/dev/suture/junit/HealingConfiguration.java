package dev.suture.junit;

import dev.suture.core.HealingOptions;
import dev.suture.core.Settings;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.SearchOption;

import java.util.Map;
import java.util.Optional;

/** A test's {@link HealingOptions}: its method's or class's {@link Healing} over the {@code suture.healing.*} keys. */
final class HealingConfiguration {
  private HealingConfiguration() {
  }

  static HealingOptions of(ExtensionContext context) {
    Optional<Healing> annotation = context.getTestMethod()
        .flatMap(method -> AnnotationSupport.findAnnotation(method, Healing.class))
        .or(() -> AnnotationSupport.findAnnotation(context.getRequiredTestClass(), Healing.class,
            SearchOption.INCLUDE_ENCLOSING_CLASSES));
    Map<String, String> overrides = annotation
        .map(healing -> Map.of(HealingOptions.MODE, healing.value().name().toLowerCase(java.util.Locale.ROOT)))
        .orElse(Map.of());
    return HealingOptions.from(Settings.load(overrides, "@Healing on " + context.getDisplayName()));
  }
}
