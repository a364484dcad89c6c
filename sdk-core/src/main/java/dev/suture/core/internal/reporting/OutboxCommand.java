package dev.suture.core.internal.reporting;

import dev.suture.core.ReportingConfig;
import dev.suture.core.Settings;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;

/**
 * {@code java -jar sdk-core-<version>-cli.jar flush [SECONDS]} (the shaded jar that carries OkHttp and Jackson; see
 * the README): sends
 * what earlier runs left in the outbox, configured by the same {@code suture.*} keys as a test run, and exits 0
 * when the outbox is empty, 1 when events are left, 2 on a usage or configuration error.
 */
public final class OutboxCommand {
  private OutboxCommand() {
  }

  public static void main(String[] args) {
    System.exit(run(args, Settings.load(Map.of())));
  }

  /** The command's work, without exiting; returns the exit code. */
  public static int run(String[] args, Settings settings) {
    if (args.length < 1 || !args[0].equals("flush")) {
      System.err.println("Usage: java -jar sdk-core-cli.jar flush [SECONDS]\n  Sends the events earlier test runs left in "
          + "the outbox (" + ReportingConfig.OUTBOX_DIR + ", default target/suture/outbox) to the platform ("
          + ReportingConfig.SERVER_URL + ", " + ReportingConfig.API_KEY + "), waiting at most SECONDS (default 60).");
      return 2;
    }
    ReportingConfig config = ReportingConfig.from(settings);
    if (!config.enabled()) {
      System.err.println("Suture flush: set " + ReportingConfig.SERVER_URL + " and " + ReportingConfig.API_KEY
          + " (or SUTURE_SERVER_URL and SUTURE_SERVER_API_KEY) to say where the events go.");
      return 2;
    }
    Duration maxWait = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 60);
    FlushResult result = flush(config, maxWait);
    System.out.println("Suture flush: " + result.sent() + " events sent from " + result.runs() + " runs; "
        + whatIsLeft(result, config));
    if (result.elsewhere() > 0) {
      System.out.println("Suture flush: " + result.elsewhere() + " runs were recorded for another platform URL or API"
          + " key and stay in the outbox; flush them with that " + ReportingConfig.SERVER_URL + " and "
          + ReportingConfig.API_KEY + ".");
    }
    return result.runsLeft() == 0 ? 0 : 1;
  }

  private static String whatIsLeft(FlushResult result, ReportingConfig config) {
    int unsent = result.runsLeft() - result.elsewhere();
    if (result.runsLeft() == 0) {
      return "the outbox is empty.";
    }
    if (unsent == 0) {
      return "nothing left for this platform and key.";
    }
    return unsent + " runs still in " + config.outboxDir().toAbsolutePath() + (result.misconfigured()
        ? " (the platform refused the key or URL)." : " (the platform did not take them in time).");
  }

  /** What a flush did. */
  record FlushResult(long sent, int runs, int runsLeft, int elsewhere, boolean misconfigured) {
  }

  static FlushResult flush(ReportingConfig config, Duration maxWait) {
    java.util.Set<String> shown = java.util.concurrent.ConcurrentHashMap.newKeySet();
    Transport transport = new Transport(config, (runId, url) -> {
      if (shown.add(runId)) {
        System.out.println("Suture: run " + runId + ": " + url);
      }
    }, new OnceLog());
    int runs = transport.claimLeftovers(config.outboxDir(), null);
    int elsewhere = transport.elsewhereCount();
    transport.sender.stopWhenIdle();
    transport.start();
    transport.await(maxWait);
    boolean misconfigured = transport.sender.misconfigured();
    long sent = transport.sender.delivered();
    transport.stop();
    int left;
    try {
      left = RunOutbox.runDirectories(config.outboxDir()).size();
    } catch (IOException e) {
      left = runs;
    }
    return new FlushResult(sent, runs, left, elsewhere, misconfigured);
  }

}
