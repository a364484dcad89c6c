package dev.suture.junit;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a JUnit 5 test class in a real browser through Playwright.
 *
 * <h2>Example</h2>
 * <pre>{@code
 * @WebTest(baseUrl = "http://127.0.0.1:8080")
 * class CheckoutTest {
 *   @Test
 *   void buysABook(Page page) {
 *     page.navigate("/");
 *     page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to cart")).click();
 *     assertThat(page.getByTestId("cart-count")).hasText("1");
 *   }
 * }
 * }</pre>
 *
 * <h2>Parameters</h2>
 * Test methods, {@code @BeforeEach} and {@code @AfterEach} methods may declare parameters of Playwright's own types:
 * {@link com.microsoft.playwright.Page}, {@link com.microsoft.playwright.BrowserContext},
 * {@link com.microsoft.playwright.Browser} and {@link com.microsoft.playwright.Playwright}. Each test gets a fresh
 * {@code BrowserContext}, so cookies and storage never leak between tests; the browser itself is shared by the tests
 * that run one after another, and each test running in parallel gets its own.
 *
 * <h2>Artifacts and report</h2>
 * When a test fails, a full-page screenshot and a Playwright trace (its actions, call logs, errors and console; DOM
 * snapshots with {@link #traceSnapshots()}) are saved under {@code target/suture/<TestClass>/<method>/} and the
 * failure message names them. After the run,
 * {@code target/suture/results.json} and a self-contained {@code target/suture/report.html} summarise every test.
 *
 * <h2>Configuration</h2>
 * Each attribute left at its default ({@code ""}) falls back to its {@code suture.*} key, read from system
 * properties, the environment ({@code SUTURE_*}) and {@code suture.properties}, in that order; an attribute that is
 * set wins over all of them. Invalid values fail the class at once, naming the attribute or key and the allowed
 * values.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(WebTestExtension.class)
public @interface WebTest {
  /** Base URL that relative navigations such as {@code page.navigate("/")} resolve against. Key: {@code suture.base-url}. */
  String baseUrl() default "";

  /** {@code chromium}, {@code firefox} or {@code webkit}. Key: {@code suture.browser.name}; default chromium. */
  String browser() default "";

  /** {@code true} or {@code false}. Key: {@code suture.browser.headless}; default true. */
  String headless() default "";

  /** Viewport as {@code WIDTHxHEIGHT}. Key: {@code suture.browser.viewport}; default 1280x720. */
  String viewport() default "";

  /** When the Playwright trace is kept: {@code off}, {@code on-failure}, {@code always}. Key: {@code suture.trace.mode}; default on-failure. */
  String trace() default "";

  /**
   * {@code true} to record DOM snapshots in the trace, so that the trace viewer shows the page before and after every
   * action. Without them a trace still holds every action with its parameters, timing, call log and error, and the
   * console; they cost every traced test (passing ones too) 3–8% of its time. Key: {@code suture.trace.snapshots};
   * default false.
   */
  String traceSnapshots() default "";

  /** When a full-page screenshot is kept: {@code off}, {@code on-failure}, {@code always}. Key: {@code suture.screenshot.mode}; default on-failure. */
  String screenshot() default "";
}
