package dev.suture.platform.ai;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.suture.platform.testcase.TestCasePayloads.Step;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * {@code improve-test}, by rules over a test case's stored steps: locators tied to the page's structure or to
 * machine-made names, fixed pauses, repeated steps, secrets typed as literals, and missing checks. It proposes
 * steps with the safe fixes applied (repeats removed, literal secrets replaced by a suite environment variable) and
 * explains the rest; the test case itself is not changed.
 */
final class TestImprover {

    private static final Pattern STRUCTURAL = Pattern.compile("^(xpath=)?/html|^/{1,2}\\w+\\[\\d+]|:nth-child\\(|"
            + ":nth-of-type\\(|>> *nth=|\\bnth\\(");
    /** React's {@code :r3:}, CSS-in-JS classes, long hex or digit runs: names a build regenerates. */
    private static final Pattern MACHINE_MADE = Pattern.compile(":r[0-9a-z]+:|\\bcss-[a-z0-9]{5,}|\\bsc-[a-zA-Z]{5,}|"
            + "[#.\\[=\"'][\\w-]*[0-9a-f]{8,}|[#.][\\w-]*\\d{4,}");
    private static final Pattern SECRET_FIELD = Pattern.compile("pass(word)?|secret|token|api.?key",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CHECK_WORDS = Pattern.compile("^(check|verify|assert|ensure|confirm|make sure|expect)"
            + "\\b|\\b(should|must)\\b|\\bi should see\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FIXED_PAUSE = Pattern.compile("^wait \\d+(\\.\\d+)? ?(ms|milliseconds?|s|seconds?)$",
            Pattern.CASE_INSENSITIVE);

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Suggestion(@Nullable Integer stepIndex, String kind, String message) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Improvement(List<Suggestion> suggestions, List<Step> steps, boolean changed) {
    }

    private TestImprover() {
    }

    static Improvement improve(List<Step> steps) {
        List<Suggestion> out = new ArrayList<>();
        List<Step> proposed = new ArrayList<>();
        if (steps.isEmpty()) {
            out.add(new Suggestion(null, "empty", "The test has no steps; generate some with generate-test."));
        }
        Step previous = null;
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            if (s.equals(previous)) {
                out.add(new Suggestion(i, "repeated-step", "Step " + i + " repeats step " + (i - 1)
                        + " exactly; removed from the proposal."));
                continue;
            }
            previous = s;
            String target = s.target() == null ? "" : s.target();
            if (STRUCTURAL.matcher(target).find()) {
                out.add(new Suggestion(i, "structural-locator", "Step " + i + "'s locator '" + target + "' depends on "
                        + "the page's structure and breaks when the layout changes; use a role, label, text or test "
                        + "id (fix-locator proposes one from the live page)."));
            } else if (MACHINE_MADE.matcher(target).find()) {
                out.add(new Suggestion(i, "generated-name", "Step " + i + "'s locator '" + target + "' uses a name the "
                        + "build generates and may change on the next release; use a role, label, text or test id."));
            }
            if (isFixedPause(s)) {
                out.add(new Suggestion(i, "fixed-pause", "Step " + i + " pauses for a fixed time, which is slow when "
                        + "the page is quick and flaky when it is slow; wait for the element or text you need "
                        + "instead (\"wait until the results appear\")."));
            }
            proposed.add(withoutLiteralSecret(s, i, out));
        }
        int lastCheck = -1;
        for (int i = 0; i < proposed.size(); i++) {
            if (isCheck(proposed.get(i))) {
                lastCheck = i;
            }
        }
        if (!proposed.isEmpty() && lastCheck < 0) {
            out.add(new Suggestion(null, "no-check", "The test checks nothing, so it passes whatever the page shows; "
                    + "add a check of the outcome at the end (\"check that the page says Order placed\")."));
        } else if (!proposed.isEmpty() && lastCheck < proposed.size() - 1) {
            out.add(new Suggestion(lastCheck + 1, "unchecked-end", "The last " + (proposed.size() - 1 - lastCheck)
                    + " step(s) are not followed by any check; add one of their outcome."));
        }
        return new Improvement(out, proposed, !proposed.equals(steps));
    }

    /** A password typed as a literal moves to the suite environment variable {@code ${PASSWORD}}. */
    private static Step withoutLiteralSecret(Step s, int index, List<Suggestion> out) {
        boolean fill = Objects.equals(lower(s.action()), "fill") || Objects.equals(lower(s.action()), "type");
        String where = (s.target() == null ? "" : s.target()) + " " + (s.instruction() == null ? "" : s.instruction());
        if (!fill || s.value() == null || s.value().isBlank() || s.value().startsWith("${")
                || !SECRET_FIELD.matcher(where).find()) {
            return s;
        }
        out.add(new Suggestion(index, "literal-secret", "Step " + index + " types a secret written into the test; "
                + "the proposal reads it from the suite's environment variable PASSWORD instead (set it in the "
                + "suite configuration)."));
        return new Step(s.action(), s.target(), "${PASSWORD}", s.instruction() == null ? null
                : s.instruction().replace(s.value(), "${PASSWORD}"));
    }

    private static boolean isCheck(Step s) {
        String action = lower(s.action());
        return action.startsWith("expect") || action.startsWith("assert") || action.startsWith("verify")
                || s.instruction() != null && CHECK_WORDS.matcher(s.instruction().strip()).find();
    }

    private static boolean isFixedPause(Step s) {
        String action = lower(s.action());
        return action.startsWith("wait") && (s.target() == null || s.target().isBlank()) && s.value() != null
                && s.value().strip().matches("\\d+")
                || s.instruction() != null && FIXED_PAUSE.matcher(s.instruction().strip()).matches();
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }
}
