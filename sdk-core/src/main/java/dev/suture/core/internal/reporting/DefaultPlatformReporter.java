package dev.suture.core.internal.reporting;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.suture.core.CiInfo;
import dev.suture.core.HealingBaselines;
import dev.suture.core.PlatformReporter;
import dev.suture.core.ReportingConfig;
import dev.suture.core.ReportingOutcome;
import dev.suture.core.RunSummary;
import dev.suture.core.SutureException;
import dev.suture.core.TestResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/** See {@link PlatformReporter}. Test threads only append to the outbox; everything else is the sender's. */
public final class DefaultPlatformReporter implements PlatformReporter {
  private final ReportingConfig config;
  private final String runId;
  private final Map<String, String> runUrls = new ConcurrentHashMap<>();
  private final AtomicLong appended = new AtomicLong();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final OnceLog onceLog = new OnceLog();
  private final RunOutbox outbox;
  private final RunCursor cursor;
  /** Completed by the start-up thread once the HTTP client and the sender run. */
  private final CompletableFuture<Transport> transport = new CompletableFuture<>();
  private final CompletableFuture<HealingBaselines> baselines = new CompletableFuture<>();
  /** Counted down once run.started is in the outbox: the outbox is not closed before (git is bounded, 2 s a call). */
  private final java.util.concurrent.CountDownLatch runStarted = new java.util.concurrent.CountDownLatch(1);

  private DefaultPlatformReporter(ReportingConfig config, String runId, RunOutbox outbox) {
    this.config = config;
    this.runId = runId;
    this.outbox = outbox;
    this.cursor = RunCursor.live(outbox);
  }

  /**
   * Creates the run's outbox and returns; the rest (HTTP client, CI detection with git, earlier runs' leftovers,
   * the healing baselines) starts on a background thread, so the first test does not wait for any of it. The
   * contract accepts a run's events in any order, so tests may be recorded before {@code run.started}.
   */
  public static PlatformReporter start(ReportingConfig config, Supplier<CiInfo> ci, String runName) {
    String runId = UUID.randomUUID().toString();
    RunOutbox outbox;
    try {
      outbox = RunOutbox.create(config.outboxDir(), runId, OutboxTarget.of(config), config.fsyncEachEvent());
    } catch (IOException e) {
      throw new SutureException("Cannot create the reporting outbox in " + config.outboxDir().toAbsolutePath()
          + " (" + e + "). Make the directory writable or point " + ReportingConfig.OUTBOX_DIR + " elsewhere.", e);
    }
    DefaultPlatformReporter reporter = new DefaultPlatformReporter(config, runId, outbox);
    Instant startedAt = Instant.now();
    daemon("suture-reporter-start", () -> reporter.startSending(ci, runName, startedAt));
    return reporter;
  }

  private void startSending(Supplier<CiInfo> ci, String runName, Instant startedAt) {
    try {
      try {
        append(Events.runStarted(runId, runName, config.suite(), ci.get(), startedAt));
      } finally {
        runStarted.countDown();
      }
      Transport started = new Transport(config, runUrls::put, onceLog);
      daemon("suture-baselines", () -> baselines.complete(BaselinesFetch.fetch(started.client, config.outboxDir(),
          onceLog)));
      started.sender.add(cursor);
      started.claimLeftovers(config.outboxDir(), outbox.dir());
      synchronized (transport) {
        if (closed.get()) {
          started.stop();
          return;
        }
        started.start();
        transport.complete(started);
      }
    } catch (RuntimeException | LinkageError e) {
      onceLog.warn("start", "Suture: reporting could not start ({}); this run's events stay in {}", e.toString(),
          outbox.dir());
      baselines.complete(HealingBaselines.none());
      transport.completeExceptionally(e);
    }
  }

