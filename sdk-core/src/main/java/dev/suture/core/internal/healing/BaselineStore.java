package dev.suture.core.internal.healing;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.suture.core.ElementFingerprint;
import dev.suture.core.SutureException;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One test's locator baselines, in {@code .suture/baselines/<test>.json}: readable JSON a team commits and reviews.
 *
 * <p>One file per test, so tests running in parallel never write the same file; entries are keyed by page path and
 * selector, so the same selector on two pages never collides. Writes go to a temporary file that is then moved over
 * the old one, so a reader never sees half a file. A user rejects a heal by changing its {@code "verdict"} from
 * {@code "unreviewed"} to {@code "rejected"}: the next run restores the previous baseline and never heals to that
 * element again.
 */
final class BaselineStore {
  static final String REJECTED = "rejected";
  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
      .enable(SerializationFeature.INDENT_OUTPUT).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private final Path file;
  private final String test;
  private Map<String, Entry> entries;
  private boolean dirty;

  BaselineStore(Path directory, String test) {
    this.file = directory.resolve("baselines").resolve(fileName(test) + ".json");
    this.test = test;
  }

  Path file() {
    return file;
  }

  /** The baseline of a selector on a page, or null. */
  Entry get(String page, String selector) {
    return entries().get(key(page, selector));
  }

  /** Records the element a selector matched; a heal that was not rejected stays on record for review. */
  void matched(String page, String selector, ElementFingerprint element) {
    Entry old = entries().get(key(page, selector));
    if (old != null && old.fingerprint().equals(element)) {
      return;
    }
    entries().put(key(page, selector), new Entry(selector, page, element,
        old == null ? null : old.heal(), old == null ? List.of() : old.rejected()));
    dirty = true;
  }

  /** Records a heal: the healed element becomes the baseline, the old one is kept in case a user rejects it. */
  void healed(String page, String selector, ElementFingerprint from, ElementFingerprint to, String healedTo,
              String suggestion, double score) {
    Entry old = entries().get(key(page, selector));
    entries().put(key(page, selector), new Entry(selector, page, to,
        new Heal(from, to, healedTo, suggestion, score, Instant.now(), "unreviewed"),
        old == null ? List.of() : old.rejected()));
    dirty = true;
  }

  /** Writes the baselines if anything changed; called once a test passed. */
  void commit() {
    if (!dirty) {
      return;
    }
    try {
      Files.createDirectories(file.getParent());
      Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
      JSON.writeValue(temporary.toFile(), new BaselineFile(1, test, new TreeMap<>(entries)));
      try {
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
      dirty = false;
    } catch (IOException e) {
      throw new SutureException("Cannot write the locator baselines " + file + ": " + e.getMessage()
          + ". Check that the directory is writable, or move it with suture.healing.dir.", e);
    }
  }

  private Map<String, Entry> entries() {
    if (entries == null) {
      entries = new TreeMap<>();
      if (Files.isRegularFile(file)) {
        try {
          BaselineFile read = JSON.readValue(file.toFile(), BaselineFile.class);
          if (read.baselines() != null) {
            read.baselines().forEach((key, entry) -> entries.put(key, applyVerdict(entry)));
          }
        } catch (IOException e) {
          throw new SutureException("Cannot read the locator baselines " + file + ": " + e.getMessage()
              + ". Fix the JSON or delete the file to record the baselines again.", e);
        }
      }
    }
    return entries;
  }

  /** A heal a user rejected: back to the element before it, and that element is never healed to again. */
  private Entry applyVerdict(Entry entry) {
    if (entry.heal() == null || !REJECTED.equalsIgnoreCase(entry.heal().verdict())) {
      return entry;
    }
    List<ElementFingerprint> rejected = new ArrayList<>(entry.rejected());
    rejected.add(entry.heal().to());
    dirty = true;
    return new Entry(entry.locator(), entry.page(), entry.heal().from(), null, rejected);
  }

  private static String key(String page, String selector) {
    return page + " " + selector;
  }

  private static String fileName(String test) {
    String safe = test.replaceAll("[^A-Za-z0-9._-]+", "_");
    return safe.length() > 150 ? safe.substring(0, 150) : safe;
  }

  /**
   * A selector's baseline.
   *
   * @param locator     the selector as the test wrote it (Playwright's internal form for getBy... locators)
   * @param page        the path of the page it was used on
   * @param fingerprint the element it matched last
   * @param heal        the last heal, for review, or null
   * @param rejected    elements users rejected as heals of this selector
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"locator", "page", "fingerprint", "heal", "rejected"})
  record Entry(String locator, String page, ElementFingerprint fingerprint, Heal heal,
               List<ElementFingerprint> rejected) {
    Entry {
      rejected = rejected == null ? List.of() : List.copyOf(rejected);
    }
  }

  /**
   * A heal kept for review.
   *
   * @param verdict {@code unreviewed}; a user sets {@code rejected} to undo it for good
   */
  @JsonPropertyOrder({"verdict", "suggestion", "healedTo", "score", "at", "from", "to"})
  record Heal(ElementFingerprint from, ElementFingerprint to, String healedTo, String suggestion, double score,
              Instant at, String verdict) {
  }

  @JsonPropertyOrder({"version", "test", "baselines"})
  record BaselineFile(int version, String test, Map<String, Entry> baselines) {
  }
}
