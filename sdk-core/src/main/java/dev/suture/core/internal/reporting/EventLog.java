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
  private volatile long committed;

  EventLog(Path file) throws IOException {
    this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.APPEND);
    this.committed = channel.size();
  }

  /** Appends one record and forces it to disk; returns the committed length of the file. */
  synchronized long append(byte[] json) throws IOException {
    ByteBuffer line = ByteBuffer.allocate(json.length + 10);
    line.put(checksum(json).getBytes(StandardCharsets.US_ASCII)).put((byte) ' ').put(json).put((byte) '\n').flip();
    while (line.hasRemaining()) {
      channel.write(line);
    }
    channel.force(false);
    committed = channel.position();
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
  public synchronized void close() throws IOException {
    channel.close();
  }
}