  private static void daemon(String name, Runnable work) {
    Thread thread = new Thread(work, name);
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public String runId() {
    return runId;
  }

  @Override
  public void testFinished(TestResult result, Path outputDir) {
    if (closed.get()) {
      return;
    }
    try {
      append(Events.testFinished(runId, result, config.suite(), path -> keep(outputDir.resolve(path))));
    } catch (RuntimeException e) {
      onceLog.warn("event", "Suture: cannot record {} for the platform ({})", result.id(), e.toString());
    }
  }

  @Override
  public HealingBaselines healingBaselines(Duration maxWait) {
    try {
      return baselines.get(maxWait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      return HealingBaselines.none();
    } catch (Exception e) {
      return HealingBaselines.none();
    }
  }

  @Override
  public ReportingOutcome finish(RunSummary summary) {
    if (!closed.get()) {
      append(Events.runFinished(runId, summary));
      try {
        outbox.markFinished();
      } catch (IOException e) {
        onceLog.warn("finished", "Suture: cannot mark the outbox run finished ({})", e.toString());
      }
      long deadline = System.nanoTime() + config.finishWait().toNanos();
      Transport sending = awaitTransport(deadline);
      if (sending != null) {
        sending.sender.wake();
        // This run's events first; the rest of the bound, if any, goes to what earlier runs left.
        while ((!cursor.drained() || sending.sender.hasLeftovers()) && System.nanoTime() < deadline
            && !sending.sender.misconfigured()) {
          try {
            Thread.sleep(10);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            break;
          }
        }
      }
    }
    long pending = pending();
    close();
    return new ReportingOutcome(runId, runUrls.get(runId), appended.get(), pending, outbox.dir().toAbsolutePath());
  }

  @Override
  public void close() {
    try {
      runStarted.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    synchronized (transport) {
      if (!closed.compareAndSet(false, true)) {
        return;
      }
    }
    Transport sending = transport.getNow(null);
    if (sending != null) {
      sending.stop();
    }
    try {
      if (cursor.drained() && Files.exists(outbox.dir().resolve(RunOutbox.FINISHED_FILE))) {
        outbox.delete();
      } else {
        outbox.close();
      }
    } catch (IOException e) {
      onceLog.warn("close", "Suture: cannot close the outbox {} ({})", outbox.dir(), e.toString());
    }
  }

  private Transport awaitTransport(long deadline) {
    try {
      return transport.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    } catch (Exception e) {
      return null;
    }
  }

  /** The events of this run not yet settled: counted from the sender's offset to the end of the log. */
  private long pending() {
    if (cursor.drained()) {
      return 0;
    }
    try {
      return EventLogReader.read(outbox.eventsFile(), cursor.offset(), cursor.end(), Integer.MAX_VALUE,
          Long.MAX_VALUE, false).events().size();
    } catch (IOException e) {
      return appended.get();
    }
  }

  private void append(ObjectNode event) {
    try {
      outbox.events().append(Json.MAPPER.writeValueAsBytes(event));
      appended.incrementAndGet();
      Transport sending = transport.getNow(null);
      if (sending != null) {
        sending.sender.wake();
      }
    } catch (IOException e) {
      onceLog.warn("append", "Suture: cannot write to the outbox {} ({}); this run is not fully reported",
          outbox.dir(), e.toString());
    }
  }

  /**
   * Links an artifact into the run's outbox directory (a copy where links are impossible), so the next run's
   * clean-up of its artifact directories cannot take it before it is uploaded. Returns its path there.
   */
  private String keep(Path file) {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    String name = UUID.randomUUID().toString().substring(0, 8) + "__" + file.getFileName();
    Path target = outbox.dir().resolve(RunOutbox.ARTIFACTS).resolve(name);
    try {
      try {
        Files.createLink(target, file);
      } catch (IOException | UnsupportedOperationException e) {
        Files.copy(file, target);
      }
      return RunOutbox.ARTIFACTS + "/" + name;
    } catch (IOException e) {
      onceLog.warn("artifact", "Suture: cannot keep the artifact {} for upload ({})", file, e.toString());
      return null;
    }
  }
}
