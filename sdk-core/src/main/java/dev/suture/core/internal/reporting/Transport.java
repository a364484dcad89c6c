package dev.suture.core.internal.reporting;

import dev.suture.core.ReportingConfig;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The sending machinery shared by a reporting run and the flush command: one HTTP client, one retrier, one upload
 * pool and the sender thread, plus the leftover run directories this process has claimed.
 */
final class Transport implements Sender.Listener {
  final PlatformClient client;
  final OnceLog onceLog;
  final Sender sender;
  private final Retrier retrier = new Retrier(Backoff.DEFAULT);
  private final ArtifactUploader uploader;
  private final Thread thread;
  private final List<RunOutbox> claimed = new CopyOnWriteArrayList<>();
  private final RunUrlListener urls;
  private final OutboxTarget target;
  private int elsewhere;

  /** Where the links of runs go as the platform names them. */
  interface RunUrlListener {
    void runUrl(String runId, String url);
  }

  Transport(ReportingConfig config, RunUrlListener urls, OnceLog onceLog) {
    this.urls = urls;
    this.onceLog = onceLog;
    this.target = OutboxTarget.of(config);
    this.client = new PlatformClient(config.serverUrl(), config.apiKey(), config.httpTimeout(), config.uploadThreads());
    this.uploader = new ArtifactUploader(client, retrier, onceLog, config.uploadThreads());
    this.sender = new Sender(client, retrier, uploader, onceLog, config.batchSize(), this);
    this.thread = new Thread(sender, "suture-reporter");
    // A daemon: a run that ends while the platform is down must not be kept alive by its reporter.
    thread.setDaemon(true);
  }

  void start() {
    thread.start();
  }

  /**
   * Claims every run directory under {@code root} that no live process holds, except {@code except}, and that was
   * recorded for this platform and API key; runs recorded for another target stay in the outbox for a run or a
   * {@code flush} configured for it.
   */
  int claimLeftovers(Path root, Path except) {
    int count = 0;
    elsewhere = 0;
    try {
      for (Path dir : RunOutbox.runDirectories(root)) {
        if (dir.equals(except)) {
          continue;
        }
        OutboxTarget recorded = OutboxTarget.read(dir);
        if (recorded != null && !recorded.equals(target)) {
          elsewhere++;
          continue;
        }
        RunOutbox outbox = RunOutbox.tryClaim(dir);
        if (outbox != null) {
          claimed.add(outbox);
          sender.add(RunCursor.leftover(outbox));
          count++;
        }
      }
    } catch (IOException e) {
      onceLog.warn("leftovers", "Suture: cannot read the outbox {} ({}); earlier runs' events stay there", root,
          e.toString());
    }
    if (elsewhere > 0) {
      onceLog.warn("elsewhere", "Suture: {} earlier runs in the outbox {} were recorded for another platform URL or"
          + " API key than {}; they stay there until a run or `flush` with their own {} and {} sends them",
          elsewhere, root, target.serverUrl(), ReportingConfig.SERVER_URL, ReportingConfig.API_KEY);
    }
    return count;
  }

  /** Run directories the last {@link #claimLeftovers} left alone because they belong to another target. */
  int elsewhereCount() {
    return elsewhere;
  }

  int claimedCount() {
    return claimed.size();
  }

  /** Waits for the sender thread to return (after {@link Sender#stopWhenIdle()}), at most {@code max}. */
  boolean await(Duration max) {
    try {
      thread.join(Math.max(1, max.toMillis()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return !thread.isAlive();
  }

  void stop() {
    sender.stop();
    try {
      thread.join(2_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    uploader.close();
    client.close();
    for (RunOutbox outbox : claimed) {
      try {
        outbox.close();
      } catch (IOException e) {
        OnceLog.log().debug("Suture: closing {} failed: {}", outbox.dir(), e.toString());
      }
    }
  }

  @Override
  public void runUrl(String runId, String url) {
    urls.runUrl(runId, url);
  }

  @Override
  public void leftoverSent(RunCursor cursor) {
    RunOutbox outbox = cursor.outbox();
    claimed.remove(outbox);
    try {
      outbox.delete();
      OnceLog.log().info("Suture: an earlier run's events ({}) are now on the platform", outbox.dir().getFileName());
    } catch (IOException e) {
      onceLog.warn("delete", "Suture: cannot delete the sent outbox directory {} ({})", outbox.dir(), e.toString());
    }
  }
}
