package dev.suture.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.suture.core.ElementFingerprint;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Reads a healing case file (the exchange format of benchmarks/README.md) as a stream, one case at a time, so files
 * of any size work; a name ending in {@code .gz} is read through gzip.
 */
final class HealingCases {
  private static final ObjectMapper JSON = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private HealingCases() {
  }

  /** Hands every case of the file, in file order, to {@code each}. */
  static void forEach(Path file, Consumer<HealingCase> each) throws IOException {
    try (InputStream in = open(file); JsonParser parser = new JsonFactory(JSON).createParser(in)) {
      expect(parser.nextToken(), JsonToken.START_OBJECT, file);
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        parser.nextToken();
        if (!"cases".equals(field)) {
          parser.skipChildren();
          continue;
        }
        expect(parser.currentToken(), JsonToken.START_ARRAY, file);
        while (parser.nextToken() == JsonToken.START_OBJECT) {
          each.accept(parser.readValueAs(HealingCase.class));
        }
      }
    }
  }

  private static InputStream open(Path file) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    return file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
  }

  private static void expect(JsonToken actual, JsonToken expected, Path file) {
    if (actual != expected) {
      throw new IllegalArgumentException(file + " is not a healing case file: expected " + expected + " but found "
          + actual + ". The format is {\"cases\": [{\"id\", \"baseline\", \"candidates\", \"expected\"}]}"
          + " (see benchmarks/README.md).");
    }
  }

  /** One case of the exchange format; unknown fields are ignored. */
  record HealingCase(String id, ElementFingerprint baseline, List<ElementFingerprint> candidates, Integer expected) {
    HealingCase {
      candidates = candidates == null ? List.of() : candidates;
    }
  }
}
