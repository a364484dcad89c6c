package dev.suture.core.internal.reporting;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One run's directory in the outbox: {@code events.log} (see {@link EventLog}), {@code sent.log} (one acknowledged
 * event id per line), {@code target} (see {@link OutboxTarget}), the run's artifacts (hard links, so a later run that clears its artifact
 * directories cannot take them away) and a lock file. The lock is held by the process that owns the directory, the
 * run itself or whoever sends its leftovers, so two processes never send the same directory at once; the operating
 * system drops it when that process dies, even by SIGKILL.
 */
final class RunOutbox implements Closeable {
  static final String SENT_FILE = "sent.log";
  static final String FINISHED_FILE = "finished";
  static final String ARTIFACTS = "artifacts";
  private static final String LOCK_FILE = "lock";

  private final Path dir;
  private final FileChannel lockChannel;
  private final FileLock lock;
  private EventLog events;
  private FileChannel sent;

  private RunOutbox(Path dir, FileChannel lockChannel, FileLock lock) {
    this.dir = dir;
    this.lockChannel = lockChannel;
    this.lock = lock;
  }

  /** Creates and locks the directory of a new run whose events go to {@code target}. */
  static RunOutbox create(Path root, String runId, OutboxTarget target, boolean forceOnAppend) throws IOException {
    Path dir = root.resolve(runId);
    Files.createDirectories(dir.resolve(ARTIFACTS));
    RunOutbox outbox = tryClaim(dir);
    if (outbox == null) {
      throw new IOException("The outbox directory " + dir + " is locked by another process");
    }
    // Before the first event: a directory with events always says where they go.
    target.write(dir);
    outbox.events = new EventLog(dir.resolve(EventLog.FILE), forceOnAppend);
    return outbox;
  }

  /** Locks an existing run directory, or returns null when another live process holds it. */
  static RunOutbox tryClaim(Path dir) throws IOException {
    FileChannel channel = FileChannel.open(dir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    try {
      FileLock lock = channel.tryLock();
      if (lock != null) {
        return new RunOutbox(dir, channel, lock);
      }
    } catch (OverlappingFileLockException e) {
      // Held by this very JVM (another reporter in the same process): not ours to send.
    }
    channel.close();
    return null;
  }

  /** Every run directory under the root, oldest first. */
  static List<Path> runDirectories(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> dirs = Files.list(root)) {
      return dirs.filter(Files::isDirectory).filter(d -> Files.exists(d.resolve(EventLog.FILE)))
          .sorted(Comparator.comparing(RunOutbox::modified)).toList();
    }
  }

  Path dir() {
    return dir;
  }

  Path eventsFile() {
    return dir.resolve(EventLog.FILE);
  }

  /** The live run's event log; null for a claimed leftover, whose file is only read. */
  EventLog events() {
    return events;
  }

  /** The ids of events the platform has acknowledged (a torn last line is ignored). */
  Set<String> readSent() throws IOException {
    Set<String> ids = new HashSet<>();
    try {
      for (String line : Files.readAllLines(dir.resolve(SENT_FILE), StandardCharsets.UTF_8)) {
        if (line.length() == 36) {
          ids.add(line);
        }
      }
    } catch (NoSuchFileException e) {
      // nothing sent yet
    }
    return ids;
  }

  /**
   * Records that the platform has these events. Written, not forced to disk: it survives the JVM being killed, and
   * should a power loss take its last lines, those events are merely sent again, which the platform ignores (it
   * stores each event id once). Not forcing keeps one fsync per batch off the end-of-run wait.
   */
  synchronized void markSent(List<String> eventIds) throws IOException {
    if (sent == null) {
      sent = FileChannel.open(dir.resolve(SENT_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
          StandardOpenOption.APPEND);
    }
    StringBuilder lines = new StringBuilder(eventIds.size() * 37);
    eventIds.forEach(id -> lines.append(id).append('\n'));
    ByteBuffer buffer = ByteBuffer.wrap(lines.toString().getBytes(StandardCharsets.UTF_8));
    while (buffer.hasRemaining()) {
      sent.write(buffer);
    }
  }

  /** Marks the run as ended by its own process: no more events will be appended. */
  void markFinished() throws IOException {
    Files.write(dir.resolve(FINISHED_FILE), new byte[0]);
  }

  /** Deletes the directory once everything in it is on the platform. */
  void delete() throws IOException {
    // Still holding the lock while deleting, so no other process claims a half-deleted directory.
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } finally {
      close();
    }
  }

  @Override
  public synchronized void close() throws IOException {
    try {
      if (events != null) {
        events.close();
      }
      if (sent != null) {
        sent.close();
      }
    } finally {
      if (lock.isValid()) {
        lock.release();
      }
      lockChannel.close();
    }
  }

  private static long modified(Path dir) {
    try {
      return Files.getLastModifiedTime(dir.resolve(EventLog.FILE)).toMillis();
    } catch (IOException e) {
      return 0;
    }
  }
}
