package dev.suture.junit;

import dev.suture.junit.fixtures.LongSuiteFixture;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/** The test JVM that {@link KilledRunTest} kills with SIGKILL: runs a long @WebTest suite through the Launcher. */
public final class KilledRunChild {
  private KilledRunChild() {
  }

  public static void main(String[] args) {
    LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
        .selectors(selectClass(LongSuiteFixture.class)).build());
  }
}
