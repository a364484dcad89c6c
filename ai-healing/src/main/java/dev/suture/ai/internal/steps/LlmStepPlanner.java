package dev.suture.ai.internal.steps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.suture.ai.LlmSettings;
import dev.suture.ai.PlannedStep;
import dev.suture.ai.StepAction;
import dev.suture.ai.StepPlanner;
import dev.suture.ai.StepRefusedException;
import dev.suture.ai.TextSimilarity;
import dev.suture.core.ElementFingerprint;
import dev.suture.core.PageSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * The LLM {@link StepPlanner}: asks an OpenAI-compatible chat model for structured JSON, then trusts nothing in it
 * until checked: the schema, every element id against the snapshot, each action against its element, and the
 * element against the step's own words ({@link LlmGuard}), so that text on the page cannot steer what runs.
 */
public final class LlmStepPlanner implements StepPlanner {
  private static final Logger LOG = LoggerFactory.getLogger(LlmStepPlanner.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ChatModel model;
  private final String modelName;
  private final LlmGuard guard;

  public LlmStepPlanner(LlmSettings settings) {
    this(chatModel(settings), settings.model(), TextSimilarity.shared());
  }

  /** The langchain4j model for the settings: deterministic (temperature 0), requests and answers never logged. */
  static ChatModel chatModel(LlmSettings settings) {
    return OpenAiChatModel.builder().baseUrl(settings.baseUrl()).apiKey(settings.apiKey() == null ? "none"
            : settings.apiKey()).modelName(settings.model()).timeout(settings.timeout())
        .maxRetries(settings.maxRetries()).temperature(0.0).logRequests(false).logResponses(false).build();
  }

  LlmStepPlanner(ChatModel model, String modelName, TextSimilarity similarity) {
    this.model = model;
    this.modelName = modelName;
    this.guard = new LlmGuard(similarity);
  }

  @Override
  public List<PlannedStep> plan(String instruction, PageSnapshot snapshot) {
    SnapshotIndex index = new SnapshotIndex(snapshot);
    String user = LlmPrompt.user(instruction, index);
    LOG.debug("LLM prompt for \"{}\":\n{}", instruction, user);
    long start = System.nanoTime();
    ChatResponse response;
    try {
      response = model.chat(ChatRequest.builder().messages(SystemMessage.from(LlmPrompt.SYSTEM),
          UserMessage.from(user)).build());
    } catch (RuntimeException e) {
      throw new StepRefusedException(instruction, "The LLM planner (" + modelName + ") could not be reached for \""
          + instruction + "\": " + e.getMessage() + ". Check suture.ai.base-url, suture.ai.api-key and"
          + " suture.ai.timeout-ms.", List.of());
    }
    String answer = response.aiMessage().text();
    LOG.info("LLM planner ({}) answered \"{}\" in {} ms, tokens {}", modelName, instruction,
        (System.nanoTime() - start) / 1_000_000, response.tokenUsage());
    LOG.debug("LLM answer: {}", answer);
    return read(instruction, answer, index);
  }

  List<PlannedStep> read(String instruction, String answer, SnapshotIndex index) {
    JsonNode root;
    try {
      root = JSON.readTree(stripFences(answer == null ? "" : answer));
    } catch (Exception e) {
      throw refuse(instruction, "its answer is not JSON: " + abbreviate(answer));
    }
    if (root.hasNonNull("refuse")) {
      throw refuse(instruction, "the model refused: " + root.get("refuse").asText());
    }
    JsonNode steps = root.get("steps");
    if (steps == null || !steps.isArray() || steps.isEmpty()) {
      throw refuse(instruction, "its answer has no \"steps\" array: " + abbreviate(answer));
    }
    List<PlannedStep> out = new ArrayList<>();
    for (JsonNode step : steps) {
      out.add(step(instruction, step, index));
    }
    return out;
  }

  private PlannedStep step(String instruction, JsonNode node, SnapshotIndex index) {
    StepAction action;
    try {
      action = StepAction.valueOf(node.path("action").asText("").toUpperCase());
    } catch (IllegalArgumentException e) {
      throw refuse(instruction, "it chose an unknown action \"" + node.path("action").asText() + "\"");
    }
    String value = node.hasNonNull("value") ? node.get("value").asText() : null;
    String id = node.hasNonNull("element") ? node.get("element").asText() : null;
    if (id == null) {
      if (action.needsTarget()) {
        throw refuse(instruction, action.label() + " needs an element, and the answer names none");
      }
      return new PlannedStep(instruction, action, null, null, value, null, 1.0, "llm");
    }
    int i = id.matches("e\\d+") ? Integer.parseInt(id.substring(1)) : -1;
    if (i < 0 || i >= index.size()) {
      throw refuse(instruction, "it chose element \"" + id + "\", which is not on the page");
    }
    ElementFingerprint e = index.get(i);
    String problem = guard.check(instruction, action, value, e, index.texts(i));
    if (problem != null) {
      throw refuse(instruction, problem);
    }
    return new PlannedStep(instruction, action, Locators.exec(e, index), Locators.describe(e, index), value, e,
        1.0, "llm");
  }

  private StepRefusedException refuse(String instruction, String why) {
    return new StepRefusedException(instruction, "The LLM planner's answer for \"" + instruction + "\" was rejected: "
        + why + ".", List.of());
  }

  private static String stripFences(String text) {
    String trimmed = text.trim();
    if (trimmed.startsWith("```")) {
      trimmed = trimmed.replaceFirst("^```[a-zA-Z]*\\s*", "").replaceFirst("\\s*```$", "");
    }
    return trimmed;
  }

  private static String abbreviate(String text) {
    return text == null ? "(empty)" : text.length() > 200 ? text.substring(0, 200) + "…" : text;
  }
}
