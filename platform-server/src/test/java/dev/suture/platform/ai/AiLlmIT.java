package dev.suture.platform.ai;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suture.platform.fixtures.Client;
import dev.suture.platform.fixtures.OpenAiModel;
import dev.suture.platform.fixtures.PlatformIT;
import dev.suture.platform.fixtures.TestPages;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * generate-test with a model configured ({@code suture.ai.base-url}): a local server speaking the OpenAI chat
 * protocol answers recorded replies, one step at a time, and the server runs each step in real Chromium.
 */
@MicronautTest(transactional = false)
@SuppressWarnings("unchecked")
class AiLlmIT extends PlatformIT {

    static final MockWebServer MODEL = new MockWebServer();

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    Client client;
    TestPages pages;

    @Override
    protected Map<String, String> extraProperties() {
        return OpenAiModel.settings(MODEL);
    }

    @BeforeAll
    void setUp() {
        client = new Client(server.getURL().toString(), json);
        pages = new TestPages(TestPages.SHOP);
    }

    @AfterAll
    void tearDown() {
        pages.close();
        MODEL.close();
    }

    private static void answer(String content) {
        MODEL.enqueue(OpenAiModel.reply(content));
    }

    @Test
    void aGoalInAnyWordsBecomesStepsProposedByTheModelAndRunOnThePage() throws Exception {
        Client.Tenant t = client.tenant("llm");
        while (MODEL.takeRequest(0, TimeUnit.SECONDS) != null) {
            // requests of the other tests, which share the model server
        }
        answer("{\"step\":\"type 'bob@example.com' into the email field\"}");
        answer("{\"step\":\"click Sign in\"}");
        answer("{\"step\":\"check that the page says Welcome, Bob\"}");
        answer("{\"done\":true}");
        Client.Res r = client.post("/api/ai/generate-test", Map.of("projectId", t.projectId(), "description",
                "log in as bob and make sure he is greeted", "startUrl", pages.url("/login")), t.token());
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        assertThat(r.map()).containsEntry("source", "llm").containsEntry("status", "PENDING");
        List<Map<String, Object>> steps = (List<Map<String, Object>>) r.map().get("steps");
        assertThat(steps).extracting(s -> s.get("action")).containsExactly("navigate", "fill", "click", "expect_text");
        assertThat(steps.get(3)).containsEntry("value", "Welcome, Bob");

        RecordedRequest first = MODEL.takeRequest(5, TimeUnit.SECONDS);
        assertThat(first.getUrl().encodedPath()).isEqualTo("/v1/chat/completions");
        assertThat(first.getHeaders().get("Authorization")).isEqualTo("Bearer test-key");
        String body = first.getBody().utf8();
        assertThat(body).contains("test-model").contains("log in as bob and make sure he is greeted")
                .contains("<page>").contains("Sign in");
        for (int i = 0; i < 3; i++) {
            assertThat(MODEL.takeRequest(5, TimeUnit.SECONDS)).isNotNull();
        }
    }

    @Test
    void aModelThatAnswersNonsenseIsA422NotA500() {
        Client.Tenant t = client.tenant("llm-bad");
        answer("I would rather not say");
        Client.Res r = client.post("/api/ai/generate-test", Map.of("projectId", t.projectId(), "description",
                "buy a book", "startUrl", pages.url("/login")), t.token());
        assertThat(r.status()).as(r.text()).isEqualTo(422);
        assertThat(r.str("detail")).contains("did not answer with JSON");
    }

    @Test
    void aModelTalkedIntoUploadingAServerFileIsStoppedBeforeTheStepRuns() {
        Client.Tenant t = client.tenant("llm-upload");
        answer("{\"step\":\"upload /etc/hostname to the avatar field\"}");
        Client.Res r = client.post("/api/ai/generate-test", Map.of("projectId", t.projectId(), "description",
                "change my avatar", "startUrl", pages.url("/profile")), t.token());
        assertThat(r.status()).as(r.text()).isEqualTo(422);
        assertThat(r.str("detail")).contains("uploading files is not allowed");
    }
}
