package dev.suture.junit;

import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a test's artifacts go: {@code <output>/<TestClass>/<method>/}, with the invocation number appended for
 * repeated and parameterized tests ({@code <method>[2]}) so that invocations never overwrite each other.
 */
final class ArtifactDirectory {
  private static final Pattern INVOCATION = Pattern.compile("\\[test-template-invocation:#(\\d+)]$");

  private ArtifactDirectory() {
  }

  static Path of(Path outputDir, ExtensionContext context) {
    Class<?> testClass = context.getRequiredTestClass();
    String className = testClass.getName().substring(testClass.getName().lastIndexOf('.') + 1);
    String method = context.getTestMethod().map(m -> m.getName()).orElse("class");
    Matcher invocation = INVOCATION.matcher(context.getUniqueId());
    if (invocation.find()) {
      method += "[" + invocation.group(1) + "]";
    }
    return outputDir.resolve(safe(className)).resolve(safe(method));
  }

  private static String safe(String name) {
    return name.replaceAll("[^A-Za-z0-9._$\\[\\]-]", "_");
  }
}
