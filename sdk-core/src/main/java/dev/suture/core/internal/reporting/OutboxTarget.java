package dev.suture.core.internal.reporting;

import dev.suture.core.ReportingConfig;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Where a run's events were meant to go: the platform's URL and a digest of the project API key (the key itself is
 * never written to disk). Kept in each run's outbox directory, so leftovers are only ever sent with the
 * configuration they were recorded under: a machine whose URL or key changed between runs must not deliver an earlier
 * run into another platform or project.
 */
record OutboxTarget(String serverUrl, String keyDigest) {
  static final String FILE = "target";

  static OutboxTarget of(ReportingConfig config) {
    return new OutboxTarget(config.serverUrl(), sha256(config.apiKey()));
  }

  /** The target recorded in a run directory, or null for one written before targets were recorded. */
  static OutboxTarget read(Path runDir) throws IOException {
    try {
      String[] lines = Files.readString(runDir.resolve(FILE), StandardCharsets.UTF_8).split("\n");
      return lines.length >= 2 ? new OutboxTarget(lines[0], lines[1]) : null;
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  /** Writes the target next to the run's events, atomically, so a reader never sees half of it. */
  void write(Path runDir) throws IOException {
    Path temporary = runDir.resolve(FILE + ".tmp");
    Files.writeString(temporary, serverUrl + "\n" + keyDigest + "\n", StandardCharsets.UTF_8);
    Files.move(temporary, runDir.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
