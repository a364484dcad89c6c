package dev.suture.ai.internal.steps;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import dev.suture.ai.PlannedStep;
import dev.suture.ai.StepFailedException;
import dev.suture.ai.StepOptions;
import dev.suture.ai.StepRefusedException;
import dev.suture.ai.StepRunner;
import dev.suture.core.PageSnapshot;
import dev.suture.core.StepResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@link StepRunner}: per clause, a fresh snapshot (the previous step may have changed the page), the cached
 * resolution when it still fits, else the planner (and its fallback), then the action, recorded as a
 * {@link StepResult}.
 */
public final class DefaultStepRunner implements StepRunner {
  private static final Logger LOG = LoggerFactory.getLogger(DefaultStepRunner.class);

  private final Page page;
  private final StepOptions options;
  private final StepCache cache;
  private final CacheValidator validator = new CacheValidator();
  private final StepExecutor executor;
  private final FailureAnalyzer analyzer = new FailureAnalyzer();
  private final List<StepResult> results = new ArrayList<>();
  private final List<PlannedStep> planned = new ArrayList<>();
  /** How long planning waits for a page that is still rendering. */
  private static final long SETTLE_NANOS = 2_500_000_000L;

  public DefaultStepRunner(Page page, StepOptions options) {
    this.page = page;
    this.options = options;
    this.cache = options.cacheDir() == null ? null : new StepCache(options.cacheDir());
    this.executor = new StepExecutor(options.filesDir());
    analyzer.watch(page);
  }

  @Override
  public List<StepResult> run(String instructions) {
    List<StepResult> ran = new ArrayList<>();
    for (String line : instructions.split("\\R")) {
      String trimmed = line.trim();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      for (String clause : clauses(trimmed)) {
        ran.addAll(runClause(clause));
      }
    }
    return ran;
  }

  @Override
  public List<StepResult> results() {
    return List.copyOf(results);
  }

  @Override
  public List<PlannedStep> planned() {
    return List.copyOf(planned);
  }

  /** The clauses of a line; a line the grammar cannot split goes whole to the planners (a fallback may read it). */
  private static List<String> clauses(String line) {
    try {
      return InstructionParser.parse(line).stream().map(Intent::clause).toList();
    } catch (StepParseException e) {
      return List.of(line);
    }
  }

  private List<StepResult> runClause(String clause) {
    long start = System.nanoTime();
    List<PlannedStep> steps;
    try {
      steps = resolve(clause);
    } catch (StepRefusedException e) {
      StepResult result = new StepResult(clause, null, null, null, null, millisSince(start), 0, e.getMessage(),
          FailureAnalyzer.UNRESOLVED);
      results.add(result);
      throw new StepFailedException(result, e);
    }
    long planningMs = millisSince(start);
    List<StepResult> ran = new ArrayList<>();
    for (PlannedStep step : steps) {
      ran.add(execute(clause, step, planningMs));
    }
    return ran;
  }

  @Override
  public StepResult run(PlannedStep step) {
    String clause = step.instruction() != null ? step.instruction() : step.summary();
    return execute(clause, step, 0);
  }

  private StepResult execute(String clause, PlannedStep step, long planningMs) {
    analyzer.reset();
    long actionStart = System.nanoTime();
    try {
      executor.execute(page, step);
    } catch (RuntimeException | AssertionError e) {
      String[] kind = analyzer.classify(e, "healed".equals(step.source()));
      StepResult result = new StepResult(clause, step.action().label(), locatorOf(step), step.value(),
          step.source(), planningMs, millisSince(actionStart), step.summary() + " failed: " + kind[1], kind[0]);
      results.add(result);
      throw new StepFailedException(result, e);
    }
    StepResult result = new StepResult(clause, step.action().label(), locatorOf(step), step.value(),
        step.source(), planningMs, millisSince(actionStart), null, null);
    LOG.info("{}", result.describe());
    results.add(result);
    planned.add(step);
    return result;
  }

