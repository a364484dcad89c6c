package dev.suture.benchmarks;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's view of the dashboard without the browser: signs in through the sign-in form (its CSRF token and
 * cookies, as a browser sends them) and fetches pages with the session cookie, so a benchmark times what the
 * server does to render a page.
 */
final class DashboardClient {
  private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final String base;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
      .followRedirects(HttpClient.Redirect.NEVER).build();
  private final Map<String, String> cookies = new LinkedHashMap<>();

  private DashboardClient(String base) {
    this.base = base;
  }

  /** Signs in with the form; the server must run with {@code suture.web.secure-cookies=false} on plain http. */
  static DashboardClient signIn(String base, String email, String password) throws Exception {
    DashboardClient client = new DashboardClient(base);
    HttpResponse<String> form = client.get("/login");
    Matcher csrf = CSRF_FIELD.matcher(form.body());
    if (form.statusCode() != 200 || !csrf.find()) {
      throw new IllegalStateException("GET /login answered " + form.statusCode() + " without a CSRF field");
    }
    String body = Map.of("email", email, "password", password, "_csrf", csrf.group(1)).entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    HttpResponse<String> signedIn = client.send(client.request("/login")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    if (signedIn.statusCode() != 303) {
      throw new IllegalStateException("Signing in through the form answered " + signedIn.statusCode()
          + " instead of a redirect: " + signedIn.body());
    }
    return client;
  }

  HttpResponse<String> get(String path) throws Exception {
    return send(request(path).GET().build());
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
    if (!cookies.isEmpty()) {
      builder.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
          .collect(Collectors.joining("; ")));
    }
    return builder;
  }

  private HttpResponse<String> send(HttpRequest request) throws Exception {
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    for (String header : response.headers().allValues("Set-Cookie")) {
      String pair = header.split(";", 2)[0];
      int eq = pair.indexOf('=');
      if (eq > 0) {
        cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
      }
    }
    return response;
  }
}
