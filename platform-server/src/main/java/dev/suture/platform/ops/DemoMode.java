package dev.suture.platform.ops;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code --demo}: once the server listens, sets up a demo organisation, project, two users and a few stored tests
 * through the server's own public API ({@link DemoData}), prints the dashboard URL and the logins, and, from a
 * source checkout, runs the sample suite against the sample bookshop twice ({@link DemoSamples}: version 1, then
 * the redesign that heals), reporting to the demo project, so that runs, heals and charts appear within minutes.
 */
@Singleton
@Requires(property = "suture.demo", value = "true")
final class DemoMode implements ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(DemoMode.class);

    private final JsonMapper json;
    private final Path checkout;
    private final String v1Tests;
    private final String v2Tests;
    private final boolean runSamples;
    private final java.util.List<String> mavenOptions;
    private volatile Thread worker;

    DemoMode(JsonMapper json, @Nullable @Value("${suture.demo.checkout:}") String checkout,
             @Value("${suture.demo.tests:}") String v1Tests,
             @Value("${suture.demo.redesign-tests:" + DemoSamples.REDESIGN_TESTS + "}") String v2Tests,
             @Value("${suture.demo.run-samples:true}") boolean runSamples,
             @Value("${suture.demo.maven-options:}") String mavenOptions) {
        this.json = json;
        this.checkout = Path.of(checkout == null || checkout.isBlank() ? "" : checkout).toAbsolutePath();
        this.v1Tests = v1Tests;
        this.v2Tests = v2Tests;
        this.runSamples = runSamples;
        this.mavenOptions = mavenOptions.isBlank() ? java.util.List.of()
                : java.util.List.of(mavenOptions.trim().split("\\s+"));
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        EmbeddedServer server = event.getSource();
        String url = "http://localhost:" + server.getPort();
        Thread t = new Thread(() -> {
            try {
                setUp(url, System.out);
            } catch (IOException | RuntimeException e) {
                LOG.error("Demo set-up failed: {}", e.toString(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "suture-demo");
        t.setDaemon(true);
        worker = t;
        t.start();
    }

    /** The demo's background work (set-up and sample runs), for a test to wait on. */
    Thread worker() {
        return worker;
    }

    private void setUp(String url, PrintStream out) throws IOException, InterruptedException {
        DemoData.Project project = DemoData.create(new DemoApi(url, json));
        out.println();
        out.println("Suture demo ready: " + url + "/");
        out.println("  sign in as " + DemoData.OWNER + " / " + DemoData.PASSWORD + " (owner), or " + DemoData.VIEWER
                + " / " + DemoData.PASSWORD + " (viewer)");
        DemoSamples samples = new DemoSamples(checkout, url, project.apiKey(), mavenOptions, out);
        if (runSamples && DemoSamples.isCheckout(checkout)) {
            samples.run(v1Tests, v2Tests);
            out.println("Suture demo: runs, heals and charts are on " + url + "/projects/" + project.id());
        } else {
            out.println("  report runs of the sample suite to it from a Suture checkout with:");
            out.println("    " + samples.printable("v1", v1Tests));
            out.println("    " + samples.printable("v2", v2Tests));
        }
        out.flush();
    }
}
