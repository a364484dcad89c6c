package dev.suture.ai.internal;

/**
 * The steps of the baseline's absolute XPath ({@code /html/body/div[2]/button}), compared with a candidate's path in
 * place: splitting a thousand candidates' paths into arrays was a tenth of the bound pass.
 */
final class XPathSteps {
  private final String[] steps;

  XPathSteps(String xpath) {
    steps = xpath == null || xpath.isEmpty() ? new String[0] : xpath.substring(1).split("/");
  }

  int size() {
    return steps.length;
  }

  /**
   * Shared leading and trailing steps over the longer path: wrapping an element keeps both ends. The candidate's
   * steps are those of {@code xpath.substring(1).split("/")}: empty steps count, trailing empty ones do not.
   */
  double similarity(String xpath) {
    if (xpath == null || xpath.isEmpty()) {
      return 0;
    }
    int begin = 1;
    int end = xpath.length();
    while (end > begin && xpath.charAt(end - 1) == '/') {
      end--;
    }
    if (end == begin && xpath.length() > 1) {
      return 0; // nothing but slashes: no steps at all
    }
    int count = 1;
    for (int i = begin; i < end; i++) {
      count += xpath.charAt(i) == '/' ? 1 : 0;
    }
    int prefix = 0;
    int from = begin;
    while (prefix < steps.length && prefix < count) {
      int to = stepEnd(xpath, from, end);
      if (!sameStep(steps[prefix], xpath, from, to)) {
        break;
      }
      prefix++;
      from = to + 1;
    }
    int suffix = 0;
    int to = end;
    while (suffix < steps.length - prefix && suffix < count - prefix) {
      int start = xpath.lastIndexOf('/', to - 1) + 1;
      start = Math.max(start, begin);
      if (!sameStep(steps[steps.length - 1 - suffix], xpath, start, to)) {
        break;
      }
      suffix++;
      to = start - 1;
    }
    return (double) (prefix + suffix) / Math.max(steps.length, count);
  }

  private static int stepEnd(String xpath, int from, int end) {
    int slash = xpath.indexOf('/', from);
    return slash < 0 || slash > end ? end : slash;
  }

  private static boolean sameStep(String step, String xpath, int from, int to) {
    return step.length() == to - from && xpath.startsWith(step, from);
  }
}
