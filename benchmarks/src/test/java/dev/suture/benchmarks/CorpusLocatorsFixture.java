package dev.suture.benchmarks;

import com.microsoft.playwright.Page;
import dev.suture.junit.WebTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

/**
 * The corpus sample as a customer's test suite: each case opens its page and reads its element's text through the
 * case's locator. Run by {@link CorpusHealingTest} against version 1 (baselines) and then the changed versions.
 */
@WebTest(trace = "off")
class CorpusLocatorsFixture {
  @ParameterizedTest(name = "{0}")
  @MethodSource("sample")
  void readsItsElement(CorpusLocator locator, Page page) {
    page.navigate(locator.path());
    locator.on(page).textContent();
  }

  static List<CorpusLocator> sample() {
    return CorpusSample.locators();
  }
}
