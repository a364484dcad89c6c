package dev.suture.core;

import java.nio.file.Path;

/**
 * How the reporting of a run ended, when the run's bounded wait is over.
 *
 * @param runId     the run's id
 * @param runUrl    the run's page on the platform, or null when the platform never answered
 * @param events    events the run produced
 * @param pending   events not yet on the platform; they stay in the outbox for the next run or {@code flush}
 * @param outboxDir the run's outbox directory
 */
public record ReportingOutcome(String runId, String runUrl, long events, long pending, Path outboxDir) {
  /** The one line a developer sees at the end of the run. */
  public String line() {
    if (pending == 0 && runUrl != null) {
      return "Suture: run reported to the platform: " + runUrl;
    }
    String where = runUrl != null ? " Run: " + runUrl + "." : "";
    return "Suture: " + pending + " of " + events + " events not yet on the platform; kept in " + outboxDir
        + " and sent by the next run (or now: java -jar sdk-core-cli.jar flush, see sdk-core's README)." + where;
  }
}
