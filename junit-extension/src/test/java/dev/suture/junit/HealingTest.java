package dev.suture.junit;

import com.sun.net.httpserver.HttpServer;
import dev.suture.core.RunReport;
import dev.suture.core.RunResult;
import dev.suture.core.TestResult;
import dev.suture.junit.fixtures.HealingFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

/** Healing through {@code @WebTest}: a run on the old page records baselines, a run on the new page heals. */
class HealingTest {
  private static final String OLD = "<html><body><h1>Shop</h1><p>Dune, 9.99</p>"
      + "<button id='buy' onclick=\"document.title='bought'\">Buy now</button><a href='/cart'>Cart</a></body></html>";
  private static final String NEW = "<html><body><h1>Shop</h1><p>Dune, 9.99</p>"
      + "<button class='cta' onclick=\"document.title='bought'\">Buy now</button><a href='/cart'>Cart</a></body></html>";

  private volatile String shop = OLD;
  private HttpServer server;
  @TempDir
  Path dir;

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      byte[] body = shop.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
    System.setProperty("suture.base-url", "http://127.0.0.1:" + server.getAddress().getPort());
    System.setProperty("suture.healing.dir", dir.resolve(".suture").toString());
    System.setProperty("suture.healing.wait", "300");
  }

  @AfterEach
  void stop() {
    server.stop(0);
    for (String key : new String[]{"suture.base-url", "suture.healing.dir", "suture.healing.wait",
        "suture.output.dir"}) {
      System.clearProperty(key);
    }
  }

  @Test
  void aRenamedButtonHealsAndTheHealIsInTheResultsWhileSuggestModeFailsWithTheFix() throws Exception {
    System.setProperty("suture.output.dir", dir.resolve("first").toString());
    var first = EngineTestKit.engine("junit-jupiter").selectors(selectClass(HealingFixture.class)).execute();
    first.testEvents().assertStatistics(stats -> stats.succeeded(2));
    assertThat(dir.resolve(".suture/baselines/HealingFixture.buys_Page_.json")).exists();

    shop = NEW;
    System.setProperty("suture.output.dir", dir.resolve("second").toString());
    EngineTestKit.engine("junit-jupiter").selectors(selectClass(HealingFixture.class)).execute()
        .testEvents()
        .assertStatistics(stats -> stats.succeeded(1).failed(1))
        .assertThatEvents().haveExactly(1, event(test("buysWithSuggestions"), finishedWithFailure(
            message(m -> m.contains("Suture would heal it to button \"Buy now\"")
                && m.contains("replace it with: page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()"
                + ".setName(\"Buy now\"))")))));

    RunResult run = RunReport.read(dir.resolve("second/results.json"));
    TestResult buys = run.tests().stream().filter(t -> t.methodName().equals("buys")).findFirst().orElseThrow();
    assertThat(buys.healings()).singleElement().satisfies(heal -> {
      assertThat(heal.locator()).isEqualTo("#buy");
      assertThat(heal.test()).isEqualTo("HealingFixture.buys(Page)");
      assertThat(heal.suggestion()).contains("setName(\"Buy now\")");
      assertThat(dir.resolve("second").resolve(heal.screenshot())).exists();
    });
  }
}
