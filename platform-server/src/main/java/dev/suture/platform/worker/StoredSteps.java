package dev.suture.platform.worker;

import dev.suture.ai.PlannedStep;
import dev.suture.ai.StepAction;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A test case's stored steps, as the worker runs them: a step with an action the step runner knows ({@code click},
 * {@code fill}, {@code navigate}, {@code expect text}, ...) and a Playwright locator runs as that action; a step
 * with only an {@code instruction} (or action {@code step}) runs as plain English. {@code ${NAME}} in a target,
 * value or instruction is replaced by the suite's environment variable NAME.
 */
final class StoredSteps {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");
    private static final Map<String, StepAction> ALIASES = Map.of("goto", StepAction.NAVIGATE, "open",
            StepAction.NAVIGATE, "type", StepAction.FILL, "select", StepAction.SELECT_OPTION);

    private StoredSteps() {
    }

    /** One stored step (the JSON of {@code test_cases.steps}). */
    @Serdeable
    record Step(String action, @Nullable String target, @Nullable String value, @Nullable String instruction) {
    }

    /** The action a stored step names, or null when it names none the runner knows. */
    static StepAction action(String name) {
        String key = name.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "");
        for (StepAction a : StepAction.values()) {
            if (a.name().replace("_", "").equalsIgnoreCase(key) || a.label().replace(" ", "").equalsIgnoreCase(key)) {
                return a;
            }
        }
        return ALIASES.get(key);
    }

    /** Whether the step runs as plain English. */
    static boolean isInstruction(Step step) {
        return step.instruction() != null && !step.instruction().isBlank()
                && (action(step.action()) == null || step.target() == null && action(step.action()).needsTarget());
    }

    /**
     * The step as the runner's resolved-step form. A navigation takes its URL from value or target; a path is
     * resolved against the suite's base URL.
     */
    static PlannedStep planned(Step step, @Nullable String baseUrl, Map<String, String> env) {
        StepAction action = action(step.action());
        if (action == null) {
            throw new IllegalArgumentException("Unknown step action '" + step.action() + "'; use one of "
                    + java.util.Arrays.stream(StepAction.values()).map(StepAction::label).toList()
                    + ", or write the step as a plain-English instruction");
        }
        String target = expand(step.target(), env);
        String value = expand(step.value(), env);
        if (action == StepAction.NAVIGATE) {
            String url = value != null ? value : target;
            if (url != null && baseUrl != null && url.startsWith("/")) {
                url = URI.create(baseUrl).resolve(url).toString();
            }
            return new PlannedStep(step.instruction(), action, null, null, url, null, 1.0, "stored");
        }
        PlannedStep planned = new PlannedStep(step.instruction(), action, target, null, value, null, 1.0, "stored");
        UploadPaths.check(planned);
        return planned;
    }

    /** Replaces {@code ${NAME}} by the environment's value; unknown names stay as written. */
    static String expand(@Nullable String text, Map<String, String> env) {
        if (text == null || env.isEmpty()) {
            return text;
        }
        Matcher m = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(env.getOrDefault(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }
}
