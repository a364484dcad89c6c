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

import java.io.PrintStream;
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

  /** {@link #discover(PrintStream)}, naming the left-out tests on standard output. */
  static List<Scenario> discover() {
    return discover(System.out);
  }

  /**
   * The sample tests that both sides can run. Tests the plain side cannot reproduce faithfully (a parameter other
   * than one {@code Page}, such as Suture's plain-English {@code Steps}, or a class with lifecycle methods) are left
   * out of both sides and named on {@code out}.
   */
  static List<Scenario> discover(PrintStream out) {
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
          Scenario scenario = new Scenario(source.getJavaClass(), source.getJavaMethod());
          String reason = whyNotPlain(scenario);
          if (reason == null) {
            scenarios.add(scenario);
          } else {
            out.println("overhead: leaving out " + scenario.name() + ": " + reason);
          }
        }
      }
    }
    if (scenarios.isEmpty()) {
      throw new IllegalStateException("No @WebTest tests taking a Page found in package " + SAMPLES_PACKAGE
          + ": the samples test-jar is missing from the benchmark's classpath.");
    }
    return List.copyOf(scenarios);
  }

  /** Why the plain side, which calls test methods directly, could not run this one as JUnit would; null if it can. */
  private static String whyNotPlain(Scenario scenario) {
    Class<?>[] parameters = scenario.method().getParameterTypes();
    if (!Arrays.equals(parameters, new Class<?>[] {Page.class})) {
      return "it takes " + Arrays.stream(parameters).map(Class::getSimpleName).toList()
          + ", and plain Playwright has only a Page to give";
    }
    for (Method method : scenario.testClass().getDeclaredMethods()) {
      for (Class<? extends Annotation> lifecycle : UNSUPPORTED_LIFECYCLE) {
        if (method.isAnnotationPresent(lifecycle)) {
          return "its class has @" + lifecycle.getSimpleName() + " " + method.getName()
              + ", which the plain side does not run";
        }
      }
    }
    return null;
  }
}
