package dev.suture.ai.internal.steps;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.suture.ai.PlannedStep;
import dev.suture.core.SutureException;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Resolved steps under {@code .suture/steps/}, one JSON file per page path, entries sorted by instruction so that a
 * review diff shows exactly what changed. A rerun reads the step from here: deterministic, fast, no model call.
 * Writes are atomic (temporary file, then move) and serialised across threads and processes with a file lock.
 */
final class StepCache {
  private static final ObjectMapper JSON = new ObjectMapper()
      .findAndRegisterModules()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .setSerializationInclusion(JsonInclude.Include.NON_NULL);
  private static final TypeReference<PageEntries> TYPE = new TypeReference<>() {
  };

  /** The file's content: the page path and, by instruction, the steps it resolved to. */
  record PageEntries(String page, Map<String, List<PlannedStep>> steps) {
    PageEntries {
      steps = steps == null ? new TreeMap<>() : new TreeMap<>(steps);
    }
  }

  /** The page key of steps that act on no element (navigation, page text, URL, title, keys, pauses). */
  static final String ANY_PAGE = "(any page)";
  private static final java.util.concurrent.ConcurrentHashMap<Path, Object> LOCKS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private final Path dir;

  StepCache(Path dir) {
    this.dir = dir;
  }

  /** The page part of a cache key: the URL's path, without host, port, query or fragment. */
  static String pageKey(String url) {
    try {
      URI uri = URI.create(url);
      if (uri.getScheme() != null && uri.getScheme().startsWith("http")) {
        String path = uri.getPath();
        return path == null || path.isEmpty() ? "/" : path;
      }
    } catch (IllegalArgumentException notAUri) {
      // fall through
    }
    return url == null ? "about:blank" : url.replaceAll("[?#].*", "");
  }

  /** The cached steps of an instruction on a page, or null. */
  List<PlannedStep> get(String page, String instruction) {
    Path file = fileOf(page);
    if (!Files.exists(file)) {
      return null;
    }
    List<PlannedStep> steps = read(file).steps().get(key(instruction));
    return steps == null ? null : steps.stream().map(s -> s.from("cache")).toList();
  }

  /** Stores (or replaces) the steps of an instruction on a page. */
  void put(String page, String instruction, List<PlannedStep> steps) {
    Path file = fileOf(page);
    // File locks belong to the whole JVM (a second lock from another thread throws), so threads queue here first and
    // only processes meet at the file lock.
    Object jvmLock = LOCKS.computeIfAbsent(dir.toAbsolutePath().normalize(), key -> new Object());
    synchronized (jvmLock) {
      write(file, page, instruction, steps);
    }
  }

  private void write(Path file, String page, String instruction, List<PlannedStep> steps) {
    try {
      Files.createDirectories(dir);
      try (FileChannel channel = FileChannel.open(dir.resolve(".lock"), StandardOpenOption.CREATE,
          StandardOpenOption.WRITE); FileLock ignored = channel.lock()) {
        PageEntries entries = Files.exists(file) ? read(file) : new PageEntries(page, null);
        entries.steps().put(key(instruction), List.copyOf(steps));
        // Not Files.createTempFile: its owner-only permissions would stick to a file meant for the team's repository.
        Path temp = dir.resolve("." + file.getFileName() + "." + ProcessHandle.current().pid() + "."
            + Thread.currentThread().getId() + ".tmp");
        Files.writeString(temp, JSON.writeValueAsString(new PageEntries(page, entries.steps())) + "\n",
            StandardCharsets.UTF_8);
        try {
          Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new SutureException("Cannot write the step cache " + file.toAbsolutePath() + ": " + e.getMessage()
          + ". Check that the directory is writable, or set suture.steps.cache-dir to another one.", e);
    }
  }

  Path fileOf(String page) {
    String name = page.replaceAll("^/+|/+$", "").replaceAll("[^A-Za-z0-9._-]+", "_");
    if (name.isEmpty()) {
      name = "index";
    }
    if (name.length() > 80) {
      name = name.substring(0, 80);
    }
    return dir.resolve(name + "-" + String.format(Locale.ROOT, "%08x", page.hashCode()) + ".json");
  }

  /** Instructions that differ only in spacing share an entry. */
  static String key(String instruction) {
    return instruction.trim().replaceAll("\\s+", " ");
  }

  private static PageEntries read(Path file) {
    try {
      return JSON.readValue(file.toFile(), TYPE);
    } catch (IOException e) {
      throw new SutureException("Cannot read the step cache " + file.toAbsolutePath() + ": " + e.getMessage()
          + ". Fix the JSON by hand or delete the file to resolve its steps again.", e);
    }
  }
}
