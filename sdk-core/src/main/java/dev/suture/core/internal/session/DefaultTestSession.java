package dev.suture.core.internal.session;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Tracing;
import dev.suture.core.ActionResult;
import dev.suture.core.Artifact;
import dev.suture.core.ArtifactKind;
import dev.suture.core.BrowserLease;
import dev.suture.core.CaptureMode;
import dev.suture.core.HealingEvent;
import dev.suture.core.HealingMode;
import dev.suture.core.HealingOptions;
import dev.suture.core.SessionOptions;
import dev.suture.core.TestSession;
import dev.suture.core.internal.browser.PooledBrowserRuntime;
import dev.suture.core.internal.browser.ProtocolListener;
import dev.suture.core.internal.browser.ProtocolTap;
import dev.suture.core.internal.healing.LocatorHealer;
import dev.suture.core.spi.ElementMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** The {@link TestSession} behind every test: a lazily created context and page, recorded through the protocol. */
public final class DefaultTestSession implements TestSession {
  private static final Logger LOG = LoggerFactory.getLogger(DefaultTestSession.class);

  private final BrowserLease lease;
  private final SessionOptions options;
  private final ActionRecorder recorder = new ActionRecorder();
  private final ProtocolTap tap;
  /** Heals broken locators, then passes every message on to the recorder; null when healing is off or absent. */
  private final LocatorHealer healer;
  private BrowserContext context;
  private Page page;
  private boolean tracing;
  private boolean closed;

  public DefaultTestSession(BrowserLease lease, SessionOptions options) {
    this(lease, options, HealingOptions.load());
  }

  public DefaultTestSession(BrowserLease lease, SessionOptions options, HealingOptions healing) {
    this.lease = lease;
    this.options = options;
    this.tap = lease instanceof PooledBrowserRuntime.Lease pooled ? pooled.tap() : null;
    ElementMatcher matcher = healing.mode() == HealingMode.OFF ? null
        : ServiceLoader.load(ElementMatcher.class).findFirst().orElse(null);
    this.healer = tap == null || matcher == null ? null
        : new LocatorHealer(tap, recorder, matcher, healing, options.title(), options.outputDir(),
            options.artifactDir());
    if (tap != null) {
      tap.listen(healer != null ? healer : recorder);
    }
  }

  @Override
  public Playwright playwright() {
    return lease.playwright();
  }

  @Override
  public Browser browser() {
    return lease.browser();
  }

  @Override
  public BrowserContext context() {
    if (context == null) {
      Browser.NewContextOptions contextOptions = new Browser.NewContextOptions()
          .setViewportSize(options.viewport().width(), options.viewport().height());
      if (options.baseUrl() != null) {
        contextOptions.setBaseURL(options.baseUrl());
      }
      context = withoutRecording(() -> lease.browser().newContext(contextOptions));
      context.setDefaultTimeout(options.actionTimeoutMs());
      context.setDefaultNavigationTimeout(options.navigationTimeoutMs());
      if (options.traceMode() != CaptureMode.OFF) {
        withoutRecording(() -> {
          // Every test pays for what its trace records, though most traces are discarded: DOM snapshots (the
          // trace viewer's page before and after each action) cost 3–8% of a suite's time in the overhead
          // benchmark, so they are on request; the screencast would cost a JPEG per frame, and the failure
          // screenshot is taken separately.
          context.tracing().start(new Tracing.StartOptions()
              .setTitle(options.title()).setScreenshots(false).setSnapshots(options.traceSnapshots()));
          return null;
        });
        tracing = true;
      }
    }
    return context;
  }

  @Override
  public Page page() {
    if (page == null) {
      page = withoutRecording(() -> context().newPage());
    }
    return page;
  }

  @Override
  public List<HealingEvent> healings() {
    return healer == null ? List.of() : healer.events();
  }

  /** A passed test's baselines and heals become the ones on record; a failed test leaves them as they were. */
  private void commitBaselines() {
    try {
      healer.commit();
    } catch (RuntimeException e) {
      LOG.warn("Suture could not save the locator baselines of {}: {}", options.title(), e.getMessage());
    }
  }

  @Override
  public List<ActionResult> actions() {
    return recorder.actions();
  }

  @Override
  public List<Artifact> captureArtifacts(boolean failed) {
    if (!failed && healer != null) {
      commitBaselines();
    }
    List<Artifact> artifacts = new ArrayList<>();
    boolean screenshot = options.screenshotMode().keeps(failed) && page != null && !page.isClosed();
    boolean trace = tracing && options.traceMode().keeps(failed);
    if (!screenshot && !trace) {
      return artifacts;
    }
    recorder.pause(true);
    try {
      Files.createDirectories(options.artifactDir());
      if (screenshot) {
        Path file = options.artifactDir().resolve("screenshot.png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        artifacts.add(artifact(ArtifactKind.SCREENSHOT, file, "image/png"));
      }
      if (trace) {
        Path file = options.artifactDir().resolve("trace.zip");
        tracing = false;
        context.tracing().stop(new Tracing.StopOptions().setPath(file));
        artifacts.add(artifact(ArtifactKind.TRACE, file, "application/zip"));
      }
    } catch (IOException | RuntimeException e) {
      // Capturing evidence must never hide the test's own outcome.
      LOG.warn("Suture could not save the artifacts of {} into {}: {}", options.title(), options.artifactDir(),
          e.getMessage());
    } finally {
      recorder.pause(false);
    }
    return artifacts;
  }

  private Artifact artifact(ArtifactKind kind, Path file, String contentType) throws IOException {
    String relative = options.outputDir().toAbsolutePath().normalize()
        .relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    return new Artifact(kind, relative, Files.size(file), contentType);
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    recorder.pause(true);
    try {
      if (context != null) {
        if (tracing) {
          tracing = false;
          context.tracing().stop();
        }
        context.close();
      }
    } catch (RuntimeException e) {
      LOG.debug("Closing the browser context of {} failed", options.title(), e);
    } finally {
      if (tap != null) {
        tap.listen(ProtocolListener.NONE);
      }
    }
  }

  private <T> T withoutRecording(java.util.function.Supplier<T> call) {
    recorder.pause(true);
    try {
      return call.get();
    } finally {
      recorder.pause(false);
    }
  }
}