  /** From the cache when it still fits the page (healing a moved element), else from the planners. */
  private List<PlannedStep> resolve(String clause) {
    String pageKey = StepCache.pageKey(page.url());
    List<PlannedStep> anyPage = cache == null ? null : cache.get(StepCache.ANY_PAGE, clause);
    if (anyPage != null) {
      return anyPage; // "go to /login", "the page says ...": the same on every page
    }
    List<PlannedStep> cached = cache == null ? null : cache.get(pageKey, clause);
    if (cached != null && cached.stream().allMatch(s -> s.target() == null)) {
      return cached; // page-level steps need no snapshot
    }
    PageSnapshot snapshot = snapshot();
    long deadline = System.nanoTime() + SETTLE_NANOS;
    if (cached != null) {
      // The page may still be rendering: the cached element gets the same short wait as planning.
      while (true) {
        List<PlannedStep> valid = validator.validate(cached, snapshot, false);
        if (valid != null) {
          return valid;
        }
        if (System.nanoTime() >= deadline) {
          break;
        }
        page.waitForTimeout(200);
        snapshot = snapshot();
      }
      LOG.info("The cached resolution of \"{}\" no longer fits {}; resolving it again", clause, page.url());
      try {
        List<PlannedStep> again = plan(clause, snapshot, deadline);
        cache.put(pageKey, clause, again);
        return again;
      } catch (StepRefusedException refused) {
        // The instruction no longer resolves: the healing engine may still re-find the cached element, provided the
        // step's own words point at what it finds.
        List<PlannedStep> healed = options.healing() ? validator.validate(cached, snapshot, true) : null;
        if (healed == null) {
          throw refused;
        }
        cache.put(pageKey, clause, healed);
        return healed;
      }
    }
    List<PlannedStep> steps = plan(clause, snapshot, deadline);
    if (cache != null) {
      // Steps without an element do not depend on the page: keyed by page, they would move with navigation timing.
      boolean pageLevel = steps.stream().allMatch(step -> step.target() == null && step.locator() == null);
      cache.put(pageLevel ? StepCache.ANY_PAGE : pageKey, clause, steps);
    }
    return steps;
  }

  /**
   * Pages that render after load (a list filled by a fetch) may not show the element yet: like Playwright's
   * actions, planning retries on fresh snapshots for a short while before it gives up.
   */
  private List<PlannedStep> plan(String clause, PageSnapshot first, long deadline) {
    PageSnapshot snapshot = first;
    while (true) {
      try {
        return options.planner().plan(clause, snapshot);
      } catch (StepRefusedException refused) {
        if (System.nanoTime() >= deadline || refused.candidates().isEmpty() && refused.getMessage() != null
            && refused.getMessage().startsWith("Suture does not understand")) {
          return fallback(clause, snapshot, refused);
        }
        page.waitForTimeout(200);
        snapshot = snapshot();
      }
    }
  }

  private List<PlannedStep> fallback(String clause, PageSnapshot snapshot, StepRefusedException refused) {
    if (options.fallback() == null) {
      throw refused;
    }
    LOG.info("The offline planner refused \"{}\"; asking the fallback planner", clause);
    try {
      return options.fallback().plan(clause, snapshot);
    } catch (StepRefusedException alsoRefused) {
      throw new StepRefusedException(clause, refused.getMessage() + "\nThe fallback planner refused too: "
          + alsoRefused.getMessage(), refused.candidates());
    }
  }

  /**
   * Waits for the page to settle and captures it. A click that submits a form may start a navigation that has not
   * committed yet when the capture begins, and a redirect may replace the next document too: a capture that a
   * navigation cuts off is tried again on the next document, for as long as planning waits for a page.
   */
  private PageSnapshot snapshot() {
    long deadline = System.nanoTime() + SETTLE_NANOS;
    while (true) {
      try {
        page.waitForLoadState();
        return PageSnapshot.capture(page);
      } catch (PlaywrightException navigating) {
        if (System.nanoTime() >= deadline) {
          throw navigating;
        }
        page.waitForTimeout(50); // throws at once if the page was closed, rather than retrying
      }
    }
  }

  private static String locatorOf(PlannedStep step) {
    return step.description() != null ? step.description() : step.locator();
  }

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
