package dev.suture.benchmarks;

import dev.suture.core.ElementFingerprint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A fixed sample of the healing corpus ({@code healing/cases.json.gz}) to run end to end: every {@value #EVERY}th
 * case whose element a test could have located on version 1 by id, by role and name or by label, with a locator that
 * no element of the changed version matches any more (so that healing is what the run tests). The kind of locator
 * rotates from case to case so that every kind is exercised; the sample follows from the file alone.
 */
final class CorpusSample {
  static final Path CASES = Path.of("healing", "cases.json.gz");
  static final Path PAGES = Path.of("healing", "pages");
  private static final int EVERY = 6;
  private static final Set<String> ROLES = Set.of("button", "link", "textbox", "checkbox", "radio", "combobox",
      "tab", "menuitem", "searchbox", "switch");
  private static final List<List<CorpusLocator.Kind>> ROTATION = List.of(
      List.of(CorpusLocator.Kind.ROLE, CorpusLocator.Kind.LABEL, CorpusLocator.Kind.ID),
      List.of(CorpusLocator.Kind.ID, CorpusLocator.Kind.ROLE, CorpusLocator.Kind.LABEL),
      List.of(CorpusLocator.Kind.LABEL, CorpusLocator.Kind.ID, CorpusLocator.Kind.ROLE));

  private CorpusSample() {
  }

  static List<CorpusLocator> locators() {
    List<CorpusLocator> usable = new ArrayList<>();
    try {
      HealingCases.forEach(CASES, c -> {
        CorpusLocator locator = locator(c, ROTATION.get(usable.size() % ROTATION.size()));
        if (locator != null) {
          usable.add(locator);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<CorpusLocator> sample = new ArrayList<>();
    for (int i = 0; i < usable.size(); i += EVERY) {
      sample.add(usable.get(i));
    }
    return sample;
  }

  private static CorpusLocator locator(HealingCases.HealingCase c, List<CorpusLocator.Kind> preference) {
    ElementFingerprint b = c.baseline();
    String expected = c.expected() == null ? null : c.candidates().get(c.expected()).xpath();
    for (CorpusLocator.Kind kind : preference) {
      CorpusLocator locator = switch (kind) {
        case ID -> b.id() != null && b.id().matches("[A-Za-z][\\w-]*")
            && none(c, e -> b.id().equals(e.id()))
            ? new CorpusLocator(c.id(), kind, null, b.id(), expected) : null;
        case ROLE -> b.role() != null && ROLES.contains(b.role()) && present(b.accessibleName())
            && none(c, e -> b.role().equals(e.role()) && b.accessibleName().equals(e.accessibleName()))
            ? new CorpusLocator(c.id(), kind, b.role(), b.accessibleName(), expected) : null;
        case LABEL -> present(b.labelText())
            && none(c, e -> b.labelText().equals(e.labelText()) || b.labelText().equals(e.ariaLabel()))
            ? new CorpusLocator(c.id(), kind, null, b.labelText(), expected) : null;
      };
      if (locator != null) {
        return locator;
      }
    }
    return null;
  }

  /** Whether no element of the changed version has what the locator looks for: the locator is broken there. */
  private static boolean none(HealingCases.HealingCase c, Predicate<ElementFingerprint> matches) {
    return c.candidates().stream().noneMatch(matches);
  }

  private static boolean present(String text) {
    return text != null && !text.isBlank();
  }
}
