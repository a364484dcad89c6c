package dev.suture.platform.ai;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Classifies a stored failure by rules, with the failure kinds of ai-healing's step runner ({@code application
 * error}, {@code healed}, {@code locator broken}, {@code unresolved}, {@code assertion mismatch},
 * {@code navigation or timeout}), from what a run reported: the error, the failed step, the heals and the error
 * logs. The application's own errors come first: they explain the rest.
 */
final class FailureRules {

    static final String APPLICATION = "application error";
    static final String HEALED = "healed";
    static final String LOCATOR = "locator broken";
    static final String UNRESOLVED = "unresolved";
    static final String ASSERTION = "assertion mismatch";
    static final String NAVIGATION = "navigation or timeout";
    static final String UNKNOWN = "unknown";

    private static final Pattern APP = Pattern.compile("\\bHTTP 5\\d\\d\\b|\\b5\\d\\d internal server error|"
            + "console error|uncaught (page )?error|the application failed", Pattern.CASE_INSENSITIVE);
    private static final Pattern LOCATOR_TEXT = Pattern.compile("LocatorHealingException|waiting for locator|"
            + "strict mode violation|resolved to 0 elements|element is not (attached|visible|enabled)|"
            + "not found or not actionable", Pattern.CASE_INSENSITIVE);
    private static final Pattern UNRESOLVED_TEXT = Pattern.compile("StepRefused|could not be resolved|"
            + "no element matches|is ambiguous", Pattern.CASE_INSENSITIVE);
    private static final Pattern ASSERTION_TEXT = Pattern.compile("AssertionError|AssertionFailedError|"
            + "Locator expected|expected:? .*(but|to)|ComparisonFailure", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAVIGATION_TEXT = Pattern.compile("net::ERR_|navigat|timeout|timed out",
            Pattern.CASE_INSENSITIVE);

    /** A kind, why it was chosen, and what to do about it. */
    record Verdict(String category, String explanation, String suggestion) {
    }

    private FailureRules() {
    }

    /**
     * @param error       error type and message as reported (may be empty)
     * @param stepError   the failed step's error, or null
     * @param errorLogs   the ERROR log lines of the test
     * @param healedTo    "old → new" of a heal the test acted on, or null
     * @param refusedHeal the locator whose heal was refused, or null
     */
    static Verdict classify(String error, @Nullable String stepError, List<String> errorLogs, @Nullable String healedTo,
                            @Nullable String refusedHeal) {
        String all = error + "\n" + (stepError == null ? "" : stepError);
        String appError = errorLogs.stream().filter(l -> APP.matcher(l).find()).findFirst()
                .orElse(APP.matcher(all).find() ? firstLine(all) : null);
        if (appError != null) {
            return new Verdict(APPLICATION, "The application itself failed while the test ran: " + appError,
                    "Fix the server or page error first; the test failure follows from it.");
        }
        if (healedTo != null && (LOCATOR_TEXT.matcher(all).find() || NAVIGATION_TEXT.matcher(all).find()
                || ASSERTION_TEXT.matcher(all).find())) {
            return new Verdict(HEALED, "The test acted on a healed element (" + healedTo + ") and then failed: "
                    + firstLine(all), "Check the heal in healing records; reject it if it picked the wrong element.");
        }
        if (refusedHeal != null || LOCATOR_TEXT.matcher(all).find()) {
            return new Verdict(LOCATOR, "An element was not found or not usable"
                    + (refusedHeal == null ? "" : " and healing " + refusedHeal + " was refused as too uncertain")
                    + ": " + firstLine(all), "Update the locator (try fix-locator on the page) or the page's "
                    + "test ids.");
        }
        if (UNRESOLVED_TEXT.matcher(all).find()) {
            return new Verdict(UNRESOLVED, "A plain-English step could not be matched to one element: "
                    + firstLine(all), "Reword the step with the element's visible text, or name it more exactly.");
        }
        if (ASSERTION_TEXT.matcher(all).find()) {
            return new Verdict(ASSERTION, "The page did not show what the test expected: " + firstLine(all),
                    "If the application changed on purpose, update the expected value; otherwise it is a bug.");
        }
        if (NAVIGATION_TEXT.matcher(all).find()) {
            return new Verdict(NAVIGATION, "A page did not load or an action ran out of time: " + firstLine(all),
                    "Check that the environment is up and reachable; raise timeouts only for slow pages.");
        }
        return new Verdict(UNKNOWN, all.isBlank() ? "The run reported no error message." : firstLine(all),
                "Read the stack trace and logs of the run.");
    }

    static String firstLine(String text) {
        String t = text.strip();
        int newline = t.indexOf('\n');
        String line = (newline < 0 ? t : t.substring(0, newline)).strip();
        return line.length() > 500 ? line.substring(0, 497) + "..." : line;
    }
}
