package dev.suture.ai;

import com.microsoft.playwright.Page;
import dev.suture.ai.internal.steps.DefaultTestGenerator;

/**
 * Produces a test from a start URL and a description, validated by running it on the page, with assertions; export
 * the result with {@link GeneratedTest#toJUnitSource} or {@link GeneratedTest#toJson}.
 *
 * <p>With no LLM configured, the description must be written as steps (one per line or sentence: "type 'bob' into
 * the user name field. Click Sign in."); Suture adds assertions of where the test ended (URL and title) when the
 * description has none. With an LLM ({@link LlmSettings#configured()}), any goal works ("log in as bob and buy the
 * cheapest book"): the model proposes one plain-English step at a time, from the current page, and each step is
 * resolved and run like any other before the next is asked for.
 *
 * <pre>{@code
 * GeneratedTest test = TestGenerator.create(page, StepOptions.defaults(), LlmSettings.from(settings))
 *     .generate("http://localhost:8080/login", "type 'bob' into the user name field. Click Sign in.");
 * Files.writeString(Path.of("LoginTest.java"), test.toJUnitSource("shop", "LoginTest"));
 * }</pre>
 */
public interface TestGenerator {
  static TestGenerator create(Page page, StepOptions options, LlmSettings llm) {
    return new DefaultTestGenerator(page, options, llm);
  }

  /**
   * Generates and runs the test.
   *
   * @throws StepFailedException when a step cannot be resolved or fails; nothing half-made is returned
   */
  GeneratedTest generate(String startUrl, String description);
}
