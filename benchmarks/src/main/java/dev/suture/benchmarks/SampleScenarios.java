package dev.suture.benchmarks;

import dev.suture.junit.WebTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

import com.microsoft.playwright.Page;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The sample suite's tests, found once through JUnit's own discovery so that the Suture side and the plain side run
 * exactly the same methods.
 */
final class SampleScenarios {
  static final String SAMPLES_PACKAGE = "dev.suture.samples";
  private static final List<Class<? extends Annotation>> UNSUPPORTED_LIFECYCLE =
      List.of(BeforeAll.class, BeforeEach.class, AfterEach.class, AfterAll.class);

  /** One test method of a {@code @WebTest} class, which the plain side calls with a plain Playwright page. */
  record Scenario(Class<?> testClass, Method method) {
    String name() {
      return testClass.getSimpleName() + "." + method.getName();
    }
  }

  private SampleScenarios() {
  }

  static List<Scenario> discover() {
    LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
        .selectors(DiscoverySelectors.selectPackage(SAMPLES_PACKAGE)).build();
    TestPlan plan;
    try (LauncherSession session = LauncherFactory.openSession()) {
      plan = session.getLauncher().discover(request);
    }
    List<Scenario> scenarios = new ArrayList<>();
    for (TestIdentifier root : plan.getRoots()) {
      for (TestIdentifier test : plan.getDescendants(root)) {
        if (test.getType() == TestDescriptor.Type.TEST
            && test.getSource().orElse(null) instanceof MethodSource source
            && source.getJavaClass().isAnnotationPresent(WebTest.class)) {
          scenarios.add(new Scenario(source.getJavaClass(), source.getJavaMethod()));
        }
      }
    }
    if (scenarios.isEmpty()) {
      throw new IllegalStateException("No @WebTest tests found in package " + SAMPLES_PACKAGE
          + ": the samples test-jar is missing from the benchmark's classpath.");
    }
    scenarios.forEach(SampleScenarios::checkPlainRunnable);
    return List.copyOf(scenarios);
  }

  /** The plain side calls test methods directly, so it refuses what it could not reproduce faithfully. */
  private static void checkPlainRunnable(Scenario scenario) {
    Class<?>[] parameters = scenario.method().getParameterTypes();
    if (!Arrays.equals(parameters, new Class<?>[] {Page.class})) {
      throw new IllegalStateException(scenario.name() + " takes " + Arrays.toString(parameters)
          + ": the overhead benchmark's plain side can only call test methods whose one parameter is a Page.");
    }
    for (Method method : scenario.testClass().getDeclaredMethods()) {
      for (Class<? extends Annotation> lifecycle : UNSUPPORTED_LIFECYCLE) {
        if (method.isAnnotationPresent(lifecycle)) {
          throw new IllegalStateException(scenario.testClass().getName() + "." + method.getName() + " is @"
              + lifecycle.getSimpleName() + ": the overhead benchmark's plain side does not run lifecycle methods.");
        }
      }
    }
  }
}
