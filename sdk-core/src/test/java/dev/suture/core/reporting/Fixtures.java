package dev.suture.core.reporting;

import dev.suture.core.ActionResult;
import dev.suture.core.Artifact;
import dev.suture.core.ArtifactKind;
import dev.suture.core.CiInfo;
import dev.suture.core.ErrorInfo;
import dev.suture.core.ReportingConfig;
import dev.suture.core.Settings;
import dev.suture.core.TestResult;
import dev.suture.core.TestStatus;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Results and configurations for the reporting tests. */
final class Fixtures {
  static final String KEY = "sk_test_0123456789";
  static final CiInfo CI = new CiInfo("local", "abc123", "main", "Ann", null, null);

  private Fixtures() {
  }

  static ReportingConfig config(String url, Path outbox, long finishWaitMs, String... more) {
    Map<String, String> values = new HashMap<>(Map.of(
        ReportingConfig.SERVER_URL, url,
        ReportingConfig.API_KEY, KEY,
        ReportingConfig.OUTBOX_DIR, outbox.toString(),
        ReportingConfig.FINISH_WAIT, String.valueOf(finishWaitMs),
        ReportingConfig.HTTP_TIMEOUT, "1000"));
    for (int i = 0; i < more.length; i += 2) {
      values.put(more[i], more[i + 1]);
    }
    return ReportingConfig.from(Settings.of(values, Map.of(), Map.of(), Map.of()));
  }

  static TestResult passed(String method) {
    return new TestResult("shop.CartTest#" + method + "(Page)", "shop.CartTest", method, method + "(Page)",
        TestStatus.PASSED, Instant.now(), 42,
        List.of(new ActionResult("click", "#add", null, Instant.now(), 12, null),
            new ActionResult("fill", "#qty", "2", Instant.now(), 8, null)),
        null, List.of());
  }

  static TestResult failed(String method, String... artifactPaths) {
    List<Artifact> artifacts = java.util.Arrays.stream(artifactPaths)
        .map(p -> new Artifact(p.endsWith(".zip") ? ArtifactKind.TRACE : ArtifactKind.SCREENSHOT, p, 3, "image/png"))
        .toList();
    return new TestResult("shop.CartTest#" + method + "(Page)", "shop.CartTest", method, method + "(Page)",
        TestStatus.FAILED, Instant.now(), 99, List.of(), ErrorInfo.of(new AssertionError("expected 2 items")),
        artifacts);
  }
}
