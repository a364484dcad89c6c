package dev.suture.core.internal.reporting;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads records of an {@link EventLog} from a byte offset. Records whose checksum or JSON is wrong, and a last line
 * without its newline (a torn write), are skipped and described in {@link Chunk#problems()}, so the good records
 * around them are still sent.
 */
final class EventLogReader {
  private EventLogReader() {
  }

  /** A record as stored: its event (contract form plus local artifact files) and where it ends in the file. */
  record StoredEvent(String eventId, String type, ObjectNode event, long endOffset) {
  }

  /** The records read, the offset to continue from, and what was wrong with the bytes skipped. */
  record Chunk(List<StoredEvent> events, long nextOffset, List<String> problems) {
  }

  /**
   * Reads up to {@code maxEvents} records or about {@code maxBytes} of them between {@code from} and {@code until}.
   * A last line without a newline is a torn tail when {@code final}ly nothing more will be appended; otherwise it
   * is left for the next read.
   */
  static Chunk read(Path file, long from, long until, int maxEvents, long maxBytes, boolean tailIsFinal)
      throws IOException {
    List<StoredEvent> events = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    long offset = from;
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      channel.position(from);
      InputStream in = new BufferedInputStream(Channels.newInputStream(channel), 64 * 1024);
      ByteArrayOutputStream line = new ByteArrayOutputStream(1024);
      long read = 0;
      while (offset < until && events.size() < maxEvents && read < maxBytes) {
        line.reset();
        long lineStart = offset;
        int b;
        boolean complete = false;
        while (offset < until && (b = in.read()) != -1) {
          offset++;
          if (b == '\n') {
            complete = true;
            break;
          }
          line.write(b);
        }
        if (!complete) {
          if (tailIsFinal) {
            problems.add("torn last record at bytes " + lineStart + ".." + offset + " of " + file
                + " (an interrupted write); it is skipped");
          } else {
            offset = lineStart;
          }
          break;
        }
        read += offset - lineStart;
        StoredEvent event = parse(line.toByteArray(), offset);
        if (event == null) {
          problems.add("corrupt record at bytes " + lineStart + ".." + offset + " of " + file
              + " (checksum or JSON does not match); it is skipped");
        } else {
          events.add(event);
        }
      }
    }
    return new Chunk(events, offset, problems);
  }

  private static StoredEvent parse(byte[] line, long endOffset) {
    if (line.length < 10 || line[8] != ' ') {
      return null;
    }
    String crc = new String(line, 0, 8, StandardCharsets.US_ASCII);
    byte[] json = java.util.Arrays.copyOfRange(line, 9, line.length);
    if (!crc.equals(EventLog.checksum(json))) {
      return null;
    }
    try {
      if (!(Json.MAPPER.readTree(json) instanceof ObjectNode event) || !event.hasNonNull("eventId")) {
        return null;
      }
      return new StoredEvent(event.get("eventId").asText(), event.path("type").asText(), event, endOffset);
    } catch (IOException e) {
      return null;
    }
  }
}
