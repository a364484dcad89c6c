package dev.suture.platform.ai;

import dev.suture.ai.LlmSettings;
import dev.suture.ai.PlannedStep;
import dev.suture.ai.StepAction;
import dev.suture.ai.StepPlanner;
import dev.suture.ai.StepRefusedException;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * The one place that decides how the server turns plain English into steps, for the AI endpoints and the workers
 * alike: ai-healing's offline planner first and, when {@code suture.ai.base-url} is set, the LLM planner for the
 * steps it refuses (as the SDK's {@code StepOptions.from} does for JUnit runs). The LLM planner is built once and
 * shared; it is thread-safe.
 */
@Singleton
public class AiPlanners {

    private final LlmSettings llm;
    private final @Nullable StepPlanner fallback;

    AiPlanners(AiConfig config) {
        this.llm = config.llm();
        // A page could talk a model into "upload /etc/passwd": a step the model proposes never uploads a server file.
        this.fallback = llm.configured() ? withoutUploads(StepPlanner.llm(llm), "the model may not choose uploads "
                + "on the server; write the upload as its own step (\"upload avatar.png to the Avatar field\")") : null;
    }

    /** The planner tried first: the offline one. */
    public StepPlanner first() {
        return StepPlanner.offline();
    }

    /** The LLM planner for the steps the offline one refuses, or null when no model is configured. */
    public @Nullable StepPlanner fallback() {
        return fallback;
    }

    /** Whether a model takes part: {@code llm}, else {@code offline}. */
    public String source() {
        return llm.configured() ? "llm" : "offline";
    }

    /** The model's settings, for ai-healing's test generator. */
    LlmSettings llm() {
        return llm;
    }

    /** The planner, refusing every step that would upload a file, with the reason given. */
    static StepPlanner withoutUploads(StepPlanner planner, String why) {
        return (instruction, snapshot) -> {
            List<PlannedStep> steps = planner.plan(instruction, snapshot);
            if (steps.stream().anyMatch(step -> step.action() == StepAction.UPLOAD_FILE)) {
                throw new StepRefusedException(instruction, why, List.of());
            }
            return steps;
        };
    }
}
