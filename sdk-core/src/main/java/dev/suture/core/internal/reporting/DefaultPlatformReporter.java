package dev.suture.core.internal.reporting;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.suture.core.Artifact;
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
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/** See {@link PlatformReporter}. Test threads only append to the outbox; everything else is the sender's. */
public final class DefaultPlatformReporter implements PlatformReporter {
  private final ReportingConfig config;
  private final String runId;
  private final Map<String, String> runUrls = new ConcurrentHashMap<>();
  private final AtomicLong appended = new AtomicLong();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final Transport transport;
  private final RunOutbox outbox;
  private final RunCursor cursor;
  private final CompletableFuture<HealingBaselines> baselines;

  private DefaultPlatformReporter(ReportingConfig config, String runId, RunOutbox outbox) {
    this.config = config;
    this.runId = runId;
    this.outbox = outbox;
    this.transport = new Transport(config, runUrls::put);
    this.cursor = RunCursor.live(outbox);
    Path root = config.outboxDir();
    this.baselines = CompletableFuture.supplyAsync(() -> BaselinesFetch.fetch(transport.client, root,
        transport.onceLog), runnable -> {
          Thread thread = new Thread(runnable, "suture-baselines");
          thread.setDaemon(true);
          thread.start();
        });
  }

  public static PlatformReporter start(ReportingConfig config, CiInfo ci, String runName) {
    String runId = UUID.randomUUID().toString();
    RunOutbox outbox;
    try {
      outbox = RunOutbox.create(config.outboxDir(), runId);
    } catch (IOException e) {
      throw new SutureException("Cannot create the reporting outbox in " + config.outboxDir().toAbsolutePath()
          + " (" + e + "). Make the directory writable or point " + ReportingConfig.OUTBOX_DIR + " elsewhere.", e);
    }
    DefaultPlatformReporter reporter = new DefaultPlatformReporter(config, runId, outbox);
    reporter.append(Events.runStarted(reporter.runId, runName, config.suite(), ci));
    reporter.transport.sender.add(reporter.cursor);
    reporter.transport.claimLeftovers(config.outboxDir(), outbox.dir());
    reporter.transport.start();
    return reporter;
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
      Map<Artifact, String> files = new HashMap<>();
      for (Artifact artifact : result.artifacts()) {
        String file = keep(outputDir.resolve(artifact.path()));
        if (file != null) {
          files.put(artifact, file);
        }
      }
      append(Events.testFinished(runId, result, config.suite(), files));
    } catch (RuntimeException e) {
      transport.onceLog.warn("event", "Suture: cannot record {} for the platform ({})", result.id(), e.toString());
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
        transport.onceLog.warn("finished", "Suture: cannot mark the outbox run finished ({})", e.toString());
      }
      transport.sender.wake();
      long deadline = System.nanoTime() + config.finishWait().toNanos();
      // This run's events first; the rest of the bound, if any, goes to what earlier runs left.
      while ((!cursor.drained() || transport.sender.hasLeftovers()) && System.nanoTime() < deadline
          && !transport.sender.misconfigured()) {
        try {
          Thread.sleep(10);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
    }
    long pending = pending();
    close();
    return new ReportingOutcome(runId, runUrls.get(runId), appended.get(), pending, outbox.dir().toAbsolutePath());
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    transport.stop();
    try {
      if (cursor.drained() && Files.exists(outbox.dir().resolve(RunOutbox.FINISHED_FILE))) {
        outbox.delete();
      } else {
        outbox.close();
      }
    } catch (IOException e) {
      transport.onceLog.warn("close", "Suture: cannot close the outbox {} ({})", outbox.dir(), e.toString());
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
      transport.sender.wake();
    } catch (IOException e) {
      transport.onceLog.warn("append", "Suture: cannot write to the outbox {} ({}); this run is not fully reported",
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
      transport.onceLog.warn("artifact", "Suture: cannot keep the artifact {} for upload ({})", file, e.toString());
      return null;
    }
  }
}
