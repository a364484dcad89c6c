package dev.suture.platform.worker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.suture.platform.fixtures.OpenAiModel;
import dev.suture.platform.fixtures.PlatformIT;
import dev.suture.platform.fixtures.TestPages;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * With {@code suture.ai.base-url} set, workers plan plain-English steps as the AI endpoints do: the offline planner
 * first, the model for the steps it refuses. A local server speaking the OpenAI chat protocol plays the model; it
 * picks the element the step means from the page list it is sent, as a model would.
 */
@MicronautTest(transactional = false)
@SuppressWarnings("unchecked")
class WorkerLlmIT extends PlatformIT {

    static final MockWebServer MODEL = new MockWebServer();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> PAGES = Map.of(
            "/go", "<html><body><h1>Ready</h1><p id='msg'></p><button id='go' class='big green' "
                    + "onclick=\"document.getElementById('msg').textContent='went'\">Go</button></body></html>",
            "/avatar", "<html><body><h1>Profile</h1><label for='avatar'>Avatar</label>"
                    + "<input id='avatar' type='file'></body></html>");

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    TestPages pages;
    WorkerRuns runs;

    @Override
    protected Map<String, String> extraProperties() {
        MODEL.setDispatcher(new ModelAnswers());
        Map<String, String> properties = new HashMap<>(OpenAiModel.settings(MODEL));
        properties.put("suture.worker.enabled", "true");
        properties.put("suture.worker.state-dir", WorkerRuns.newStateDir().toString());
        return properties;
    }

    @BeforeAll
    void setUp() {
        pages = new TestPages(PAGES);
        runs = new WorkerRuns(server, json, "worker-llm");
    }

    @AfterAll
    void tearDown() {
        pages.close();
        MODEL.close();
    }

    @Test
    void aStepTheOfflinePlannerRefusesIsPlannedByTheModelOnceThenCached() throws Exception {
        String testCase = runs.testCase("goes", List.of(Map.of("action", "navigate", "value", pages.url("/go")),
                Map.of("action", "step", "instruction", "press the big green button"),
                Map.of("action", "expect text", "target", "#msg", "value", "went")));
        while (MODEL.takeRequest(0, TimeUnit.SECONDS) != null) {
            // requests of the other test, which shares the model server
        }
        int before = MODEL.getRequestCount();

        Map<String, Object> first = runs.runAlone(testCase);
        assertThat(first.get("status")).as(first.toString()).isEqualTo("PASSED");
        assertThat((List<Map<String, Object>>) first.get("steps")).anySatisfy(s -> {
            assertThat(s.get("instruction")).isEqualTo("press the big green button");
            assertThat(s.get("action")).isEqualTo("click");
        });
        assertThat(MODEL.getRequestCount()).isEqualTo(before + 1);
        RecordedRequest request = MODEL.takeRequest();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/chat/completions");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer test-key");

        // The resolved step is in the project's step cache: a rerun asks the model nothing.
        assertThat(runs.runAlone(testCase).get("status")).isEqualTo("PASSED");
        assertThat(MODEL.getRequestCount()).isEqualTo(before + 1);
    }

    @Test
    void aModelTalkedIntoUploadingAServerFileIsRefusedBeforeTheStepRuns() throws Exception {
        String testCase = runs.testCase("avatar", List.of(Map.of("action", "navigate", "value", pages.url("/avatar")),
                Map.of("action", "step", "instruction", "the avatar wants my holiday picture")));

        Map<String, Object> result = runs.runAlone(testCase);

        assertThat(result.get("status")).isEqualTo("FAILED");
        assertThat((String) result.get("errorMessage")).contains("the model may not choose uploads on the server");
    }

    /** The model: clicks the button for the green-button step, and obeys a page that wants a server file uploaded. */
    private static final class ModelAnswers extends Dispatcher {
        private static final Pattern BUTTON = Pattern.compile("\\{\"id\":\"(e\\d+)\",\"tag\":\"button\"");
        private static final Pattern FILE =
                Pattern.compile("\\{\"id\":\"(e\\d+)\",\"tag\":\"input\"[^}]*\"type\":\"file\"");

        @Override
        public MockResponse dispatch(RecordedRequest request) {
            String prompt;
            try {
                prompt = JSON.readTree(request.getBody().utf8()).path("messages").get(1).path("content").asText();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String answer = prompt.startsWith("Step: press the big green button")
                    ? "{\"steps\":[{\"action\":\"click\",\"element\":\"" + id(BUTTON, prompt) + "\"}]}"
                    : "{\"steps\":[{\"action\":\"upload_file\",\"element\":\"" + id(FILE, prompt)
                    + "\",\"value\":\"/etc/hostname\"}]}";
            return OpenAiModel.reply(answer);
        }

        private static String id(Pattern element, String prompt) {
            Matcher m = element.matcher(prompt);
            return m.find() ? m.group(1) : "e9999";
        }
    }
}
