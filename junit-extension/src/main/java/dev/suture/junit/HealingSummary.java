package dev.suture.junit;

import dev.suture.core.HealingEvent;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * The end-of-run healing summary: every heal of the run, printed once when JUnit closes the root store, so that no
 * heal goes unnoticed in a green build.
 */
final class HealingSummary implements ExtensionContext.Store.CloseableResource, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(HealingSummary.class);
  private final List<HealingEvent> events = new ArrayList<>();

  synchronized void addAll(List<HealingEvent> heals) {
    events.addAll(heals);
  }

  @Override
  public synchronized void close() {
    if (events.isEmpty()) {
      return;
    }
    // Printed once even if JUnit closes the resource through both of its interfaces.
    List<HealingEvent> heals = List.copyOf(events);
    events.clear();
    StringBuilder out = new StringBuilder("Suture healed ").append(heals.size())
        .append(heals.size() == 1 ? " locator" : " locators")
        .append(" in this run; update the tests (review or reject heals in .suture/baselines/):");
    for (HealingEvent event : heals) {
      out.append(System.lineSeparator()).append("  ").append(event.describe());
      if (event.screenshot() != null) {
        out.append(" [").append(event.screenshot()).append(']');
      }
    }
    System.out.println(out);
    LOG.debug("{}", out);
  }
}
