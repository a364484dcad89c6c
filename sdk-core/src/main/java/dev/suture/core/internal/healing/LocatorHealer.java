package dev.suture.core.internal.healing;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.WaitForSelectorState;
import dev.suture.core.ElementFingerprint;
import dev.suture.core.HealingDecision;
import dev.suture.core.HealingEvent;
import dev.suture.core.HealingMode;
import dev.suture.core.HealingOptions;
import dev.suture.core.LocatorHealingException;
import dev.suture.core.PageSnapshot;
import dev.suture.core.internal.browser.ProtocolListener;
import dev.suture.core.internal.browser.ProtocolTap;
import dev.suture.core.internal.snapshot.BaselineEngine;
import dev.suture.core.spi.ElementMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Heals broken locators at the protocol level, so that every Playwright API (CSS, XPath, getBy..., chained and
 * filtered locators, expectations) heals the same way while tests keep Playwright's own objects.
 *
 * <p>Before a healable call leaves for the driver, a nested call (the connection is re-entrant) checks what its
 * selector matches. The first time it matches exactly one element on a page in this test, that element's
 * fingerprint is the selector's new baseline; later calls with the same selector on the same page only count the
 * matches, which costs the browser far less than a fingerprint. A selector with a baseline on record is first compared
 * with it in Playwright's utility world ({@link BaselineEngine}): an unchanged element needs no new fingerprint, so
 * only new and changed elements pay for the main-world fingerprint. None within the healing wait, or several where one
 * is required, with a baseline on record: the page is snapshotted, the {@link ElementMatcher} decides, and either
 * the call's selector is rewritten to the healed element (and a {@link HealingEvent} recorded) or the call fails at
 * once with the best candidates. Other messages pass to the downstream listener unchanged.
 *
 * <p>Suture's nested calls are sent as Playwright's own internal calls ({@code metadata.internal}): a trace then
 * records neither them nor the two DOM snapshots it takes around every traced call, so they cost a traced test no
 * more than an untraced one and do not clutter the trace viewer.
 */
public final class LocatorHealer implements ProtocolListener {
  private static final Logger LOG = LoggerFactory.getLogger(LocatorHealer.class);

  private final ProtocolTap tap;
  private final ProtocolListener downstream;
  private final ElementMatcher matcher;
  private final HealingOptions options;
  private final BaselineStore baselines;
  private final TeamVerdicts verdicts;
  private final String test;
  private final Path artifactDir;
  private final Path outputDir;
  private final List<HealingEvent> events = new ArrayList<>();
  /** Heals already made in this test, by page and selector, so a selector used twice heals once. */
  private final Map<String, String> healed = new HashMap<>();
  /** Page and selector pairs whose baseline this test has already recorded. */
  private final Set<String> recorded = new HashSet<>();
  private boolean busy;

  public LocatorHealer(ProtocolTap tap, ProtocolListener downstream, ElementMatcher matcher, HealingOptions options,
                       String test, Path outputDir, Path artifactDir) {
    this.tap = tap;
    this.downstream = downstream;
    this.matcher = matcher;
    this.options = options;
    this.baselines = new BaselineStore(options.directory(), test);
    this.verdicts = new TeamVerdicts(options.team());
    this.test = test;
    this.outputDir = outputDir;
    this.artifactDir = artifactDir;
  }

  /** The heals made so far. */
  public synchronized List<HealingEvent> events() {
    return List.copyOf(events);
  }

  /** Makes this test's baselines (and heals) the ones on record; call once the test passed. */
  public void commit() {
    baselines.commit();
  }

  @Override
  public void onSend(JsonObject message) {
    if (busy) {
      markInternal(message); // Suture's own nested calls: neither healed nor recorded, nor traced
      return;
    }
    HealableCall call = HealableCall.of(message);
    if (call != null && tap.object(call.frameGuid()) instanceof Frame frame) {
      busy = true;
      try {
        heal(call, frame);
      } catch (PlaywrightException e) {
        // The page navigated or closed under the nested call: let the call itself meet whatever happened.
        LOG.debug("Suture could not check {} before {}: {}", call.selector(), call.method(), e.getMessage());
      } finally {
        busy = false;
      }
    }
    downstream.onSend(message);
  }

  @Override
  public void onReceive(JsonObject message) {
    downstream.onReceive(message);
  }

  private void heal(HealableCall call, Frame frame) {
    String page = pagePath(frame.url());
    String selector = call.selector();
    int matches = resolve(frame, page, selector);
    if (resolved(matches, call)) {
      return;
    }
    BaselineStore.Entry local = baselines.get(page, selector);
    if (local == null && !verdicts.hasAccepted(selector)) {
      return; // nothing to heal against: Playwright waits and fails as usual
    }
    String earlier = healed.get(page + " " + selector);
    if (earlier != null && frame.locator(earlier).count() == 1) {
      call.retarget(earlier);
      return;
    }
    if (matches == 0) {
      matches = waitForMatch(frame, page, selector);
      if (resolved(matches, call)) {
        return;
      }
    }
    // Only now, with the locator broken, is the team's baseline needed (a locator that merely appeared late never
    // waits for the platform's verdicts while the local baseline decides whether to wait).
    decide(call, frame, page, local, verdicts.baseline(selector, local), matches);
  }

  /** Whether the call can go ahead as written: one match, or several for a call that does not need exactly one. */
  private static boolean resolved(int matches, HealableCall call) {
    return matches == 1 || matches > 1 && !call.strict();
  }

