package dev.suture.core.internal.reporting;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Set;

/**
 * How far the sender has got in one run's event log: everything before {@link #offset()} is on the platform (or was
 * refused for good). The sender keeps only a batch in memory; the rest stays on disk, which bounds memory however
 * far the platform falls behind.
 */
final class RunCursor {
  private final RunOutbox outbox;
  private final boolean live;
  /** Ids sent by an earlier process, read on first use so that claiming many leftovers costs no memory yet. */
  private Set<String> alreadySent;
  private volatile long offset;

  private RunCursor(RunOutbox outbox, boolean live, Set<String> alreadySent) {
    this.outbox = outbox;
    this.live = live;
    this.alreadySent = alreadySent;
  }

  /** The cursor of the run this process is writing. */
  static RunCursor live(RunOutbox outbox) {
    return new RunCursor(outbox, true, Set.of());
  }

  /** The cursor of a run an earlier process left behind, skipping what it already sent. */
  static RunCursor leftover(RunOutbox outbox) {
    return new RunCursor(outbox, false, null);
  }

  RunOutbox outbox() {
    return outbox;
  }

  boolean live() {
    return live;
  }

  long offset() {
    return offset;
  }

  void advance(long to) {
    offset = to;
  }

  /** The ids sent before this process took over (none for the live run); only the sender thread asks. */
  Set<String> sentBefore() throws IOException {
    if (alreadySent == null) {
      alreadySent = outbox.readSent();
    }
    return alreadySent;
  }

  /**
   * The end of what may be read: for a live run, everything written, forced to disk first (nothing is sent that
   * is not on disk); for a leftover, the whole file.
   */
  long end() throws IOException {
    return live ? outbox.events().force() : Files.size(outbox.eventsFile());
  }

  /** Whether every event appended so far is settled. */
  boolean drained() {
    try {
      return offset >= end();
    } catch (IOException e) {
      return false;
    }
  }

  EventLogReader.Chunk read(int maxEvents, long maxBytes) throws IOException {
    return EventLogReader.read(outbox.eventsFile(), offset, end(), maxEvents, maxBytes, !live);
  }
}
