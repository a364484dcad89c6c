package dev.suture.core.internal.reporting;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32;

/**
 * A run's append-only event file. Each record is one line: the CRC-32 of the JSON in 8 hex digits, a space, the
 * JSON, a newline; the checksum and the newline let a reader tell a torn last write from good records.
 *
 * <p>An append is written to the file (the kernel's page cache) before it returns, so it survives the JVM being
 * killed, SIGKILL included. It is forced to disk (fsync), for power loss, either before the append returns
 * ({@code forceOnAppend}) or by the sender before it reads anything to send: on a busy disk one fsync can take
 * hundreds of milliseconds, which a test should not wait for. Either way nothing is sent before it is on disk, and
 * appends that come together share one fsync (group commit).
 */
final class EventLog implements Closeable {
  static final String FILE = "events.log";

  private final FileChannel channel;
  private final Object writeLock = new Object();
  private final Object forceLock = new Object();
  /** The end of the last record written (maybe not yet on disk), always at a record boundary. */
  private volatile long written;
  private volatile long committed;
  private final boolean forceOnAppend;

  EventLog(Path file, boolean forceOnAppend) throws IOException {
    this.forceOnAppend = forceOnAppend;
    this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.APPEND);
    this.written = channel.size();
    this.committed = written;
  }

  /** Appends one record; returns once it is written, and also forced to disk when so configured. */
  long append(byte[] json) throws IOException {
    ByteBuffer line = ByteBuffer.allocate(json.length + 10);
    line.put(checksum(json).getBytes(StandardCharsets.US_ASCII)).put((byte) ' ').put(json).put((byte) '\n').flip();
    long end;
    synchronized (writeLock) {
      while (line.hasRemaining()) {
        channel.write(line);
      }
      end = channel.position();
      written = end;
    }
    if (forceOnAppend) {
      force(end);
    }
    return end;
  }

  /** Forces every record written so far to disk and returns the committed length. */
  long force() throws IOException {
    return force(written);
  }

  /** Whoever forces covers every record written before it, so appenders waiting behind find theirs done. */
  private long force(long end) throws IOException {
    synchronized (forceLock) {
      if (committed < end && channel.isOpen()) {
        long target = written;
        channel.force(false);
        committed = target;
      }
      return committed;
    }
  }

  /** The length of the file up to the end of the last record forced to disk. */
  long committed() {
    return committed;
  }

  static String checksum(byte[] json) {
    CRC32 crc = new CRC32();
    crc.update(json);
    return String.format("%08x", crc.getValue());
  }

  @Override
  public void close() throws IOException {
    force();
    synchronized (writeLock) {
      synchronized (forceLock) {
        channel.close();
      }
    }
  }
}
