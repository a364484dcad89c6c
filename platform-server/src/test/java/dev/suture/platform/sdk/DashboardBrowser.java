package dev.suture.platform.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person opening dashboard links: signs in through the sign-in form (session cookie and CSRF token, as a browser
 * does) and follows redirects one by one, so a test sees where a printed link really leads.
 */
final class DashboardBrowser {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    /** The session and CSRF cookies, kept by hand: the JDK's CookieManager does not match a dotless "localhost". */
    private final Map<String, String> cookies = new LinkedHashMap<>();

    private DashboardBrowser(String base) {
        this.base = base;
    }

    static DashboardBrowser signIn(String base, String email, String password) {
        DashboardBrowser browser = new DashboardBrowser(base);
        Matcher csrf = CSRF.matcher(browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))).body());
        assertThat(csrf.find()).as("the sign-in form has a CSRF token").isTrue();
        String form = "email=" + encode(email) + "&password=" + encode(password) + "&next=%2F&_csrf="
                + encode(csrf.group(1));
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(303);
        return browser;
    }

    /** Opens a path, following redirects within the dashboard, and returns the page it lands on. */
    String open(String path) {
        String next = path;
        for (int hops = 0; hops < 5; hops++) {
            HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(base + next)));
            if (page.statusCode() / 100 != 3) {
                assertThat(page.statusCode()).as(next).isEqualTo(200);
                return page.body();
            }
            next = page.headers().firstValue("Location").orElseThrow();
            assertThat(next).as("a dashboard page, not the sign-in form").doesNotStartWith("/login");
        }
        throw new AssertionError("More than 5 redirects from " + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                    .collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String set : response.headers().allValues("Set-Cookie")) {
                String pair = set.split(";", 2)[0];
                cookies.put(pair.substring(0, pair.indexOf('=')).trim(), pair.substring(pair.indexOf('=') + 1));
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
