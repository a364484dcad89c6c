package dev.suture.platform.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suture.platform.support.TestDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Stopping the server lets a request that is already running finish and answer. */
class GracefulShutdownIT {

    @Test
    void aRequestInFlightIsAnsweredDuringShutdown() throws Exception {
        Map<String, Object> props = new HashMap<>(TestDatabase.get().properties());
        props.put("micronaut.server.port", -1);
        // A slow bcrypt makes the login request last long enough to be in flight when the stop begins.
        props.put("suture.auth.bcrypt-cost", 14);
        // Generous, so that a loaded CI machine still finishes the slow login inside the grace period.
        props.put("suture.shutdown-grace-period", "90s");
        ApplicationContext context = ApplicationContext.run(props, "test");
        EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
        URI login = server.getURI().resolve("/api/auth/login");
        HttpClient client = HttpClient.newHttpClient();
        // A first request warms the server up (routes, request event listeners are resolved on first use); on a
        // loaded machine the slow login could otherwise reach the server only after the stop began.
        client.send(HttpRequest.newBuilder(server.getURI().resolve("/health")).build(),
                HttpResponse.BodyHandlers.discarding());
        CompletableFuture<HttpResponse<String>> inFlight = client.sendAsync(HttpRequest.newBuilder(login)
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"slow-" + System.nanoTime()
                        + "@example.com\",\"password\":\"whatever-1\"}")).build(), HttpResponse.BodyHandlers.ofString());
        Thread.sleep(300);
        assertThat(inFlight).isNotDone();
        long t0 = System.nanoTime();
        context.stop();
        HttpResponse<String> answer = inFlight.get(60, TimeUnit.SECONDS);
        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.body()).contains("E-mail or password is wrong");
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(95));
    }
}
