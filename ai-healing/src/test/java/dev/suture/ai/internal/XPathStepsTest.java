package dev.suture.ai.internal;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The in-place comparison must give what comparing the split paths gave, on odd paths too. */
class XPathStepsTest {
  private static final List<String> PATHS = List.of("/html/body/div[2]/form/button", "/html/body/div[2]/button",
      "/html/body/main/div[2]/form/button", "/html/body/div[3]/form/button", "/html/body", "/html", "/", "//", "///",
      "/html//body", "/html/body/", "/html/body//", "html/body", "x", "a/", "/a/b/c/d/e/f/g", "/g");

  @Test
  void comparesLikeTheSplitSteps() {
    for (String base : PATHS) {
      XPathSteps steps = new XPathSteps(base);
      for (String candidate : PATHS) {
        assertThat(steps.similarity(candidate)).as("%s vs %s", base, candidate)
            .isEqualTo(splitSimilarity(base, candidate));
      }
      assertThat(steps.similarity(null)).isZero();
      assertThat(steps.similarity("")).isZero();
    }
  }

  @Test
  void wrappingKeepsBothEnds() {
    assertThat(new XPathSteps("/html/body/div[2]/form/button").similarity("/html/body/div[2]/div/form/button"))
        .isEqualTo(5.0 / 6);
  }

  /** The comparison as it was written before: split both paths into arrays of steps. */
  private static double splitSimilarity(String basePath, String candidatePath) {
    String[] a = basePath.substring(1).split("/");
    String[] b = candidatePath.substring(1).split("/");
    if (b.length == 0) {
      return 0;
    }
    int prefix = 0;
    while (prefix < a.length && prefix < b.length && a[prefix].equals(b[prefix])) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < a.length - prefix && suffix < b.length - prefix
        && a[a.length - 1 - suffix].equals(b[b.length - 1 - suffix])) {
      suffix++;
    }
    return (double) (prefix + suffix) / Math.max(a.length, b.length);
  }
}
