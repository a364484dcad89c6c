package dev.suture.platform.auth;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import dev.suture.junit.WebTest;
import dev.suture.platform.support.Accounts;
import dev.suture.platform.support.Api;
import dev.suture.platform.support.DatabaseProperties;
import dev.suture.platform.support.Sql;
import dev.suture.platform.web.Screens;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Signing in to the dashboard in real Chromium: password and authenticator code, the cookie's flags, the
 * redirect back to the page asked for, sign-out ending the session server-side, a form without its CSRF token.
 */
@MicronautTest(transactional = false)
@WebTest
class DashboardSignInIT extends DatabaseProperties {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    Accounts accounts;
    String base;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> props = new HashMap<>(super.getProperties());
        props.put("suture.web.secure-cookies", "false");
        return props;
    }

    @BeforeAll
    void setUp() {
        accounts = new Accounts(new Api(server.getURI(), json));
        base = server.getURI().toString();
    }

    private Accounts.Account ownerWithProject(String label) {
        Accounts.Account owner = accounts.register(label);
        String org = accounts.createOrg(owner, label + " Org");
        accounts.createProject(owner, org, label + " Web");
        return owner;
    }

    @Test
    void signsInWithPasswordAndAuthenticatorCode(Page page, BrowserContext context) {
        Accounts.Account owner = ownerWithProject("Tess");
        String secret = Totp.newSecret();
        assertThat(Sql.update("UPDATE users SET totp_secret = ?, totp_enabled = true WHERE email = lower(?)",
                secret, owner.email())).isEqualTo(1);

        page.navigate(base + "/");
        assertThat(page).hasURL(base + "/login");
        Screens.save(page, "01-sign-in");
        page.getByLabel("E-mail").fill(owner.email());
        page.getByLabel("Password").fill("wrong-password-1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("E-mail or password is wrong");

        page.getByLabel("Password").fill(Accounts.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Enter your code")))
                .isVisible();
        Screens.save(page, "02-two-factor");
        page.getByLabel("Authentication code").fill("000000".equals(Totp.code(secret, now())) ? "111111" : "000000");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verify")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("The two-factor code is wrong");

        page.getByLabel("Authentication code").fill(Totp.code(secret, now()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verify")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Tess Web"))).isVisible();
        Screens.save(page, "03-overview");

        Cookie session = context.cookies().stream().filter(c -> c.name.equals(BrowserSessions.SESSION_COOKIE))
                .findFirst().orElseThrow();
        assertThat(session.httpOnly).isTrue();
        assertThat(session.sameSite.name()).isEqualTo("LAX");
        assertThat(page.evaluate("document.cookie").toString()).doesNotContain(BrowserSessions.SESSION_COOKIE);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("You are signed out.");
        // the old cookie, replayed, no longer opens anything: the session ended in the database
        context.addCookies(java.util.List.of(session));
        page.navigate(base + "/");
        assertThat(page).hasURL(base + "/login");
    }

    @Test
    void returnsToTheRequestedPageAndRefusesFormsWithoutToken(Page page) {
        Accounts.Account owner = ownerWithProject("Ravi");
        page.navigate(base + "/switch?project=00000000-0000-0000-0000-000000000000");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login\\?next=%2Fswitch.*"));
        page.getByLabel("E-mail").fill(owner.email());
        page.getByLabel("Password").fill(Accounts.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        // back at the requested page, which answers 404 for a project the user cannot see
        assertThat(page.getByRole(AriaRole.HEADING)).containsText("404");

        var forged = page.request().post(base + "/logout",
                com.microsoft.playwright.options.RequestOptions.create().setForm(
                        com.microsoft.playwright.options.FormData.create().set("_csrf", "forged")));
        assertThat(forged.status()).isEqualTo(403);
        var login = page.request().post(base + "/login",
                com.microsoft.playwright.options.RequestOptions.create().setForm(
                        com.microsoft.playwright.options.FormData.create().set("email", owner.email())
                                .set("password", Accounts.PASSWORD)));
        assertThat(login.status()).isEqualTo(403);
        page.navigate(base + "/");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Ravi Web"))).isVisible();
    }

    @Test
    void doesNotFollowForeignRedirects() {
        assertThat(SignInPages.safeNext("//evil.example/x")).isEqualTo("/");
        assertThat(SignInPages.safeNext("https://evil.example/")).isEqualTo("/");
        assertThat(SignInPages.safeNext("/\\evil.example")).isEqualTo("/");
        assertThat(SignInPages.safeNext("/projects/1?x=2")).isEqualTo("/projects/1?x=2");
    }

    private static long now() {
        return Instant.now().getEpochSecond();
    }
}
