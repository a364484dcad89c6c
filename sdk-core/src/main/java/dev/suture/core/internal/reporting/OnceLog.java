package dev.suture.core.internal.reporting;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Warnings that would repeat for every batch (server down, key refused) are logged once per kind per reporter. */
final class OnceLog {
  private static final Logger LOG = LoggerFactory.getLogger("dev.suture.reporting");

  private final Set<String> seen = ConcurrentHashMap.newKeySet();

  void warn(String kind, String format, Object... args) {
    if (seen.add(kind)) {
      LOG.warn(format, args);
    }
  }

  static Logger log() {
    return LOG;
  }
}
