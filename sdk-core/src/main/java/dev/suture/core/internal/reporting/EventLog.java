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
 * JSON, a newline. Every append is forced to disk before it returns, so an event a test has reported survives a
 * killed JVM or a power loss; the checksum and the newline let a reader tell a torn last write from good records.
 */
final class EventLog implements Closeable {
  static final String FILE = "events.log";

  private final FileChannel channel;
  private final Object writeLock = new Object();
  private final Object forceLock = new Object();
  /** The end of the last record written (maybe not yet on disk), always at a record boundary. */
  private volatile long written;
  private volatile long committed;

  EventLog(Path file) throws IOException {
    this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.APPEND);
    this.written = channel.size();
    this.committed = written;
  }

  /**
   * Appends one record and returns once it is forced to disk. Tests finishing at the same time share one force
   * (group commit): whoever forces covers every record written before it, so the others find theirs done.
   */
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
    synchronized (forceLock) {
      if (committed < end) {
        long target = written;
        channel.force(false);
        committed = target;
      }
    }
    return committed;
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
    synchronized (writeLock) {
      synchronized (forceLock) {
        channel.close();
      }
    }
  }
}
