package dev.suture.platform.ops;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the sample suite (module {@code samples}) against the sample bookshop from a Suture source checkout,
 * reporting to the demo project's stored suite: first on the shop's version 1 (the tests' baselines), then on the
 * redesigned version 2 served at the same paths, where the suite's locators no longer match and Suture heals them.
 * Maven compiles the samples when needed.
 */
final class DemoSamples {

    /**
     * The tests of the redesign run: those whose locators heal on version 2 and whose assertions still hold there.
     * The rest of the suite checks texts the redesign reworded ("Signed in as" became "Hello,") or uses controls
     * too changed to heal with confidence ("Quantity" became "How many?"); they fail on version 2, as they would
     * for a real team, so the demo leaves them out of its green redesign run.
     */
    static final String REDESIGN_TESTS = "LoginTest#rejectsAWrongPassword,ProductTest#unknownBookSaysNotFound";

    private final Path checkout;
    private final String url;
    private final String apiKey;
    private final List<String> mavenOptions;
    private final PrintStream out;

    DemoSamples(Path checkout, String url, String apiKey, List<String> mavenOptions, PrintStream out) {
        this.checkout = checkout;
        this.mavenOptions = mavenOptions;
        this.url = url;
        this.apiKey = apiKey;
        this.out = out;
    }

    static boolean isCheckout(Path dir) {
        return Files.isRegularFile(dir.resolve("samples/pom.xml")) && Files.isRegularFile(dir.resolve("mvnw"));
    }

    /** The command that reports one run of the suite to the demo project (printed when there is no checkout). */
    List<String> command(String variant, String tests) {
        List<String> cmd = new ArrayList<>(List.of("./mvnw", "-q", "-B"));
        cmd.addAll(mavenOptions);
        cmd.addAll(List.of("-pl", "samples", "test", "-Dsuture.server.url=" + url, "-Dsuture.server.api-key=" + apiKey, "-Dbookshop.variant=" + variant,
                "-Dsuture.run.name=Paper-Lantern-" + variant, "-Dsuture.run.suite=" + DemoData.SUITE,
                "-Dsuture.run.branch=" + (variant.equals("v1") ? "main" : "redesign"),
                "-Dsuture.healing.dir=" + checkout.resolve("samples/target/suture-demo/.suture"),
                "-Dsurefire.failIfNoSpecifiedTests=false"));
        if (!tests.isBlank()) {
            cmd.add("-Dtest=" + tests);
        }
        return cmd;
    }

    /** The command as one line to copy into a shell. */
    String printable(String variant, String tests) {
        return String.join(" ", command(variant, tests).stream()
                .map(a -> a.matches("[\\w./:=,#@+-]*") ? a : "'" + a.replace("'", "'\\''") + "'").toList());
    }

    /** Runs the suite on v1, then the given tests on v2; answers the exit codes. */
    int[] run(String v1Tests, String v2Tests) throws IOException, InterruptedException {
        Path logs = checkout.resolve("samples/target");
        Files.createDirectories(logs);
        int first = runOne("v1", v1Tests, logs.resolve("suture-demo-run-v1.log"));
        int second = runOne("v2", v2Tests, logs.resolve("suture-demo-run-v2.log"));
        return new int[] {first, second};
    }

    private int runOne(String variant, String tests, Path log) throws IOException, InterruptedException {
        out.println("Suture demo: running the sample suite on the bookshop's " + (variant.equals("v1") ? "version 1"
                : "redesigned version 2 (Suture heals the changed locators)") + "; log: " + log);
        out.flush();
        int exit = new ProcessBuilder(command(variant, tests)).directory(checkout.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start().waitFor();
        out.println("Suture demo: the " + variant + " run finished (exit " + exit
                + (exit == 0 ? "" : ", some tests failed: see the dashboard") + ")");
        out.flush();
        return exit;
    }
}
