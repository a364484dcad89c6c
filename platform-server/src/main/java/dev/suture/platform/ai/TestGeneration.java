package dev.suture.platform.ai;

import com.microsoft.playwright.PlaywrightException;
import dev.suture.ai.GeneratedTest;
import dev.suture.ai.LlmSettings;
import dev.suture.ai.PlannedStep;
import dev.suture.ai.StepOptions;
import dev.suture.ai.StepPlanner;
import dev.suture.ai.TestGenerator;
import dev.suture.core.SutureException;
import dev.suture.platform.ai.AiPayloads.GeneratedStep;
import dev.suture.platform.common.ProblemException;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns a description and a start URL into resolved steps with ai-healing's {@link TestGenerator}, on a live page
 * of {@link AiBrowser}: offline (the description written as steps) unless a model is configured, in which case any
 * goal works. Every step has run once on the page before it is returned.
 */
@Singleton
class TestGeneration {

    /** Uploads would read files of the server's disk into somebody's page: refused before anything runs. */
    private static final Pattern UPLOAD = Pattern.compile("\\b(upload|attach)\\b|\\bfile\\s+\\S+\\s+(for|in|on|to)\\b",
            Pattern.CASE_INSENSITIVE);

    private final AiBrowser browser;
    private final AiPlanners planners;
    private final LlmSettings llm;
    private final StepPlanner noUploads;

    TestGeneration(AiBrowser browser, AiPlanners planners) {
        this.browser = browser;
        this.planners = planners;
        this.llm = planners.llm();
        this.noUploads = AiPlanners.withoutUploads(planners.first(), "uploading files is not allowed in tests "
                + "generated on the server");
    }

    /** Whether a model takes part (else the offline planner alone). */
    String source() {
        return planners.source();
    }

    List<GeneratedStep> generate(String startUrl, String description) {
        if (UPLOAD.matcher(description).find()) {
            throw ProblemException.invalidField("description", "file uploads cannot be generated on the server; "
                    + "leave the upload step out and add it to the test case afterwards");
        }
        // No step cache on the server (each request is independent); no step may upload a file, whoever proposes it
        // (a page could talk a model into "upload /etc/passwd"): the planner refuses upload steps.
        StepOptions options = new StepOptions(null, Path.of("/nonexistent-suture-upload-dir"), noUploads, null, true);
        GeneratedTest test;
        try {
            test = browser.withPage(page -> TestGenerator.create(page, options, llm).generate(startUrl, description));
        } catch (SutureException | PlaywrightException e) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, "generation-failed", "No test was generated "
                    + "from this description on " + startUrl + ": " + firstLine(e.getMessage()) + (llm.configured()
                    ? "" : " (offline, the description must be written as steps: \"type 'bob' into the user name "
                    + "field. Click Sign in.\")"));
        }
        List<GeneratedStep> steps = new ArrayList<>();
        steps.add(new GeneratedStep("navigate", null, startUrl, "go to " + startUrl, null, 1.0));
        for (PlannedStep step : test.steps()) {
            steps.add(new GeneratedStep(step.action().name().toLowerCase(Locale.ROOT), step.locator(), step.value(),
                    step.instruction(), step.description(), Math.round(step.score() * 1000) / 1000.0));
        }
        return steps;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "(no message)";
        }
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        return line.length() > 1000 ? line.substring(0, 1000) + "..." : line;
    }
}
