package dev.suture.platform.ai;

import dev.suture.platform.access.AccessService;
import dev.suture.platform.access.Caller;
import dev.suture.platform.access.ProjectAccess;
import dev.suture.platform.access.ProjectPermission;
import dev.suture.platform.ai.AiPayloads.AnalyzeFailure;
import dev.suture.platform.ai.AiPayloads.Approve;
import dev.suture.platform.ai.AiPayloads.FixLocator;
import dev.suture.platform.ai.AiPayloads.ImproveAnswer;
import dev.suture.platform.ai.AiPayloads.ImproveTest;
import dev.suture.platform.ai.AiPayloads.OptimizeSuite;
import dev.suture.platform.ai.AiPayloads.GenerateTest;
import dev.suture.platform.ai.AiPayloads.GeneratedStep;
import dev.suture.platform.ai.AiPayloads.GeneratedTestView;
import dev.suture.platform.common.PageResponse;
import dev.suture.platform.testcase.TestCasePayloads.TestCaseView;
import dev.suture.platform.testcase.TestCaseService;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;

/**
 * {@code /api/ai}: tests generated from a description on a live page (reviewed by a user before they become test
 * cases), improvements of a test case, a fixed locator, failure analysis and a suite's best order. Requests that do
 * AI work need the right to write tests and count against the hourly quotas ({@link AiQuota}); reading and
 * reviewing generated tests does not count.
 */
@Controller("/api/ai")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "ai")
class AiController {

    private final AccessService access;
    private final AiQuota quota;
    private final TestGeneration generation;
    private final GeneratedTests generated;
    private final TestCaseService testCases;
    private final LocatorFixer locators;
    private final FailureAnalysis failures;
    private final SuiteOptimizer suites;

    AiController(AccessService access, AiQuota quota, TestGeneration generation, GeneratedTests generated,
                 TestCaseService testCases, LocatorFixer locators, FailureAnalysis failures, SuiteOptimizer suites) {
        this.access = access;
        this.quota = quota;
        this.generation = generation;
        this.generated = generated;
        this.testCases = testCases;
        this.locators = locators;
        this.failures = failures;
        this.suites = suites;
    }

    @Post("/generate-test")
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Generate a test from a description on the live start page; saved PENDING for review",
            description = "Offline, the description must be written as steps (one per line or sentence); with "
                    + "suture.ai.base-url set, any goal works. Every step runs once in headless Chromium before it "
                    + "is saved.")
    @ApiResponse(responseCode = "201", description = "the generated test, status PENDING")
    @ApiResponse(responseCode = "422", description = "a step could not be resolved or failed on the page")
    @ApiResponse(responseCode = "429", description = "an hourly AI quota is used up (Retry-After says when it resets)")
    GeneratedTestView generateTest(@Parameter(hidden = true) Caller caller, @Body @Valid GenerateTest in) {
        ProjectAccess a = aiWork(caller, in.projectId(), "generate-test");
        List<GeneratedStep> steps = generation.generate(in.startUrl(), in.description());
        String name = in.name() == null || in.name().isBlank()
                ? GeneratedTests.abbreviate(in.description(), 120) : in.name().strip();
        return generated.save(caller, a, name, in.description(), in.startUrl(), steps, generation.source());
    }

    @Get("/generated-tests")
    @Operation(summary = "List a project's generated tests, newest first (status PENDING, APPROVED or REJECTED)")
    PageResponse<GeneratedTestView> listGenerated(@Parameter(hidden = true) Caller caller, @QueryValue UUID projectId,
                                                  @QueryValue @Nullable String status,
                                                  @QueryValue(defaultValue = "0") int page,
                                                  @QueryValue(defaultValue = "50") int size) {
        return generated.list(caller, projectId, status, page, size);
    }

    @Get("/generated-tests/{id}")
    @Operation(summary = "Get one generated test with its steps")
    GeneratedTestView getGenerated(@Parameter(hidden = true) Caller caller, @PathVariable UUID id) {
        return generated.get(caller, id);
    }

    @Post("/generated-tests/{id}/approve")
    @Operation(summary = "Approve a pending generated test: it becomes a test case with the same steps")
    @ApiResponse(responseCode = "409", description = "already decided, or a test case of that name exists")
    GeneratedTestView approve(@Parameter(hidden = true) Caller caller, @PathVariable UUID id,
                              @Body @Valid @Nullable Approve in) {
        return generated.approve(caller, id, in == null ? new Approve(null, null, null, null) : in);
    }

    @Post("/generated-tests/{id}/reject")
    @Operation(summary = "Reject a pending generated test")
    @ApiResponse(responseCode = "409", description = "already decided")
    GeneratedTestView reject(@Parameter(hidden = true) Caller caller, @PathVariable UUID id) {
        return generated.reject(caller, id);
    }

    @Post("/improve-test")
    @Operation(summary = "Suggest improvements to a test case and propose its steps with the safe fixes applied",
            description = "Rules: structural or machine-made locators, fixed pauses, repeated steps, literal "
                    + "secrets, missing checks. The test case is not changed; save the proposal with PUT "
                    + "/api/test-cases/{id} if you agree.")
    ImproveAnswer improveTest(@Parameter(hidden = true) Caller caller, @Body @Valid ImproveTest in) {
        TestCaseView tc = testCases.get(caller, in.testCaseId());
        aiWork(caller, tc.projectId(), "improve-test");
        TestImprover.Improvement improvement = TestImprover.improve(tc.steps());
        return new ImproveAnswer(tc.id(), tc.version(), improvement.suggestions(), improvement.steps(),
                improvement.changed());
    }

    @Post("/fix-locator")
    @Operation(summary = "Check a locator on the live page and propose a replacement when it no longer matches "
            + "exactly one element", description = "The element is found from the description (or the locator's "
            + "own words) by the offline planner, then by the model when one is configured.")
    @ApiResponse(responseCode = "422", description = "the page did not load, or no element is clearly the one meant")
    LocatorFixer.Fix fixLocator(@Parameter(hidden = true) Caller caller, @Body @Valid FixLocator in) {
        aiWork(caller, in.projectId(), "fix-locator");
        return locators.fix(in.url(), in.locator(), in.description());
    }

    @Post("/analyze-failure")
    @Operation(summary = "Explain the failed tests of an execution (or one result): kind of failure, failed step, "
            + "heals involved, flakiness, and what to do")
    FailureAnalysis.Analysis analyzeFailure(@Parameter(hidden = true) Caller caller, @Body @Valid AnalyzeFailure in) {
        FailureAnalysis.Execution e = failures.execution(in.executionId());
        aiWork(caller, e.projectId(), "analyze-failure");
        return failures.analyze(e, in.resultId());
    }

    @Post("/optimize-suite")
    @Operation(summary = "Propose a suite order (most failing first, then quickest) without duplicate test cases",
            description = "Nothing is changed: send the answer's testCaseIds to PUT /api/test-suites/{id}/test-cases "
                    + "to apply it.")
    SuiteOptimizer.Proposal optimizeSuite(@Parameter(hidden = true) Caller caller, @Body @Valid OptimizeSuite in) {
        SuiteOptimizer.Suite suite = suites.suite(in.suiteId());
        aiWork(caller, suite.projectId(), "optimize-suite");
        return suites.propose(suite);
    }

    /** The checks of every AI request: a user who may write tests, a live project, then the quota. */
    private ProjectAccess aiWork(Caller caller, UUID projectId, String feature) {
        ProjectAccess a = access.requireWritableProject(caller, projectId, ProjectPermission.WRITE_TESTS);
        quota.acquire(caller, a.project(), feature);
        return a;
    }
}
