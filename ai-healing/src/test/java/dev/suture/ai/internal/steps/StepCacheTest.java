package dev.suture.ai.internal.steps;

import dev.suture.ai.PlannedStep;
import dev.suture.ai.StepAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The step cache on disk: keys, sorted reviewable JSON, parallel writers, broken files. */
class StepCacheTest {
  @TempDir
  Path dir;

  private static PlannedStep click(String instruction, String locator) {
    return new PlannedStep(instruction, StepAction.CLICK, locator, "getByRole(button, \"x\")", null, null, 0.9,
        "offline");
  }

  @Test
  void keysIgnoreHostPortQueryAndSpacing() {
    assertThat(StepCache.pageKey("http://127.0.0.1:4711/shop/cart.html?x=1#top")).isEqualTo("/shop/cart.html");
    assertThat(StepCache.pageKey("https://example.com")).isEqualTo("/");
    assertThat(StepCache.key("  click   Sign in ")).isEqualTo("click Sign in");
  }

  @Test
  void entriesAreSortedAndReadBackAsCached() throws Exception {
    StepCache cache = new StepCache(dir);
    cache.put("/login", "click Sign in", List.of(click("click Sign in", "#signin")));
    cache.put("/login", "click Forgot password", List.of(click("click Forgot password", "#forgot")));

    String json = Files.readString(cache.fileOf("/login"));
    assertThat(json.indexOf("\"click Forgot password\"")).isLessThan(json.indexOf("\"click Sign in\""));
    assertThat(cache.get("/login", "click  Sign in")).singleElement().satisfies(step -> {
      assertThat(step.locator()).isEqualTo("#signin");
      assertThat(step.source()).isEqualTo("cache");
    });
    assertThat(cache.get("/other", "click Sign in")).isNull();
  }

  @Test
  void parallelWritersLoseNothing() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<?>> writes = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      int n = i;
      // Separate cache objects, as separate tests (or processes) would have.
      writes.add(pool.submit(() -> new StepCache(dir).put("/p", "click " + n, List.of(click("click " + n, "#b" + n)))));
    }
    for (Future<?> write : writes) {
      write.get(30, TimeUnit.SECONDS);
    }
    pool.shutdown();
    StepCache cache = new StepCache(dir);
    for (int i = 0; i < 40; i++) {
      assertThat(cache.get("/p", "click " + i)).singleElement().satisfies(s -> assertThat(s.locator()).startsWith("#b"));
    }
  }

  @Test
  void aBrokenFileSaysHowToFixIt() throws Exception {
    StepCache cache = new StepCache(dir);
    Files.writeString(cache.fileOf("/login"), "{ not json");
    assertThatThrownBy(() -> cache.get("/login", "click Sign in"))
        .hasMessageStartingWith("Cannot read the step cache " + cache.fileOf("/login").toAbsolutePath())
        .hasMessageEndingWith("Fix the JSON by hand or delete the file to resolve its steps again.");
  }
}