  /**
   * How many elements the selector matches now, without waiting. The first time it matches exactly one on this page
   * in this test, that element's fingerprint becomes its baseline; after that a count is enough.
   */
  private int resolve(Frame frame, String page, String selector) {
    String key = page + " " + selector;
    if (recorded.contains(key)) {
      return frame.locator(selector).count();
    }
    if (isBaseline(frame, baselines.get(page, selector), selector)) {
      recorded.add(key); // the fingerprint would be the one on record: nothing to record
      return 1;
    }
    List<ElementFingerprint> found = PageSnapshot.fingerprints(frame.locator(selector));
    if (found.size() == 1) {
      baselines.matched(page, selector, found.get(0));
      recorded.add(key);
    }
    return found.size();
  }

  /**
   * Whether the selector matches exactly one element and that element's fingerprint is the one on record, checked in
   * Playwright's utility world (one count, see {@link BaselineEngine}). False also when the check cannot say.
   */
  private static boolean isBaseline(Frame frame, BaselineStore.Entry known, String selector) {
    if (known == null || known.fingerprint() == null) {
      return false;
    }
    try {
      return frame.locator(BaselineEngine.sameAs(selector, known.fingerprint())).count() == 1;
    } catch (PlaywrightException e) {
      // e.g. a document without a second element to signal a change with: fingerprint it the usual way
      LOG.debug("Suture could not compare {} with its baseline: {}", selector, e.getMessage());
      return false;
    }
  }

  private void decide(HealableCall call, Frame frame, String page, BaselineStore.Entry local,
                      ElementFingerprint baseline, int matches) {
    List<ElementFingerprint> candidates = PageSnapshot.capture(frame).elements();
    HealingDecision decision = matcher.decide(baseline, candidates,
        verdicts.rejected(call.selector(), local, candidates));
    String where = call.selector() + " (" + call.method() + " in " + test + " on " + frame.url() + ")";
    String broken = matches == 0 ? "matched nothing for " + options.waitMs() + " ms" : "matched " + matches
        + " elements where one is required";
    if (!decision.heal()) {
      throw new LocatorHealingException("Locator " + where + " " + broken + ", and Suture did not heal it: "
          + decision.reason() + ". Best candidates:" + decision.describeTop(3) + System.lineSeparator()
          + "The element was last seen as " + baseline.describe() + ". Update the locator in the test.");
    }
    ElementFingerprint chosen = decision.best().element();
    String suggestion = Suggestions.best(chosen, s -> frame.locator(s).count());
    if (options.mode() == HealingMode.SUGGEST) {
      throw new LocatorHealingException("Locator " + where + " " + broken + ". Suture would heal it to "
          + chosen.describe() + " (score " + String.format(java.util.Locale.ROOT, "%.2f", decision.best().score())
          + "); replace it with: " + suggestion + " (suture.healing.mode=suggest, so the step fails).");
    }
    if (frame.locator(chosen.selector()).count() != 1) {
      throw new LocatorHealingException("Locator " + where + " " + broken + "; Suture chose " + chosen.describe()
          + " but could not address it uniquely. Update the locator in the test: " + suggestion);
    }
    String screenshot = screenshot(frame, chosen.selector());
    call.retarget(chosen.selector());
    healed.put(page + " " + call.selector(), chosen.selector());
    baselines.healed(page, call.selector(), baseline, chosen, chosen.selector(), suggestion,
        decision.best().score());
    Double runnerUp = decision.runnerUp() == null ? null : decision.runnerUp().score();
    HealingEvent event = new HealingEvent(test, call.method(), call.selector(), chosen.selector(), suggestion,
        chosen.describe(), decision.best().score(), runnerUp, decision.reason(), frame.url(), screenshot,
        Instant.now(), chosen);
    synchronized (this) {
      events.add(event);
    }
    LOG.info("Suture: {}", event.describe());
  }

  /**
   * Waits up to the healing wait for the selector to match anything, then resolves it once. The wait runs in the
   * browser (Playwright's own selector polling, one protocol call), so an element that appears a few milliseconds
   * after the check (a page still rendering after a click) is seen at once, and nothing is fingerprinted while the
   * page has none.
   */
  private int waitForMatch(Frame frame, String page, String selector) {
    if (options.waitMs() <= 0) {
      return 0; // a timeout of 0 means "wait forever" to Playwright
    }
    try {
      frame.locator(selector).first().waitFor(new Locator.WaitForOptions()
          .setState(WaitForSelectorState.ATTACHED).setTimeout(options.waitMs()));
    } catch (TimeoutError e) {
      return 0;
    }
    return resolve(frame, page, selector);
  }

  private static void markInternal(JsonObject message) {
    if (message.get("metadata") instanceof JsonObject metadata) {
      metadata.addProperty("internal", true);
    }
  }

  /** A full-page screenshot with the healed element outlined, for the report; null when it cannot be taken. */
  private String screenshot(Frame frame, String selector) {
    try {
      Files.createDirectories(artifactDir);
      Path file = artifactDir.resolve("healing-" + (events.size() + 1) + ".png");
      Object previous = frame.locator(selector).evaluate("e => { const old = e.style.outline;"
          + " e.style.outline = '3px solid #e5194b'; e.style.outlineOffset = '2px'; return old; }");
      Page page = frame.page();
      page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
      frame.locator(selector).evaluate("(e, old) => { e.style.outline = old; e.style.outlineOffset = ''; }",
          previous == null ? "" : previous);
      return outputDir.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString()
          .replace('\\', '/');
    } catch (Exception e) {
      LOG.debug("Suture could not take the healing screenshot", e);
      return null;
    }
  }

  private static String pagePath(String url) {
    try {
      String path = URI.create(url).getPath();
      return path == null || path.isEmpty() ? url : path;
    } catch (IllegalArgumentException e) {
      return url;
    }
  }
}
